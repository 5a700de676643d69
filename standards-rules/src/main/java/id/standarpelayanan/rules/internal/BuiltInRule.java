package id.standarpelayanan.rules.internal;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.rules.Rule;
import id.standarpelayanan.rules.Severity;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The base of the built-in rules: metadata given to the constructor, description and messages from
 * {@link RuleMessages} under the keys {@code <id>.description} and {@code <id>.<messageKey>}.
 */
public abstract class BuiltInRule implements Rule {

  /**
   * The first release of the library, in which every rule written before it appears. There has been
   * no release yet, so every built-in rule is "since" it; a rule added after it overrides {@link
   * #since()}.
   */
  public static final String FIRST_RELEASE = "0.1.0";

  private final String id;
  private final Severity severity;
  private final String article;
  private final Set<Component> components;
  private final Set<String> messageKeys;

  /**
   * Makes a rule.
   *
   * @param id the id
   * @param severity the default severity
   * @param article the provision enforced, or {@code ""}
   * @param components the components concerned
   * @param messageKeys the keys of its messages
   */
  protected BuiltInRule(
      String id,
      Severity severity,
      String article,
      List<Component> components,
      String... messageKeys) {
    this.id = Objects.requireNonNull(id, "id");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.article = Objects.requireNonNull(article, "article");
    EnumSet<Component> set = EnumSet.noneOf(Component.class);
    set.addAll(components);
    this.components = Collections.unmodifiableSet(set);
    this.messageKeys = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(messageKeys)));
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity defaultSeverity() {
    return severity;
  }

  @Override
  public final Set<Component> components() {
    return components;
  }

  @Override
  public final String article() {
    return article;
  }

  @Override
  public final String description(Locale locale) {
    return RuleMessages.pattern(id + ".description", locale);
  }

  @Override
  public final Set<String> messageKeys() {
    return messageKeys;
  }

  @Override
  public final String messagePattern(String key, Locale locale) {
    return RuleMessages.pattern(id + "." + key, locale);
  }

  /**
   * Returns the version of the library in which the rule appeared, for its documentation.
   *
   * @return the version, {@link #FIRST_RELEASE} unless the rule says otherwise
   */
  public String since() {
    return FIRST_RELEASE;
  }

  @Override
  public String toString() {
    return id;
  }
}
