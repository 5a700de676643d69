package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Pointers;
import java.util.List;

/**
 * {@code sp.complaint.channel-address-form}: a complaint channel the public can probably reach, but
 * whose address could be written more fully: an address with stray characters or words around it, a
 * social-media page named without its platform, an online channel (an app, a system) named without
 * any address or link, or SP4N-LAPOR! without saying how to reach it. A suggestion only; unusable
 * addresses are {@code sp.complaint.channel-address}'s.
 */
public final class ChannelAddressForm extends BuiltInRule {

  public ChannelAddressForm() {
    super(
        "sp.complaint.channel-address-form",
        Severity.WARNING,
        ConsistencyArticles.COMPLAINTS,
        List.of(Component.COMPLAINT_HANDLING),
        "fuller-form",
        "no-platform",
        "no-link",
        "lapor");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    ChannelAddresses.judge(
        standard,
        (i, channel, verdict) -> {
          switch (verdict) {
            case FULLER_FORM ->
                context.report(
                    ChannelAddress.pointer(i),
                    "fuller-form",
                    channel.getAddress().orElse(""),
                    channel.getKind());
            case NO_PLATFORM ->
                context.report(
                    ChannelAddress.pointer(i), "no-platform", channel.getAddress().orElse(""));
            case NAMED_ONLY ->
                context.report(
                    Pointers.of("complaintHandling", "channels", i),
                    "no-link",
                    channel.getDescription().orElse(""),
                    channel.getKind());
            case LAPOR_UNSAID ->
                context.report(Pointers.of("complaintHandling", "channels", i), "lapor");
            default -> {}
          }
        });
  }
}
