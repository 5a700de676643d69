package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Channel;
import id.standarpelayanan.model.ChannelAccess;
import id.standarpelayanan.model.ChannelKind;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.SocialPlatform;
import id.standarpelayanan.rules.internal.Texts;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Whether the public can reach a complaint channel by what the standard says of it, judged as an
 * assessor would: by whether the address can be used, not by its syntax. Addresses written the way
 * offices write them are usable. Every check is a single pass over the text (splitting on
 * whitespace and separators, no backtracking pattern), so its time is linear in the address.
 *
 * <ul>
 *   <li>{@code EMAIL}: {@code name@domain.tld};
 *   <li>{@code PHONE}, {@code SMS}, {@code WHATSAPP}: a number of 3 to 15 digits, with an optional
 *       {@code +} and the spaces, dots, hyphens and parentheses people write in one (short codes
 *       such as the SP4N-LAPOR! SMS number 1708 included); several numbers separated by {@code /},
 *       {@code ,} or {@code ;}; WhatsApp also a {@code wa.me} link;
 *   <li>{@code WEBSITE}: an http(s) URL, or a host name with or without {@code www.} and without a
 *       scheme ("www.kemenagkabpasuruan.id"), optionally followed by a path;
 *   <li>{@code SOCIAL_MEDIA}: a URL, an account with or without {@code @}, or a page name when the
 *       platform is given;
 *   <li>{@code SP4N_LAPOR}, {@code APP}, a desk, a box, a letter, other: any meaningful text (a
 *       name, a store name, a place).
 * </ul>
 *
 * <p>A desk, a suggestion box and a letter are at the provider's own address and need none of their
 * own; so does a channel marked {@code atProviderAddress}. A channel reached in several ways is
 * judged by the best of its ways.
 */
final class ChannelAddresses {

  /** What the public can make of a channel's address, from best to worst. */
  enum Verdict {
    /** The address can be used as written, or the channel needs none. */
    USABLE,
    /** The address can be used, but is written with stray characters or text around it. */
    FULLER_FORM,
    /** A social-media page named without its platform. */
    NO_PLATFORM,
    /** An online channel named without any address or link. */
    NAMED_ONLY,
    /** SP4N-LAPOR! without saying how to reach it. */
    LAPOR_UNSAID,
    /** The address cannot be used as an address of the channel's kind. */
    UNUSABLE,
    /** The channel needs an address and has none. */
    MISSING;

    /** Whether the public can reach the channel. */
    boolean reachable() {
      return this == USABLE || this == FULLER_FORM || this == NO_PLATFORM || this == LAPOR_UNSAID;
    }
  }

  /** Names of public platforms on which a channel can be found by its name alone. */
  private static final List<String> PUBLIC_PLATFORMS =
      List.of(
          "google",
          "play store",
          "playstore",
          "app store",
          "appstore",
          "facebook",
          "instagram",
          "youtube",
          "tiktok",
          "twitter",
          "telegram");

  /** What is written inside a phone number besides its digits. */
  private static final String PHONE_NOISE = " \t.()-\u00a0";

  /** What a rule does with each complaint channel of a standard and its verdict. */
  @FunctionalInterface
  interface Judged {
    /**
     * Receives one channel.
     *
     * @param index its index in the complaint handling's channels
     * @param channel the channel
     * @param verdict its verdict
     */
    void channel(int index, Channel channel, Verdict verdict);
  }

  private ChannelAddresses() {}

  /**
   * Judges every complaint channel of a standard, in order.
   *
   * @param standard the standard
   * @param judged what to do with each
   */
  static void judge(ServiceStandard standard, Judged judged) {
    List<Channel> channels =
        standard.getComplaintHandling().map(handling -> handling.getChannels()).orElse(List.of());
    for (int i = 0; i < channels.size(); i++) {
      judged.channel(i, channels.get(i), verdict(channels.get(i)));
    }
  }

