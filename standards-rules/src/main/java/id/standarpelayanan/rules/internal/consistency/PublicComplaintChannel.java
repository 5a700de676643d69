package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.ChannelKind;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import java.util.List;

/**
 * {@code sp.complaint.public-channel}: the public has no complaint channel it can reach: complaint
 * handling names none of a known kind (not {@code OTHER}) that is usable (see {@link
 * ChannelAddresses}), or the standard has no complaint handling at all. UU 25/2009 art. 36 is a
 * duty of its own (a separate item in the Ombudsman's assessment), so a report on a standard
 * without complaint handling says so too, rather than leaving it to the completeness rule.
 */
public final class PublicComplaintChannel extends BuiltInRule {

  public PublicComplaintChannel() {
    super(
        "sp.complaint.public-channel",
        Severity.ERROR,
        ConsistencyArticles.COMPLAINTS,
        List.of(Component.COMPLAINT_HANDLING),
        "message",
        "none-stated");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    if (standard.getComplaintHandling().isEmpty()) {
      context.report("/complaintHandling", "none-stated");
    } else if (standard.getComplaintHandling().get().getChannels().stream()
        .noneMatch(
            channel ->
                channel.getKind() != ChannelKind.OTHER && ChannelAddresses.usable(channel))) {
      context.report("/complaintHandling/channels", "message");
    }
  }
}
