package id.standarpelayanan.rules.internal;

import id.standarpelayanan.model.Channel;
import id.standarpelayanan.model.Decree;
import id.standarpelayanan.model.FeeItem;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.Publication;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.ServiceHours;
import id.standarpelayanan.model.ServicePeriod;
import id.standarpelayanan.model.ServicePledge;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.SpecialHours;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.StepBranch;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Walks every free-text field of a standard or of a catalogue's own parts, with its JSON Pointer,
 * in document order. Identifiers, enum values and {@code extensions} (integrator data) are not free
 * text and are skipped.
 */
public final class TextFields {

  private final Predicate<String> wanted;
  private final BiConsumer<Pointer, String> sink;

  private TextFields(Predicate<String> wanted, BiConsumer<Pointer, String> sink) {
    this.wanted = wanted;
    this.sink = sink;
  }

  /**
   * Visits the text fields of a standard; pointers are relative to it.
   *
   * @param standard the standard
   * @param wanted which texts to pass on (their pointers are built only for these)
   * @param sink receives each pointer and text
   */
  public static void of(
      ServiceStandard standard, Predicate<String> wanted, BiConsumer<Pointer, String> sink) {
    new TextFields(wanted, sink).standard(standard);
  }

  /**
   * Visits the text fields of a catalogue's own parts (provider, decree, pledge, consultations…),
   * not of its standards.
   *
   * @param catalog the catalogue
   * @param wanted which texts to pass on (their pointers are built only for these)
   * @param sink receives each pointer and text
   */
  public static void of(
      StandardsCatalog catalog, Predicate<String> wanted, BiConsumer<Pointer, String> sink) {
    new TextFields(wanted, sink).catalog(catalog);
  }

  private void text(String text, Object... tokens) {
    // The pointer is built only for the texts wanted: most texts are not.
    if (wanted.test(text)) {
      sink.accept(Pointers.of(tokens), text);
    }
  }

  private void text(Optional<String> text, Object... tokens) {
    text.ifPresent(value -> text(value, tokens));
  }

  private void texts(List<String> texts, Object... tokens) {
    for (int i = 0; i < texts.size(); i++) {
      text(texts.get(i), append(tokens, i));
    }
  }

  private static Object[] append(Object[] tokens, Object... more) {
    Object[] all = new Object[tokens.length + more.length];
    System.arraycopy(tokens, 0, all, 0, tokens.length);
    System.arraycopy(more, 0, all, tokens.length, more.length);
    return all;
  }

  private void reference(LegalReference reference, Object... tokens) {
    text(reference.getIssuer(), append(tokens, "issuer"));
    text(reference.getRegion(), append(tokens, "region"));
    text(reference.getNumber(), append(tokens, "number"));
    text(reference.getArticle(), append(tokens, "article"));
    text(reference.getTitle(), append(tokens, "title"));
  }

  private void channels(List<Channel> channels, Object... tokens) {
    for (int i = 0; i < channels.size(); i++) {
      Channel channel = channels.get(i);
      text(channel.getAddress(), append(tokens, i, "address"));
      for (int j = 0; j < channel.getAccess().size(); j++) {
        text(channel.getAccess().get(j).getAddress(), append(tokens, i, "access", j, "address"));
      }
      int index = i;
      channel
          .getServiceHours()
          .ifPresent(hours -> hours(hours, append(tokens, index, "serviceHours")));
      text(channel.getDescription(), append(tokens, i, "description"));
    }
  }

  private void hours(ServiceHours hours, Object... tokens) {
    periods(hours.getPeriods(), append(tokens, "periods"));
    for (int i = 0; i < hours.getSpecialHours().size(); i++) {
      SpecialHours special = hours.getSpecialHours().get(i);
      periods(special.getPeriods(), append(tokens, "specialHours", i, "periods"));
      text(special.getDescription(), append(tokens, "specialHours", i, "description"));
    }
    text(hours.getDescription(), append(tokens, "description"));
  }

  private void periods(List<ServicePeriod> periods, Object... tokens) {
    for (int i = 0; i < periods.size(); i++) {
      text(periods.get(i).getDescription(), append(tokens, i, "description"));
    }
  }

  private void decree(Decree decree, Object... tokens) {
    text(decree.getNumber(), append(tokens, "number"));
    text(decree.getSignatory(), append(tokens, "signatory"));
    text(decree.getTitle(), append(tokens, "title"));
  }

  private void pledge(ServicePledge pledge, Object... tokens) {
    text(pledge.getText(), append(tokens, "text"));
    text(pledge.getSignatory(), append(tokens, "signatory"));
  }

  private void publications(List<Publication> publications, Object... tokens) {
    for (int i = 0; i < publications.size(); i++) {
      text(publications.get(i).getAddress(), append(tokens, i, "address"));
      text(publications.get(i).getDescription(), append(tokens, i, "description"));
    }
  }

