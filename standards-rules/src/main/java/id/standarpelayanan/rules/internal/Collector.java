package id.standarpelayanan.rules.internal;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.Principle;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.rules.FindingSource;
import id.standarpelayanan.rules.Profile;
import id.standarpelayanan.rules.Rule;
import id.standarpelayanan.rules.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link RuleContext} of one rule applied to one standard or catalogue: turns reports into
 * {@link Finding}s with the profile's severity, the localized message and the pointer placed under
 * a prefix. Not thread-safe (one per check).
 */
public final class Collector implements RuleContext {

  private final Rule rule;
  private final Profile profile;
  private final Locale locale;
  private final LocalDate today;
  private final Pointer prefix;
  private final Optional<StandardsCatalog> previousCatalog;
  private final Optional<ServiceStandard> previousStandard;

  /** Made on the first finding: most rules report nothing. */
  private List<Finding> findings;

  /**
   * Makes a collector.
   *
   * @param rule the rule being applied
   * @param profile the profile
   * @param locale the language of messages
   * @param today the checker's date
   * @param prefix the pointer prepended to every reported pointer
   * @param previousCatalog the previous catalogue, if the check has one
   * @param previousStandard the previous version of the standard being checked, if any
   */
  public Collector(
      Rule rule,
      Profile profile,
      Locale locale,
      LocalDate today,
      Pointer prefix,
      Optional<StandardsCatalog> previousCatalog,
      Optional<ServiceStandard> previousStandard) {
    this.rule = rule;
    this.profile = profile;
    this.locale = locale;
    this.today = today;
    this.prefix = prefix;
    this.previousCatalog = previousCatalog;
    this.previousStandard = previousStandard;
  }

  @Override
  public LocalDate today() {
    return today;
  }

  @Override
  public Locale locale() {
    return locale;
  }

  @Override
  public Profile profile() {
    return profile;
  }

  @Override
  public Optional<StandardsCatalog> previousCatalog() {
    return previousCatalog;
  }

  @Override
  public Optional<ServiceStandard> previousStandard() {
    return previousStandard;
  }

  @Override
  public void report(Component component, String pointer, String messageKey, Object... arguments) {
    add(
        Optional.of(Objects.requireNonNull(component, "component")),
        Pointer.parse(Objects.requireNonNull(pointer, "pointer")),
        messageKey,
        arguments);
  }

  @Override
  public void report(String pointer, String messageKey, Object... arguments) {
    add(
        ruleComponent(),
        Pointer.parse(Objects.requireNonNull(pointer, "pointer")),
        messageKey,
        arguments);
  }

  @Override
  public void report(Component component, Pointer pointer, String messageKey, Object... arguments) {
    add(
        Optional.of(Objects.requireNonNull(component, "component")),
        Objects.requireNonNull(pointer, "pointer"),
        messageKey,
        arguments);
  }

  @Override
  public void report(Pointer pointer, String messageKey, Object... arguments) {
    add(ruleComponent(), Objects.requireNonNull(pointer, "pointer"), messageKey, arguments);
  }

  private Optional<Component> ruleComponent() {
    return rule.components().size() == 1
        ? rule.components().stream().findFirst()
        : Optional.empty();
  }

  private void add(
      Optional<Component> component, Pointer place, String messageKey, Object... arguments) {
    Objects.requireNonNull(messageKey, "messageKey");
    if (!rule.messageKeys().contains(messageKey)) {
      throw new IllegalArgumentException(
          "rule " + rule.id() + " has no message " + messageKey + "; it has " + rule.messageKeys());
    }
    List<Object> values = List.of(arguments);
    String message = RuleMessages.format(rule.messagePattern(messageKey, locale), locale, values);
    Optional<Principle> principle = component.flatMap(Principle::covering);
    if (findings == null) {
      findings = new ArrayList<>();
    }
    findings.add(
        new Finding(
            rule.id(),
            profile.severity(rule.id()),
            FindingSource.RULE,
            prefix.append(place),
            principle,
            component,
            message,
            values));
  }

  /**
   * Returns what was reported.
   *
   * @return the findings, in reporting order
   */
  public List<Finding> findings() {
    return findings == null ? List.of() : Collections.unmodifiableList(findings);
  }
}
