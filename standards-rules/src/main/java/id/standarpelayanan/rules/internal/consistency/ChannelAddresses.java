package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Channel;
import id.standarpelayanan.model.ChannelAccess;
import id.standarpelayanan.model.ChannelKind;
import id.standarpelayanan.rules.internal.Texts;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
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
  /** What {@code [\s.()-]} matches: the separators written inside phone numbers. */
  private static final String PHONE_NOISE = " \t\n\u000b\f\r.()-";
  private static final Pattern HANDLE = Pattern.compile("@[A-Za-z0-9._]{1,30}");
  private static final Pattern LAPOR_NAME = Pattern.compile("sp4n[\\s-]?lapor!?");
  private static final Pattern LAPOR_SITE = Pattern.compile("(www\\.)?lapor\\.go\\.id(/\\S*)?");

  private ChannelAddresses() {}

  /**
   * Tells whether a channel has an address that looks like one of its kind.
   *
   * @param channel the channel
   * @return whether its address is present and plausible
   */
  static boolean plausible(Channel channel) {
    Optional<String> address = channel.getAddress();
    if (address.isPresent()) {
      return plausible(channel.getKind(), address.get().strip());
    }
    // A desk or a box at the provider's own address needs no address of its own; a channel
    // reached in several ways (SP4N-LAPOR!) is reachable if one of its ways is.
    return channel.isAtProviderAddress() || channel.getAccess().stream().anyMatch(ChannelAddresses::plausible);
  }

  /**
   * Tells whether one way of reaching a channel has an address that looks like one of its kind.
   *
   * @param access the way
   * @return whether its address is present and plausible
   */
  static boolean plausible(ChannelAccess access) {
    return access.getAddress().filter(address -> plausible(access.getKind(), address.strip())).isPresent();
  }

  private static boolean plausible(ChannelKind kind, String address) {
    return switch (kind) {
      case EMAIL -> EMAIL.matcher(address).matches();
      case PHONE, SMS -> phone(address);
      case WHATSAPP -> phone(address) || whatsAppUrl(host(address));
      case WEBSITE -> url(host(address));
      case SP4N_LAPOR -> url(host(address)) || lapor(address.toLowerCase(Locale.ROOT));
      case SOCIAL_MEDIA -> url(host(address)) || HANDLE.matcher(address).matches();
      case APP, SUGGESTION_BOX, IN_PERSON, LETTER, OTHER -> Texts.meaningful(address);
    };
  }

  private static boolean lapor(String address) {
    return LAPOR_NAME.matcher(address).matches() || LAPOR_SITE.matcher(address).matches();
  }

  private static boolean whatsAppUrl(String host) {
    return url(host) && host.endsWith("wa.me");
  }

  /** A phone number, ignoring the spaces, dots, parentheses and dashes people write in one. */
  private static boolean phone(String address) {
    StringBuilder digits = new StringBuilder(address.length());
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (PHONE_NOISE.indexOf(c) < 0) {
        digits.append(c);
      }
    }
    return PHONE.matcher(digits).matches();
  }

  /** Whether a host taken from an http(s) URL is a plausible domain name. */
  private static boolean url(String host) {
    return host.contains(".") && !host.startsWith(".") && !host.endsWith(".");
  }

  /** The host of an http(s) URL, lower case; {@code ""} for anything else. */
  static String host(String address) {
    int authority = address.regionMatches(true, 0, "https://", 0, 8) ? 8
        : address.regionMatches(true, 0, "http://", 0, 7) ? 7 : -1;
    if (authority < 0) {
      // Only a hierarchical http(s) URI has a host: spare the parser everything else.
      return "";
    }
    int end = plainHostEnd(address, authority);
    if (end > 0) {
      return address.substring(authority, end).toLowerCase(Locale.ROOT);
    }
    try {
      URI uri = new URI(address);
      return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return "";
    }
  }

  /**
   * Recognises, without the URI parser, the common URL whose host is a plain domain name
   * (dot-separated labels of letters, digits and inner hyphens, the last starting with a letter)
   * followed by nothing or by a path of unreserved characters: {@link URI} gives that same host.
   * Anything else (ports, queries, escapes, IP addresses, other characters) returns -1 and goes to
   * the parser.
   *
   * @return the end of the host, or -1
   */
  private static int plainHostEnd(String address, int start) {
    int end = start;
    int lastLabel = start;
    boolean labelStart = true;
    while (end < address.length() && address.charAt(end) != '/') {
      char c = address.charAt(end);
      if (c == '.') {
        if (labelStart || address.charAt(end - 1) == '-') {
          return -1;
        }
        labelStart = true;
      } else if (asciiLetterOrDigit(c)) {
        if (labelStart) {
          lastLabel = end;
        }
        labelStart = false;
      } else if (c != '-' || labelStart) {
        return -1;
      }
      end++;
    }
    if (labelStart || address.charAt(end - 1) == '-' || (lastLabel > start && !Character.isLetter(address.charAt(lastLabel)))) {
      return -1;
    }
    for (int i = end; i < address.length(); i++) {
      char c = address.charAt(i);
      if (!asciiLetterOrDigit(c) && "-._~/".indexOf(c) < 0) {
        return -1;
      }
    }
    return end;
  }

  private static boolean asciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
