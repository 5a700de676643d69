package id.standarpelayanan.rules.internal;

import id.standarpelayanan.model.Labelled;
import id.standarpelayanan.model.Languages;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.model.internal.text.Printable;
import java.text.MessageFormat;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The rule engine's bundle {@code id/standarpelayanan/rules/Messages} (Indonesian, the default) and
 * {@code _en} (English), and the formatting of messages.
 *
 * <p>Patterns are {@link MessageFormat} patterns with {@code {0}}-style arguments only; arguments
 * are turned into text first, so no number or date is formatted by the JVM's conventions: a {@link
 * Labelled} constant becomes its label, a {@link TimeSpan} its amount and unit, a {@link Period}
 * its years, months and days, a list its elements joined by commas, anything else its {@code
 * toString()}. Text from the document (a name, an id, an address: anything but our own labels) is
 * made printable with {@link Printable#of(String)}: control characters, separators and
 * bidirectional overrides escaped, and long text shortened with {@code …}, so that no document can
 * forge a line of a report or send escape sequences to a terminal through a message. The finding's
 * arguments keep the values as they are.
 */
public final class RuleMessages {

  /** The base name of the bundle. */
  public static final String BUNDLE = "id.standarpelayanan.rules.Messages";

  private RuleMessages() {}

  /**
   * Returns the bundle in the language of {@code locale}.
   *
   * @param locale the language wanted
   * @return the bundle
   */
  public static ResourceBundle bundle(Locale locale) {
    return Languages.bundle(BUNDLE, locale, RuleMessages.class.getModule());
  }

  /**
   * Returns a pattern of the bundle.
   *
   * @param key the key
   * @param locale the language wanted
   * @return the pattern
   * @throws java.util.MissingResourceException if the key is missing (a bug, caught by tests)
   */
  public static String pattern(String key, Locale locale) {
    return bundle(locale).getString(key);
  }

  /**
   * Returns the label of one of the engine's enum constants, under the key {@code
   * SimpleName.CONSTANT}.
   *
   * @param constant the constant
   * @param locale the language wanted
   * @return the label
   */
  public static String label(Enum<?> constant, Locale locale) {
    return pattern(constant.getDeclaringClass().getSimpleName() + "." + constant.name(), locale);
  }

  /**
   * Formats a message.
   *
   * @param pattern the {@link MessageFormat} pattern
   * @param locale the language of the labels
   * @param arguments the arguments
   * @return the message
   */
  public static String format(String pattern, Locale locale, List<Object> arguments) {
    Object[] texts = arguments.stream().map(argument -> text(argument, locale)).toArray();
    return new MessageFormat(pattern, Languages.supported(locale)).format(texts);
  }

  private static String text(Object argument, Locale locale) {
    if (argument instanceof Labelled labelled) {
      return labelled.label(locale);
    }
    if (argument instanceof TimeSpan span) {
      return span.getAmount() + " " + span.getUnit().label(locale);
    }
    if (argument instanceof Period period) {
      return period(period, locale);
    }
    if (argument instanceof List<?> list) {
      return list.stream().map(element -> text(element, locale)).collect(Collectors.joining(", "));
    }
    return Printable.of(String.valueOf(argument));
  }

  private static String period(Period period, Locale locale) {
    List<String> parts = new ArrayList<>();
    if (period.getYears() != 0) {
      parts.add(
          MessageFormat.format(pattern("period.years", locale), String.valueOf(period.getYears())));
    }
    if (period.getMonths() != 0) {
      parts.add(
          MessageFormat.format(
              pattern("period.months", locale), String.valueOf(period.getMonths())));
    }
    if (period.getDays() != 0 || parts.isEmpty()) {
      parts.add(
          MessageFormat.format(pattern("period.days", locale), String.valueOf(period.getDays())));
    }
    return String.join(" ", parts);
  }
}
