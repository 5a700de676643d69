package id.standarpelayanan.testkit.internal;

import id.standarpelayanan.model.Channel;
import id.standarpelayanan.model.ChannelAccess;
import id.standarpelayanan.model.Competency;
import id.standarpelayanan.model.ComplaintHandling;
import id.standarpelayanan.model.CompletionTime;
import id.standarpelayanan.model.Decree;
import id.standarpelayanan.model.Facility;
import id.standarpelayanan.model.Fee;
import id.standarpelayanan.model.FeeItem;
import id.standarpelayanan.model.InternalSupervision;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.PerformanceEvaluation;
import id.standarpelayanan.model.Procedure;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.Product;
import id.standarpelayanan.model.PublicConsultation;
import id.standarpelayanan.model.Publication;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.Rupiah;
import id.standarpelayanan.model.SatisfactionSurvey;
import id.standarpelayanan.model.SecurityAndSafetyGuarantee;
import id.standarpelayanan.model.ServiceGuarantee;
import id.standarpelayanan.model.ServiceHours;
import id.standarpelayanan.model.ServicePeriod;
import id.standarpelayanan.model.ServicePledge;
import id.standarpelayanan.model.ServiceProvider;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.SpecialHours;
import id.standarpelayanan.model.StaffRole;
import id.standarpelayanan.model.Staffing;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.StepBranch;
import id.standarpelayanan.model.SurveyElement;
import id.standarpelayanan.model.TimeExtension;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.model.TimeWindow;
import id.standarpelayanan.model.WorkingTime;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;

/** The arbitrary of each model type, behind {@code StandardsArbitraries.of(Class)}. */
public final class ModelTypes {

  private ModelTypes() {}

  /**
   * Returns the arbitrary of each model type, keyed by the type.
   *
   * @param asOf the reference date for dated values
   * @return an unmodifiable map in a stable order
   */
  public static Map<Class<?>, Supplier<Arbitrary<?>>> arbitraries(LocalDate asOf) {
    Map<Class<?>, Supplier<Arbitrary<?>>> types = new LinkedHashMap<>();
    types.put(ServiceStandard.class, () -> CompleteStandards.standards(asOf));
    types.put(
        StandardsCatalog.class, () -> Catalogues.complete(asOf, CompleteStandards.standards(asOf)));
    types.put(TimeSpan.class, SmallValues::timeSpans);
    types.put(Rupiah.class, SmallValues::rupiahs);
    types.put(WorkingTime.class, SmallValues::workingTimes);
    types.put(LegalReference.class, Drafts::legalReferences);
    types.put(Requirement.class, Drafts::requirements);
    types.put(StepBranch.class, Drafts::stepBranches);
    types.put(ProcedureStep.class, Drafts::procedureSteps);
    types.put(Procedure.class, Drafts::procedures);
    types.put(TimeExtension.class, Drafts::timeExtensions);
    types.put(CompletionTime.class, Drafts::completionTimes);
    types.put(FeeItem.class, Drafts::feeItems);
    types.put(Fee.class, Drafts::fees);
    types.put(Product.class, Drafts::products);
    types.put(ChannelAccess.class, Drafts::channelAccesses);
    types.put(Channel.class, Drafts::channels);
    types.put(ComplaintHandling.class, Drafts::complaintHandlings);
    types.put(Facility.class, Drafts::facilities);
    types.put(Competency.class, Drafts::competencies);
    types.put(InternalSupervision.class, Drafts::internalSupervisions);
    types.put(StaffRole.class, Drafts::staffRoles);
    types.put(Staffing.class, Drafts::staffings);
    types.put(ServiceGuarantee.class, Drafts::serviceGuarantees);
    types.put(SecurityAndSafetyGuarantee.class, Drafts::securityAndSafetyGuarantees);
    types.put(SurveyElement.class, Drafts::surveyElements);
    types.put(SatisfactionSurvey.class, () -> Drafts.satisfactionSurveys(asOf));
    types.put(PerformanceEvaluation.class, () -> Drafts.performanceEvaluations(asOf));
    types.put(ServiceProvider.class, Catalogues::serviceProviders);
    types.put(Decree.class, () -> Catalogues.decrees(asOf));
    types.put(ServicePledge.class, () -> Catalogues.servicePledges(asOf));
    types.put(PublicConsultation.class, () -> Catalogues.publicConsultations(asOf));
    types.put(Publication.class, () -> SmallValues.publications(asOf));
    types.put(TimeWindow.class, SmallValues::timeWindows);
    types.put(ServicePeriod.class, SmallValues::servicePeriods);
    types.put(SpecialHours.class, SmallValues::specialHours);
    types.put(ServiceHours.class, SmallValues::serviceHours);
    return Collections.unmodifiableMap(types);
  }
}
