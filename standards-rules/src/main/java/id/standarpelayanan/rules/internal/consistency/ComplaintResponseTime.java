package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Texts;
import java.util.List;

/**
 * {@code sp.complaint.response-time}: complaint handling does not say within what time a complaint
 * is answered: neither in its response time nor in its procedure's text ("dijawab paling lama 5
 * hari kerja").
 */
public final class ComplaintResponseTime extends BuiltInRule {

  public ComplaintResponseTime() {
    super(
        "sp.complaint.response-time",
        Severity.WARNING,
        ConsistencyArticles.COMPLAINTS,
        List.of(Component.COMPLAINT_HANDLING),
        "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    standard
        .getComplaintHandling()
        .filter(handling -> handling.getResponseTime().isEmpty())
        // "… dijawab paling lama 5 hari kerja", "Responsif pengaduan maximal 3 x 24 jam" in the
        // procedure.
        .filter(
            handling ->
                !handling
                    .getProcedure()
                    .map(Texts::words)
                    .filter(words -> Texts.statesDuration(words, 0))
                    .isPresent())
        .ifPresent(handling -> context.report("/complaintHandling/responseTime", "message"));
  }
}
