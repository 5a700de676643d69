package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.ChannelKind;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import java.util.List;

/**
 * {@code sp.complaint.public-channel}: complaint handling offers no channel the public can reach:
 * none of a known kind (not {@code OTHER}) with a plausible address. Not API.
 */
public final class PublicComplaintChannel extends BuiltInRule {

  /** Makes the rule. */
  public PublicComplaintChannel() {
    super("sp.complaint.public-channel", Severity.ERROR, ConsistencyArticles.COMPLAINTS, List.of(Component.COMPLAINT_HANDLING), "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    standard.getComplaintHandling()
        .filter(handling -> handling.getChannels().stream()
            .noneMatch(channel -> channel.getKind() != ChannelKind.OTHER && ChannelAddresses.plausible(channel)))
        .ifPresent(handling -> context.report("/complaintHandling/channels", "message"));
  }
}
