package id.standarpelayanan.rules.internal;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.rules.Rule;
import id.standarpelayanan.rules.internal.catalog.CatalogConsultation;
import id.standarpelayanan.rules.internal.catalog.CatalogDecree;
import id.standarpelayanan.rules.internal.catalog.CatalogDecreeDate;
import id.standarpelayanan.rules.internal.catalog.CatalogPledge;
import id.standarpelayanan.rules.internal.catalog.CatalogProvider;
import id.standarpelayanan.rules.internal.catalog.DiscontinuedService;
import id.standarpelayanan.rules.internal.catalog.DuplicateServiceId;
import id.standarpelayanan.rules.internal.catalog.EffectiveBeforeDecree;
import id.standarpelayanan.rules.internal.catalog.EvaluationStale;
import id.standarpelayanan.rules.internal.catalog.OtherRegionRegulation;
import id.standarpelayanan.rules.internal.catalog.SupersededBy;
import id.standarpelayanan.rules.internal.catalog.SurveyMissing;
import id.standarpelayanan.rules.internal.completeness.ComponentStated;
import id.standarpelayanan.rules.internal.completeness.PlaceholderText;
import id.standarpelayanan.rules.internal.completeness.ServiceId;
import id.standarpelayanan.rules.internal.completeness.ServiceName;
import id.standarpelayanan.rules.internal.completeness.VagueCompletionTime;
import id.standarpelayanan.rules.internal.completeness.VagueFee;
import id.standarpelayanan.rules.internal.consistency.ChannelAddress;
import id.standarpelayanan.rules.internal.consistency.ChannelAddressForm;
import id.standarpelayanan.rules.internal.consistency.CompetenceDimensions;
import id.standarpelayanan.rules.internal.consistency.ComplaintResponseTime;
import id.standarpelayanan.rules.internal.consistency.ComplaintResponsibleUnit;
import id.standarpelayanan.rules.internal.consistency.CompletionTimeExtension;
import id.standarpelayanan.rules.internal.consistency.CompletionTimeRange;
import id.standarpelayanan.rules.internal.consistency.DuplicateLegalReference;
import id.standarpelayanan.rules.internal.consistency.DuplicateRequirementId;
import id.standarpelayanan.rules.internal.consistency.DuplicateStepId;
import id.standarpelayanan.rules.internal.consistency.EvaluationFrequencyStated;
import id.standarpelayanan.rules.internal.consistency.FeeItemAmount;
import id.standarpelayanan.rules.internal.consistency.FeeItemLegalBasis;
import id.standarpelayanan.rules.internal.consistency.FeeItemLegalBasisUnidentified;
import id.standarpelayanan.rules.internal.consistency.FreeWithPricedItems;
import id.standarpelayanan.rules.internal.consistency.LastStepYieldsProduct;
import id.standarpelayanan.rules.internal.consistency.LegalReferenceIdentified;
import id.standarpelayanan.rules.internal.consistency.LegalReferenceYear;
import id.standarpelayanan.rules.internal.consistency.PublicComplaintChannel;
import id.standarpelayanan.rules.internal.consistency.RefersElsewhere;
import id.standarpelayanan.rules.internal.consistency.RepealedLegalReference;
import id.standarpelayanan.rules.internal.consistency.RepeatedStep;
import id.standarpelayanan.rules.internal.consistency.RequirementCondition;
import id.standarpelayanan.rules.internal.consistency.StaffingCapacity;
import id.standarpelayanan.rules.internal.consistency.StepActorRoles;
import id.standarpelayanan.rules.internal.consistency.StepNumbering;
import id.standarpelayanan.rules.internal.consistency.StepsWithinCompletionTime;
import id.standarpelayanan.rules.internal.consistency.SurveyGradeLow;
import id.standarpelayanan.rules.internal.consistency.SurveyWeights;
import id.standarpelayanan.rules.internal.consistency.UnqualifiedDays;
import id.standarpelayanan.rules.internal.consistency.VulnerableGroupCoverage;
import id.standarpelayanan.rules.internal.consistency.VulnerableGroupFacilities;
import id.standarpelayanan.rules.internal.update.IdentityUnchanged;
import id.standarpelayanan.rules.internal.update.PreviousNotSuperseded;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue of built-in rules; users reach it through {@code Profile.law25Of2009().allRules()}.
 */
public final class BuiltInRules {

  private BuiltInRules() {}

  /**
   * Returns a new instance of every built-in rule.
   *
   * @return the rules: completeness first, then text, consistency and catalogue rules
   */
  public static List<Rule> all() {
    List<Rule> rules = new ArrayList<>();
    for (Component component : Component.values()) {
      rules.add(new ComponentStated(component));
    }
    rules.addAll(
        List.of(
            new ServiceName(),
            new ServiceId(),
            new PlaceholderText(),
            new VagueCompletionTime(),
            new VagueFee(),
            new StepNumbering(),
            new StepsWithinCompletionTime(),
            new DuplicateStepId(),
            new FreeWithPricedItems(),
            new FeeItemAmount(),
            new FeeItemLegalBasis(),
            new FeeItemLegalBasisUnidentified(),
            new PublicComplaintChannel(),
            new ChannelAddress(),
            new ChannelAddressForm(),
            new ComplaintResponseTime(),
            new VulnerableGroupFacilities(),
            new VulnerableGroupCoverage(),
            new CompetenceDimensions(),
            new StaffingCapacity(),
            new StepActorRoles(),
            new LastStepYieldsProduct(),
            new DuplicateLegalReference(),
            new LegalReferenceYear(),
            new RepealedLegalReference(),
            new DuplicateRequirementId(),
            new RequirementCondition(),
            new EvaluationFrequencyStated(),
            new SurveyGradeLow(),
            new SurveyWeights(),
            new ComplaintResponsibleUnit(),
            new RefersElsewhere(),
            new UnqualifiedDays(),
            new CompletionTimeRange(),
            new CompletionTimeExtension(),
            new LegalReferenceIdentified(),
            new RepeatedStep(),
            new CatalogProvider(),
            new CatalogDecree(),
            new CatalogDecreeDate(),
            new CatalogPledge(),
            new CatalogConsultation(),
            new DuplicateServiceId(),
            new SupersededBy(),
            new EffectiveBeforeDecree(),
            new EvaluationStale(),
            new SurveyMissing(),
            new OtherRegionRegulation(),
            new DiscontinuedService(),
            new IdentityUnchanged(),
            new PreviousNotSuperseded()));
    return rules;
  }

  /**
   * Returns the id of the completeness rule of a component.
   *
   * @param component the component
   * @return e.g. {@code sp.completeness.fee}
   */
  public static String completenessRuleId(Component component) {
    return ComponentStated.ruleId(component);
  }
}