  /**
   * Judges a channel.
   *
   * @param channel the channel
   * @return the verdict
   */
  static Verdict verdict(Channel channel) {
    if (channel.getAddress().isPresent()) {
      return address(channel.getKind(), channel.getAddress().get().strip(), channel.getPlatform());
    }
    if (channel.isAtProviderAddress()) {
      return Verdict.USABLE;
    }
    if (!channel.getAccess().isEmpty()) {
      Verdict best = Verdict.MISSING;
      for (ChannelAccess access : channel.getAccess()) {
        Verdict verdict =
            access
                .getAddress()
                .map(address -> address(access.getKind(), address.strip(), access.getPlatform()))
                .orElseGet(() -> withoutAddress(access.getKind(), Optional.empty()));
        if (verdict.compareTo(best) < 0) {
          best = verdict;
        }
      }
      return best;
    }
    return withoutAddress(channel.getKind(), channel.getDescription());
  }

  /** A channel, or one way of reaching it, that gives no address. */
  private static Verdict withoutAddress(ChannelKind kind, Optional<String> description) {
    return switch (kind) {
      case IN_PERSON, SUGGESTION_BOX, LETTER -> Verdict.USABLE;
      case SP4N_LAPOR -> Verdict.LAPOR_UNSAID;
      case APP, OTHER ->
          description.filter(ChannelAddresses::onPublicPlatform).isPresent()
              ? Verdict.USABLE
              : Verdict.NAMED_ONLY;
      case EMAIL, PHONE, SMS, WHATSAPP, WEBSITE, SOCIAL_MEDIA -> Verdict.MISSING;
    };
  }

  /**
   * Tells whether the public can reach a channel.
   *
   * @param channel the channel
   * @return whether its address, or one of its ways, can be used, or it needs none
   */
  static boolean usable(Channel channel) {
    return verdict(channel).reachable();
  }

  private static Verdict address(
      ChannelKind kind, String address, Optional<SocialPlatform> platform) {
    if (!Texts.meaningful(address)) {
      return Verdict.UNUSABLE;
    }
    return switch (kind) {
      case EMAIL -> judged(address, ChannelAddresses::email);
      case PHONE, SMS -> phones(address);
      case WHATSAPP -> whatsAppLink(address) ? Verdict.USABLE : phones(address);
      case WEBSITE -> judged(address, ChannelAddresses::website);
      case SOCIAL_MEDIA ->
          platform.isPresent() || address.startsWith("@") || website(address)
              ? Verdict.USABLE
              : Verdict.NO_PLATFORM;
      case SP4N_LAPOR, APP, SUGGESTION_BOX, IN_PERSON, LETTER, OTHER -> Verdict.USABLE;
    };
  }

  /**
   * A text that has the shape as a whole is usable; one that has it among other words or marks is
   * usable in a fuller form.
   */
  private static Verdict judged(String address, Predicate<String> shape) {
    if (shape.test(address)) {
      return Verdict.USABLE;
    }
    // The words between runs of ASCII whitespace (as \\s+ splits), cut out in one pass.
    int start = 0;
    for (int i = 0; i <= address.length(); i++) {
      if (i == address.length() || asciiWhitespace(address.charAt(i))) {
        if (i > start && shape.test(trimmed(address.substring(start, i)))) {
          return Verdict.FULLER_FORM;
        }
        start = i + 1;
      }
    }
    return Verdict.UNUSABLE;
  }

  /**
   * Several numbers may be written in one address, separated by {@code /}, {@code ,} or {@code ;}.
   */
  private static Verdict phones(String address) {
    boolean all = true;
    boolean some = false;
    int start = 0;
    for (int i = 0; i <= address.length(); i++) {
      if (i < address.length() && "/,;".indexOf(address.charAt(i)) < 0) {
        continue;
      }
      String part = address.substring(start, i);
      start = i + 1;
      if (part.isBlank()) {
        continue;
      }
      boolean phone = phone(part.strip());
      all &= phone;
      some |= phone || judged(part.strip(), ChannelAddresses::phone) != Verdict.UNUSABLE;
    }
    return all && some ? Verdict.USABLE : some ? Verdict.FULLER_FORM : Verdict.UNUSABLE;
  }

