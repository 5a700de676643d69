package id.standarpelayanan.rules;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Languages;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.EnumSet;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The base of a user's own rule (aturan sendiri): the metadata given to the constructor, the
 * description and the messages read from a resource bundle, so that a subclass writes only its
 * {@code check} methods.
 *
 * <p>The bundle's base file (for example {@code com/acme/rules/messages.properties}) holds
 * Indonesian, the library's default language, and the {@code _en} file English. Both hold:
 *
 * <ul>
 *   <li>{@value #DESCRIPTION_KEY}: what the rule checks, one or two sentences;
 *   <li>{@value #MESSAGE_PREFIX}{@code <key>} for each message the rule reports with, a {@link
 *       MessageFormat} pattern with {@code {0}}-style arguments only. The rule's {@link
 *       #messageKeys()} are these keys without the prefix, as the Indonesian file lists them.
 * </ul>
 *
 * <p>A profile checks each such rule when it is built ({@link Profile.Builder#build()}): a message
 * or description missing in either language, or a pattern that does not parse, fails there with an
 * {@link IllegalArgumentException} that names the rule, the key and the language, instead of in the
 * middle of a check. Since the keys a rule may report with are the bundle's own, a rule cannot
 * report with a message that has no text.
 *
 * <p>The bundle is loaded through {@link Languages#bundle(String, Locale, Module)} on behalf of the
 * given module, so it works on the class path and on the module path alike; in a named module, open
 * the bundle's package to {@code id.standarpelayanan.model}.
 *
 * <p>Example: {@code DayOffStatedRule} in the {@code examples} module, registered through {@code
 * META-INF/services/id.standarpelayanan.rules.Rule}.
 *
 * <p>Subclasses must stay immutable and thread-safe, as every {@link Rule}; this class is.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public abstract class BundledRule implements Rule {

  /** The bundle key of the rule's description: {@value}. */
  public static final String DESCRIPTION_KEY = "description";

  /** The prefix of the bundle keys of the rule's messages: {@value}. */
  public static final String MESSAGE_PREFIX = "message.";

  /**
   * The form of an id: lower-case letters and digits in dot-separated parts, hyphens inside a part,
   * at least two parts (a namespace and a name), such as {@code acme.hours.day-off}.
   */
  private static final Pattern ID =
      Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

  private final String id;
  private final Severity defaultSeverity;
  private final Set<Component> components;
  private final String article;
  private final String bundleBaseName;
  private final Module module;
  private final Set<String> messageKeys;

  /**
   * Makes a rule whose texts are in the bundle {@code bundleBaseName} of {@code module}.
   *
   * @param id the rule's id, such as {@code acme.hours.day-off}: lower-case letters, digits and
   *     hyphens in at least two dot-separated parts
   * @param defaultSeverity the severity of its findings unless a profile overrides it
   * @param components the components it concerns, possibly empty
   * @param article the provision it enforces, or {@code ""}
   * @param bundleBaseName the bundle's base name, such as {@code com.acme.rules.messages}
   * @param module the module that holds the bundle, usually {@code getClass().getModule()}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is not of that form
   * @throws MissingResourceException if the Indonesian (base) bundle cannot be found
   */
  protected BundledRule(
      String id,
      Severity defaultSeverity,
      Set<Component> components,
      String article,
      String bundleBaseName,
      Module module) {
    this.id = Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "the rule id \""
              + id
              + "\" is not of the form namespace.name (lower-case letters, digits, hyphens)");
    }
    this.defaultSeverity = Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(components, "components");
    this.components =
        components.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(components));
    this.article = Objects.requireNonNull(article, "article");
    this.bundleBaseName = Objects.requireNonNull(bundleBaseName, "bundleBaseName");
    this.module = Objects.requireNonNull(module, "module");
    Set<String> keys = new TreeSet<>();
    for (String key : bundle(Languages.INDONESIAN).keySet()) {
      if (key.startsWith(MESSAGE_PREFIX) && key.length() > MESSAGE_PREFIX.length()) {
        keys.add(key.substring(MESSAGE_PREFIX.length()));
      }
    }
    this.messageKeys = Collections.unmodifiableSet(keys);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity defaultSeverity() {
    return defaultSeverity;
  }

  @Override
  public final Set<Component> components() {
    return components;
  }

  @Override
  public final String article() {
    return article;
  }

  /**
   * Returns the bundle's {@value #DESCRIPTION_KEY} in the language of {@code locale}.
   *
   * @throws MissingResourceException if the bundle lacks it (a profile refuses such a rule)
   */
  @Override
  public final String description(Locale locale) {
    return bundle(locale).getString(DESCRIPTION_KEY);
  }

  /**
   * Returns the keys of the bundle's messages, without the {@value #MESSAGE_PREFIX} prefix.
   *
   * @return the keys, sorted
   */
  @Override
  public final Set<String> messageKeys() {
    return messageKeys;
  }

  /**
   * Returns the bundle's pattern {@value #MESSAGE_PREFIX}{@code key} in the language of {@code
   * locale}.
   *
   * @throws IllegalArgumentException if {@code key} is not one of the {@link #messageKeys()}
   */
  @Override
  public final String messagePattern(String key, Locale locale) {
    Objects.requireNonNull(key, "key");
    if (!messageKeys.contains(key)) {
      throw new IllegalArgumentException(
          "rule " + id + " has no message " + key + "; its messages are " + messageKeys);
    }
    return bundle(locale).getString(MESSAGE_PREFIX + key);
  }

  /**
   * Checks that the bundle holds the description and every message in Indonesian and in English,
   * each message a pattern that parses. Called by {@link Profile.Builder#build()}.
   *
   * @throws IllegalArgumentException naming the rule, the key and the language of the first gap
   */
  final void requireCompleteBundle() {
    ResourceBundle indonesian = bundle(Languages.INDONESIAN);
    ResourceBundle english;
    try {
      english = bundle(Locale.ENGLISH);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException(
          "rule " + id + ": no bundle " + bundleBaseName + " found at all", e);
    }
    if (!Locale.ENGLISH.getLanguage().equals(english.getLocale().getLanguage())) {
      throw new IllegalArgumentException(
          "rule " + id + ": the bundle " + bundleBaseName + " has no English (_en) file");
    }
    requireKey(indonesian, DESCRIPTION_KEY, "Indonesian");
    requireKey(english, DESCRIPTION_KEY, "English");
    for (String key : messageKeys) {
      requireKey(indonesian, MESSAGE_PREFIX + key, "Indonesian");
      requireKey(english, MESSAGE_PREFIX + key, "English");
    }
  }

  private void requireKey(ResourceBundle bundle, String key, String language) {
    // The English bundle's parent is the Indonesian one: only the English file's own entries
    // count, or a missing translation would pass by showing Indonesian.
    Object own;
    if (bundle instanceof PropertyResourceBundle properties) {
      own = properties.handleGetObject(key);
    } else if (bundle instanceof ListResourceBundle list) {
      own = list.handleGetObject(key);
    } else {
      own = bundle.containsKey(key) ? bundle.getObject(key) : null;
    }
    if (!(own instanceof String text) || text.isBlank()) {
      throw new IllegalArgumentException(
          "rule "
              + id
              + ": the bundle "
              + bundleBaseName
              + " has no "
              + language
              + " text for the key "
              + key);
    }
    if (key.startsWith(MESSAGE_PREFIX)) {
      try {
        new MessageFormat(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "rule " + id + ": the " + language + " pattern " + key + " does not parse: " + text, e);
      }
    }
  }

  private ResourceBundle bundle(Locale locale) {
    return Languages.bundle(bundleBaseName, locale, module);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + id + "]";
  }
}