  private void standard(ServiceStandard s) {
    text(s.getName(), "name");
    text(s.getDescription(), "description");
    text(s.getUnit(), "unit");
    s.getServiceHours().ifPresent(hours -> hours(hours, "serviceHours"));
    s.getDecree().ifPresent(decree -> decree(decree, "decree"));
    s.getPledge().ifPresent(pledge -> pledge(pledge, "pledge"));
    publications(s.getPublications(), "publications");
    for (int i = 0; i < s.getLegalBasis().size(); i++) {
      reference(s.getLegalBasis().get(i), "legalBasis", i);
    }
    for (int i = 0; i < s.getRequirements().size(); i++) {
      Requirement requirement = s.getRequirements().get(i);
      text(requirement.getDescription(), "requirements", i, "description");
      texts(requirement.getAlternatives(), "requirements", i, "alternatives");
      text(requirement.getApplicantCategory(), "requirements", i, "applicantCategory");
      text(requirement.getCondition(), "requirements", i, "condition");
    }
    s.getProcedure()
        .ifPresent(
            procedure -> {
              text(procedure.getDescription(), "procedure", "description");
              for (int i = 0; i < procedure.getSteps().size(); i++) {
                ProcedureStep step = procedure.getSteps().get(i);
                text(step.getActor(), "procedure", "steps", i, "actor");
                text(step.getDescription(), "procedure", "steps", i, "description");
                text(step.getCondition(), "procedure", "steps", i, "condition");
                text(step.getEquipment(), "procedure", "steps", i, "equipment");
                text(step.getOutput(), "procedure", "steps", i, "output");
                for (int j = 0; j < step.getBranches().size(); j++) {
                  StepBranch branch = step.getBranches().get(j);
                  text(branch.getCondition(), "procedure", "steps", i, "branches", j, "condition");
                  text(branch.getOutcome(), "procedure", "steps", i, "branches", j, "outcome");
                }
                text(step.getNotes(), "procedure", "steps", i, "notes");
              }
            });
    s.getCompletionTime()
        .ifPresent(
            time -> {
              text(time.getPerUnit(), "completionTime", "perUnit");
              text(time.getStartCondition(), "completionTime", "startCondition");
              time.getExtension()
                  .ifPresent(
                      extension -> {
                        text(extension.getCondition(), "completionTime", "extension", "condition");
                        extension
                            .getLegalBasis()
                            .ifPresent(
                                basis ->
                                    reference(basis, "completionTime", "extension", "legalBasis"));
                      });
              text(time.getDescription(), "completionTime", "description");
            });
    s.getFee()
        .ifPresent(
            fee -> {
              for (int i = 0; i < fee.getItems().size(); i++) {
                FeeItem item = fee.getItems().get(i);
                text(item.getName(), "fee", "items", i, "name");
                text(item.getUnit(), "fee", "items", i, "unit");
                text(item.getCondition(), "fee", "items", i, "condition");
                text(item.getApplicantCategory(), "fee", "items", i, "applicantCategory");
                int index = i;
                item.getLegalBasis()
                    .ifPresent(basis -> reference(basis, "fee", "items", index, "legalBasis"));
              }
              texts(fee.getPaymentChannels(), "fee", "paymentChannels");
              text(fee.getDescription(), "fee", "description");
            });
    for (int i = 0; i < s.getProducts().size(); i++) {
      text(s.getProducts().get(i).getName(), "products", i, "name");
      text(s.getProducts().get(i).getDescription(), "products", i, "description");
    }
    for (int i = 0; i < s.getFacilities().size(); i++) {
      text(s.getFacilities().get(i).getName(), "facilities", i, "name");
      text(s.getFacilities().get(i).getDescription(), "facilities", i, "description");
    }
    for (int i = 0; i < s.getCompetencies().size(); i++) {
      text(s.getCompetencies().get(i).getDescription(), "competencies", i, "description");
    }
    s.getInternalSupervision()
        .ifPresent(
            supervision -> {
              text(supervision.getDescription(), "internalSupervision", "description");
              texts(supervision.getSupervisors(), "internalSupervision", "supervisors");
            });
    s.getComplaintHandling()
        .ifPresent(
            handling -> {
              channels(handling.getChannels(), "complaintHandling", "channels");
              text(handling.getProcedure(), "complaintHandling", "procedure");
              text(handling.getResponsibleUnit(), "complaintHandling", "responsibleUnit");
              text(handling.getResponsibleOfficer(), "complaintHandling", "responsibleOfficer");
            });
    s.getStaffing()
        .ifPresent(
            staffing -> {
              for (int i = 0; i < staffing.getRoles().size(); i++) {
                text(staffing.getRoles().get(i).getName(), "staffing", "roles", i, "name");
              }
              text(staffing.getDescription(), "staffing", "description");
            });
    s.getServiceGuarantee()
        .ifPresent(guarantee -> text(guarantee.getStatement(), "serviceGuarantee", "statement"));
    s.getSecurityAndSafety()
        .ifPresent(
            guarantee -> {
              text(guarantee.getStatement(), "securityAndSafety", "statement");
              texts(guarantee.getMeasures(), "securityAndSafety", "measures");
            });
    s.getPerformanceEvaluation()
        .ifPresent(
            evaluation ->
                text(evaluation.getDescription(), "performanceEvaluation", "description"));
  }

  private void catalog(StandardsCatalog c) {
    c.getProvider()
        .ifPresent(
            provider -> {
              text(provider.getName(), "provider", "name");
              text(provider.getParentAgency(), "provider", "parentAgency");
              text(provider.getUnitCode(), "provider", "unitCode");
              text(provider.getRegion(), "provider", "region");
              text(provider.getAddress(), "provider", "address");
              channels(provider.getContacts(), "provider", "contacts");
              provider
                  .getServiceHours()
                  .ifPresent(hours -> hours(hours, "provider", "serviceHours"));
            });
    c.getDecree().ifPresent(decree -> decree(decree, "decree"));
    text(c.getVersion(), "version");
    c.getPledge().ifPresent(pledge -> pledge(pledge, "pledge"));
    publications(c.getPublications(), "publications");
    for (int i = 0; i < c.getConsultations().size(); i++) {
      text(c.getConsultations().get(i).getSummary(), "consultations", i, "summary");
      text(
          c.getConsultations().get(i).getMinutesReference(),
          "consultations",
          i,
          "minutesReference");
    }
    text(c.getSupersededBy(), "supersededBy");
  }
}
