package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Channel;
import id.standarpelayanan.model.ChannelKind;
import id.standarpelayanan.rules.internal.Texts;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a channel's address looks like one of its kind. Not API.
 *
 * <ul>
 *   <li>{@code EMAIL}: an email address ({@code name@domain.tld});
 *   <li>{@code PHONE}, {@code WHATSAPP}, {@code SMS}: an Indonesian number ({@code 0…}, {@code 62…}
 *       or {@code +62…}, 7 to 14 digits after the prefix) or an international one ({@code +} and 8
 *       to 15 digits); spaces, dots, hyphens and parentheses are ignored; WhatsApp also takes a
 *       {@code wa.me} link;
 *   <li>{@code WEBSITE}: an http(s) URL with a host name;
 *   <li>{@code SP4N_LAPOR}: an http(s) URL, the name "SP4N-LAPOR!" (any case, with or without the
 *       hyphen and the exclamation mark), or an address at lapor.go.id;
 *   <li>{@code SOCIAL_MEDIA}: an http(s) URL or a handle ({@code @kemenagaceh});
 *   <li>the others (suggestion box, in person, letter, other): any meaningful text (a place).
 * </ul>
 */
final class ChannelAddresses {

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern PHONE = Pattern.compile("(\\+62|62|0)[1-9]\\d{6,13}|\\+[1-9]\\d{7,14}");
  private static final Pattern PHONE_NOISE = Pattern.compile("[\\s.()-]");
  private static final Pattern HANDLE = Pattern.compile("@[A-Za-z0-9._]{1,30}");
  private static final Pattern LAPOR_NAME = Pattern.compile("sp4n[\\s-]?lapor!?");

  private ChannelAddresses() {}

  /**
   * Tells whether a channel has an address that looks like one of its kind.
   *
   * @param channel the channel
   * @return whether its address is present and plausible
   */
  static boolean plausible(Channel channel) {
    return channel.getAddress().map(String::strip).filter(address -> plausible(channel.getKind(), address)).isPresent();
  }

  private static boolean plausible(ChannelKind kind, String address) {
    return switch (kind) {
      case EMAIL -> EMAIL.matcher(address).matches();
      case PHONE, SMS -> phone(address);
      case WHATSAPP -> phone(address) || (url(address) && host(address).endsWith("wa.me"));
      case WEBSITE -> url(address);
      case SP4N_LAPOR -> url(address) || LAPOR_NAME.matcher(address.toLowerCase(Locale.ROOT)).matches()
          || address.toLowerCase(Locale.ROOT).matches("(www\\.)?lapor\\.go\\.id(/\\S*)?");
      case SOCIAL_MEDIA -> url(address) || HANDLE.matcher(address).matches();
      case SUGGESTION_BOX, IN_PERSON, LETTER, OTHER -> Texts.meaningful(address);
    };
  }

  private static boolean phone(String address) {
    return PHONE.matcher(PHONE_NOISE.matcher(address).replaceAll("")).matches();
  }

  private static boolean url(String address) {
    String host = host(address);
    return host.contains(".") && !host.startsWith(".") && !host.endsWith(".");
  }

  private static String host(String address) {
    try {
      URI uri = new URI(address);
      String scheme = uri.getScheme();
      if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || uri.getHost() == null) {
        return "";
      }
      return uri.getHost().toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return "";
    }
  }
}
