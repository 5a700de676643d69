package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Pointers;
import java.util.List;

/**
 * {@code sp.complaint.channel-address}: a complaint channel that needs an address (e-mail, phone,
 * SMS, WhatsApp, website, social media) has none, or has one that cannot work as an address of its
 * kind. Addresses written as offices write them are usable (see {@link ChannelAddresses}); a fuller
 * form is only suggested, by {@code sp.complaint.channel-address-form}.
 */
public final class ChannelAddress extends BuiltInRule {

  public ChannelAddress() {
    super(
        "sp.complaint.channel-address",
        Severity.ERROR,
        ConsistencyArticles.COMPLAINTS,
        List.of(Component.COMPLAINT_HANDLING),
        "missing",
        "implausible");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    ChannelAddresses.judge(
        standard,
        (i, channel, verdict) -> {
          switch (verdict) {
            case MISSING -> context.report(pointer(i), "missing", channel.getKind());
            case UNUSABLE ->
                context.report(
                    pointer(i), "implausible", channel.getAddress().orElse(""), channel.getKind());
            default -> {}
          }
        });
  }

  static Pointer pointer(int channel) {
    return Pointers.of("complaintHandling", "channels", channel, "address");
  }
}
