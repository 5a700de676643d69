package id.standarpelayanan.rules.internal.completeness;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.Staffing;
import id.standarpelayanan.rules.internal.Procedures;
import id.standarpelayanan.rules.internal.Texts;
import java.util.List;
import java.util.Set;

/**
 * When a stated component says something (is meaningful), one method per component: a text that is
 * blank or a placeholder does not count.
 */
final class Meaningful {

  /** Words for people, as a number of implementers is written before them. */
  private static final Set<String> PEOPLE =
      Set.of(
          "orang",
          "petugas",
          "pelaksana",
          "personil",
          "personel",
          "pegawai",
          "staf",
          "people",
          "staff");

  private Meaningful() {}

  /**
   * Tells whether a stated component is meaningful.
   *
   * @param standard the standard
   * @param component a component the standard states
   * @return whether it says something
   */
  static boolean component(ServiceStandard standard, Component component) {
    ServiceStandard s = standard;
    return switch (component) {
      case LEGAL_BASIS -> s.getLegalBasis().stream().anyMatch(Meaningful::reference);
      case REQUIREMENTS ->
          s.isNoRequirements()
              || s.getRequirements().stream().anyMatch(r -> Texts.meaningful(r.getDescription()));
      // A procedure that only points to an attachment ("Terlampir SOP …") states no procedure.
      case PROCEDURE ->
          s.getProcedure()
              .filter(
                  p ->
                      (Texts.meaningful(p.getDescription()) && !Procedures.attachedOnly(p))
                          || p.getSteps().stream()
                              .anyMatch(step -> Texts.meaningful(step.getDescription())))
              .isPresent();
      // Only a measurable maximum or a meaningful note counts; a vague note is
      // sp.completion-time.vague's.
      case COMPLETION_TIME ->
          s.getCompletionTime()
              .filter(t -> t.getMaximum().isPresent() || Texts.meaningful(t.getDescription()))
              .isPresent();
      case FEE ->
          s.getFee()
              .filter(
                  f ->
                      f.isFree() || !f.getItems().isEmpty() || Texts.meaningful(f.getDescription()))
              .isPresent();
      case PRODUCTS -> s.getProducts().stream().anyMatch(p -> Texts.meaningful(p.getName()));
      case FACILITIES -> s.getFacilities().stream().anyMatch(f -> Texts.meaningful(f.getName()));
      case COMPETENCE ->
          s.getCompetencies().stream().anyMatch(c -> Texts.meaningful(c.getDescription()));
      case INTERNAL_SUPERVISION ->
          s.getInternalSupervision()
              .filter(
                  i ->
                      Texts.meaningful(i.getDescription())
                          || Texts.anyMeaningful(i.getSupervisors()))
              .isPresent();
      case COMPLAINT_HANDLING ->
          s.getComplaintHandling()
              .filter(
                  c ->
                      !c.getChannels().isEmpty()
                          || c.getResponseTime().isPresent()
                          || Texts.meaningful(c.getProcedure())
                          || Texts.meaningful(c.getResponsibleUnit())
                          || Texts.meaningful(c.getResponsibleOfficer()))
              .isPresent();
      // The component is the number of implementers: role names alone do not state it.
      case STAFFING -> s.getStaffing().filter(Meaningful::staffing).isPresent();
      case SERVICE_GUARANTEE ->
          s.getServiceGuarantee().filter(g -> Texts.meaningful(g.getStatement())).isPresent();
      case SECURITY_AND_SAFETY ->
          s.getSecurityAndSafety()
              .filter(
                  g -> Texts.meaningful(g.getStatement()) || Texts.anyMeaningful(g.getMeasures()))
              .isPresent();
      case PERFORMANCE_EVALUATION ->
          s.getPerformanceEvaluation()
              .filter(
                  e ->
                      !e.getMethods().isEmpty()
                          || e.getFrequency().isPresent()
                          || Texts.meaningful(e.getDescription())
                          // A recorded survey result is an evaluation done.
                          || !e.getSatisfactionSurveys().isEmpty())
              .isPresent();
    };
  }

  /**
   * Tells whether staffing states a number of implementers: a count, a count per role, or a
   * description with a number in it ("3 orang").
   *
   * @param staffing the staffing
   * @return whether it gives a number
   */
  static boolean staffing(Staffing staffing) {
    return staffing.getImplementerCount().isPresent()
        || staffing.getRoles().stream().anyMatch(role -> role.getCount().isPresent())
        || staffing
            .getDescription()
            .filter(
                text ->
                    text.chars().anyMatch(Character::isDigit) || countsPeople(Texts.words(text)))
            .isPresent();
  }

  /** A number written out before a word for people: "sebanyak dua orang", "Satu orang Petugas". */
  private static boolean countsPeople(List<String> words) {
    for (int i = 0; i + 1 < words.size(); i++) {
      if (Texts.number(words.get(i)) && PEOPLE.contains(words.get(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean reference(LegalReference reference) {
    return Texts.meaningful(reference.getNumber())
        || Texts.meaningful(reference.getTitle())
        || reference.getYear().isPresent();
  }
}
