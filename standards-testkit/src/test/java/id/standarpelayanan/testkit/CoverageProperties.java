package id.standarpelayanan.testkit;

import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.Channel;
import id.standarpelayanan.model.ChannelKind;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.DeliveryChannel;
import id.standarpelayanan.model.DocumentForm;
import id.standarpelayanan.model.DurationUnit;
import id.standarpelayanan.model.EvaluationFrequency;
import id.standarpelayanan.model.EvaluationMethod;
import id.standarpelayanan.model.FacilityCategory;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.RegulationType;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.RequirementKind;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.VulnerableGroup;
import id.standarpelayanan.model.CompetencyDimension;
import id.standarpelayanan.model.ConsultationForm;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Generation covers every enum constant and every optional part present and absent, checked with
 * jqwik's statistics coverage (a property fails if a value never or too rarely appears).
 */
class CoverageProperties {

  @Provide
  Arbitrary<ServiceStandard> drafts() {
    return StandardsArbitraries.draftStandards();
  }

  @Provide
  Arbitrary<StandardsCatalog> draftCatalogs() {
    return StandardsArbitraries.draftCatalogs();
  }

  private static <E extends Enum<E>> void coversAll(String label, Class<E> type, Set<E> seen) {
    for (E constant : type.getEnumConstants()) {
      Statistics.label(label + " " + constant.name()).collect(seen.contains(constant));
      Statistics.label(label + " " + constant.name()).coverage(c -> c.check(true).percentage(p -> p > 0));
    }
  }

  private static <T> void presentAndAbsent(String label, Optional<T> part) {
    Statistics.label(label).collect(part.isPresent());
    Statistics.label(label).coverage(c -> {
      c.check(true).percentage(p -> p >= 10);
      c.check(false).percentage(p -> p >= 10);
    });
  }

  @Property(tries = 1000)
  void draftsCoverEveryComponentPresentAndAbsent(@ForAll("drafts") ServiceStandard standard) {
    for (Component component : Component.values()) {
      presentAndAbsent("component " + component.name(), Optional.of(component).filter(standard::fills));
    }
    presentAndAbsent("description", standard.getDescription());
    presentAndAbsent("unit", standard.getUnit());
    presentAndAbsent("extensions", Optional.of(standard.getExtensions()).filter(m -> !m.isEmpty()));
  }

  @Property(tries = 1000)
  void draftsCoverEveryEnumConstant(@ForAll("drafts") ServiceStandard standard) {
    coversAll("delivery", DeliveryChannel.class, standard.getDeliveryChannels());
    coversAll("regulation", RegulationType.class, enums(RegulationType.class,
        standard.getLegalBasis().stream().map(LegalReference::getType)));
    coversAll("requirement kind", RequirementKind.class, enums(RequirementKind.class,
        standard.getRequirements().stream().flatMap(r -> r.getKind().stream())));
    coversAll("document form", DocumentForm.class, enums(DocumentForm.class,
        standard.getRequirements().stream().flatMap(r -> r.getForm().stream())));
    coversAll("channel", ChannelKind.class, enums(ChannelKind.class,
        standard.getComplaintHandling().stream().flatMap(h -> h.getChannels().stream()).map(Channel::getKind)));
    coversAll("group", VulnerableGroup.class, enums(VulnerableGroup.class,
        standard.getFacilities().stream().flatMap(f -> f.getVulnerableGroups().stream())));
    coversAll("facility", FacilityCategory.class, enums(FacilityCategory.class,
        standard.getFacilities().stream().flatMap(f -> f.getCategory().stream())));
    coversAll("dimension", CompetencyDimension.class, enums(CompetencyDimension.class,
        standard.getCompetencies().stream().map(c -> c.getDimension())));
    coversAll("method", EvaluationMethod.class, enums(EvaluationMethod.class,
        standard.getPerformanceEvaluation().stream().flatMap(e -> e.getMethods().stream())));
    coversAll("frequency", EvaluationFrequency.class, enums(EvaluationFrequency.class,
        standard.getPerformanceEvaluation().flatMap(e -> e.getFrequency()).stream()));
    coversAll("unit", DurationUnit.class, enums(DurationUnit.class,
        standard.getCompletionTime().flatMap(t -> t.getMaximum()).map(t -> t.getUnit()).stream()));
  }

  @Property(tries = 1000)
  void draftsCoverOptionalPartsOfTheComponents(@ForAll("drafts") ServiceStandard standard) {
    Optional<Requirement> requirement = standard.getRequirements().stream().findFirst();
    requirement.ifPresent(r -> {
      presentAndAbsent("requirement id", r.getId());
      presentAndAbsent("requirement copies", r.getCopies());
      presentAndAbsent("requirement condition", r.getCondition());
    });
    standard.getFacilities().stream().findFirst().ifPresent(f -> presentAndAbsent("facility quantity", f.getQuantity()));
    standard.getProcedure().flatMap(p -> p.getSteps().stream().findFirst()).ifPresent(step -> {
      presentAndAbsent("step duration", step.getDuration());
      presentAndAbsent("step actor", step.getActor());
    });
    standard.getFee().ifPresent(fee -> presentAndAbsent("fee description", fee.getDescription()));
    standard.getComplaintHandling().ifPresent(h -> presentAndAbsent("response time", h.getResponseTime()));
    standard.getStaffing().ifPresent(s -> presentAndAbsent("daily demand", s.getExpectedDailyDemand()));
  }

  @Property(tries = 500)
  void draftCatalogsCoverEveryStatusAndPart(@ForAll("draftCatalogs") StandardsCatalog catalog) {
    coversAll("status", CatalogStatus.class, EnumSet.of(catalog.getStatus()));
    coversAll("consultation form", ConsultationForm.class, enums(ConsultationForm.class,
        catalog.getConsultations().stream().flatMap(c -> c.getForm().stream())));
    presentAndAbsent("provider", catalog.getProvider());
    presentAndAbsent("decree", catalog.getDecree());
    presentAndAbsent("pledge", catalog.getPledge());
    presentAndAbsent("effective date", catalog.getEffectiveDate());
    presentAndAbsent("last evaluation", catalog.getLastEvaluationDate());
    presentAndAbsent("superseded by", catalog.getSupersededBy());
  }

  @Property(tries = 300)
  void completeStandardsVaryTheirOptionalParts(@ForAll ServiceStandard standard) {
    presentAndAbsent("complete description", standard.getDescription());
    Statistics.label("free").collect(standard.getFee().orElseThrow().isFree());
    Statistics.label("free").coverage(c -> {
      c.check(true).percentage(p -> p > 20);
      c.check(false).percentage(p -> p > 10);
    });
    Statistics.label("completion unit").collect(standard.getCompletionTime().orElseThrow().getMaximum().orElseThrow().getUnit());
    Statistics.label("completion unit").coverage(c -> {
      for (DurationUnit unit : DurationUnit.values()) {
        c.check(unit).percentage(p -> p > 5);
      }
    });
  }

  private static <E extends Enum<E>> Set<E> enums(Class<E> type, java.util.stream.Stream<E> values) {
    EnumSet<E> set = EnumSet.noneOf(type);
    values.forEach(set::add);
    return set;
  }
}