  /**
   * A phone number or short code, separators ignored: a number written with its area or mobile
   * prefix ({@code 0…}, {@code +…}) has 8 to 15 digits; a short code (the SP4N-LAPOR! SMS number
   * 1708, call centres such as 14045) 3 to 5; other numbers up to 15.
   */
  static boolean phone(String text) {
    int digits = 0;
    char first = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (first == 0) {
          first = c;
        }
        digits++;
      } else if (c == '+' && first == 0) {
        first = '+';
      } else if (PHONE_NOISE.indexOf(c) < 0) {
        return false;
      }
    }
    int least = first == '0' || first == '+' ? 8 : 3;
    return digits >= least && digits <= 15;
  }

  /**
   * {@code name@domain.tld}: a local part of letters, digits and {@code ._%+-}, then a host name.
   */
  static boolean email(String text) {
    int at = text.indexOf('@');
    if (at <= 0 || at != text.lastIndexOf('@')) {
      return false;
    }
    for (int i = 0; i < at; i++) {
      char c = text.charAt(i);
      if (!asciiLetterOrDigit(c) && "._%+-".indexOf(c) < 0) {
        return false;
      }
    }
    return hostNameEnd(text, at + 1) == text.length();
  }

  /** An http(s) URL with a domain name, or a bare host name with an optional path. */
  static boolean website(String text) {
    if (url(host(text))) {
      return true;
    }
    int end = hostNameEnd(text, 0);
    return end == text.length() || (end > 0 && text.charAt(end) == '/' && plainPath(text, end));
  }

  private static boolean whatsAppLink(String address) {
    String lower = address.toLowerCase(Locale.ROOT);
    return host(address).endsWith("wa.me")
        || lower.startsWith("wa.me/")
        || lower.startsWith("api.whatsapp.com/");
  }

  private static boolean onPublicPlatform(String description) {
    String lower = description.toLowerCase(Locale.ROOT);
    return PUBLIC_PLATFORMS.stream().anyMatch(lower::contains);
  }

  /**
   * A word without the punctuation around it ("id‘", "(0721)," and "Email:" stay as they are
   * inside).
   */
  private static String trimmed(String word) {
    int start = 0;
    int end = word.length();
    while (start < end
        && !asciiLetterOrDigit(word.charAt(start))
        && word.charAt(start) != '+'
        && word.charAt(start) != '@') {
      start++;
    }
    while (end > start
        && !asciiLetterOrDigit(word.charAt(end - 1))
        && word.charAt(end - 1) != '/') {
      end--;
    }
    return word.substring(start, end);
  }

  /**
   * The end of a host name starting at {@code start}: at least two dot-separated labels of ASCII
   * letters, digits and inner hyphens, the last of two or more letters; -1 if there is none.
   */
  private static int hostNameEnd(String text, int start) {
    int labels = 0;
    int i = start;
    int lastLabel = start;
    while (true) {
      int labelStart = i;
      while (i < text.length() && (asciiLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
        i++;
      }
      if (i == labelStart || text.charAt(labelStart) == '-' || text.charAt(i - 1) == '-') {
        return -1;
      }
      labels++;
      lastLabel = labelStart;
      if (i < text.length()
          && text.charAt(i) == '.'
          && i + 1 < text.length()
          && text.charAt(i + 1) != '/') {
        i++;
      } else {
        break;
      }
    }
    if (labels < 2 || i - lastLabel < 2) {
      return -1;
    }
    for (int j = lastLabel; j < i; j++) {
      if (!Character.isLetter(text.charAt(j))) {
        return -1;
      }
    }
    return i;
  }

  private static boolean plainPath(String text, int start) {
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!asciiLetterOrDigit(c) && "-._~/?=&%#+".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether a host taken from an http(s) URL is a plausible domain name. */
  private static boolean url(String host) {
    return host.contains(".") && !host.startsWith(".") && !host.endsWith(".");
  }

  /** The host of an http(s) URL, lower case; {@code ""} for anything else. */
  static String host(String address) {
    int authority =
        address.regionMatches(true, 0, "https://", 0, 8)
            ? 8
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
    if (labelStart
        || address.charAt(end - 1) == '-'
        || (lastLabel > start && !Character.isLetter(address.charAt(lastLabel)))) {
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

  private static boolean asciiWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  private static boolean asciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
