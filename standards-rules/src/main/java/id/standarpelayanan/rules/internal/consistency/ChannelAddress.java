package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Channel;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Pointers;
import java.util.List;

/**
 * {@code sp.complaint.channel-address}: a complaint channel has no address, or one that does not
 * look like an address of its kind (see {@link ChannelAddresses}). Not API.
 */
public final class ChannelAddress extends BuiltInRule {

  /** Makes the rule. */
  public ChannelAddress() {
    super("sp.complaint.channel-address", Severity.ERROR, ConsistencyArticles.COMPLAINTS,
        List.of(Component.COMPLAINT_HANDLING), "missing", "implausible");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    List<Channel> channels = standard.getComplaintHandling().map(handling -> handling.getChannels()).orElse(List.of());
    for (int i = 0; i < channels.size(); i++) {
      Channel channel = channels.get(i);
      if (channel.getAddress().isPresent()) {
        if (!ChannelAddresses.plausible(channel)) {
          context.report(pointer(i), "implausible", channel.getAddress().get(), channel.getKind());
        }
      } else if (!channel.isAtProviderAddress() && channel.getAccess().isEmpty()) {
        // A desk or a box at the provider's own address needs no address of its own; a channel
        // reached in several ways has its addresses there.
        context.report(pointer(i), "missing", channel.getKind());
      }
    }
  }

  private static String pointer(int channel) {
    return Pointers.of("complaintHandling", "channels", channel, "address");
  }
}
