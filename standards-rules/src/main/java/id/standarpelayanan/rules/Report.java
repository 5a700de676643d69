package id.standarpelayanan.rules;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Principle;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The result of checking a catalogue or a standard (laporan pemeriksaan): every finding, counts by
 * severity, the status of each component and principle, and a completeness score.
 *
 * <h2>Order of findings</h2>
 *
 * Findings on the catalogue's own parts come first, then each standard's findings in catalogue
 * order. Within each group findings are ordered by rule id, then by pointer (token by token, list
 * indexes by value), then by message. The order is the same on every run.
 *
 * <h2>Statuses</h2>
 *
 * Per standard, a component is {@link CompletenessStatus#MISSING} when the standard states nothing
 * for it, {@link CompletenessStatus#INCOMPLETE} when it is stated but an ERROR or WARNING finding
 * (of a rule or of structure) concerns it, {@link CompletenessStatus#COMPLETE} otherwise; a
 * principle is complete when all its components are, missing when all are missing, incomplete
 * otherwise. For a catalogue, {@link #componentStatus()} aggregates the standards: complete when
 * complete in every standard, missing when missing in every standard (or when there are none),
 * incomplete otherwise; principles are derived from the aggregated components the same way.
 *
 * <h2>Score</h2>
 *
 * The components the profile requires are those whose {@code sp.completeness.*} rule it applies at
 * ERROR or WARNING (all fourteen in {@code uu-25-2009}; thirteen in {@code kemenag-11-prinsip},
 * where fee is INFO). Each required component earns 2 credits when complete, 1 when incomplete and
 * 0 when missing. A standard's score is {@code floor(100 × credits / (2 × required))}; a
 * catalogue's is the same over all its standards together ({@code floor(100 × all credits / (2 ×
 * required × standards))}), so every standard weighs the same. A profile requiring nothing scores
 * 100; a catalogue without standards scores 0. Findings on the catalogue's own parts (decree,
 * pledge, dates) do not change the score; they do decide {@link #passed()}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public final class Report {

  private final String profileName;
  private final Locale locale;
  private final List<Finding> findings;
  private final List<StandardReport> standards;
  private final Map<Component, CompletenessStatus> componentStatus;
  private final Map<Principle, CompletenessStatus> principleStatus;
  private final int score;
  private final Map<Severity, Integer> counts;

  Report(
      String profileName,
      Locale locale,
      List<Finding> findings,
      List<StandardReport> standards,
      Map<Component, CompletenessStatus> componentStatus,
      Map<Principle, CompletenessStatus> principleStatus,
      int score) {
    this.profileName = Objects.requireNonNull(profileName, "profileName");
    this.locale = Objects.requireNonNull(locale, "locale");
    this.findings = List.copyOf(findings);
    this.standards = List.copyOf(standards);
    this.componentStatus = StandardReport.copy(componentStatus, Component.class);
    this.principleStatus = StandardReport.copy(principleStatus, Principle.class);
    this.score = score;
    int[] count = new int[Severity.values().length];
    for (Finding finding : this.findings) {
      count[finding.severity().ordinal()]++;
    }
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, count[severity.ordinal()]);
    }
    this.counts = Collections.unmodifiableMap(counts);
  }

  /**
   * Returns the name of the profile applied.
   *
   * @return the profile's name
   */
  public String profileName() {
    return profileName;
  }

  /**
   * Returns the language of the messages: {@link Locale#ENGLISH} or Indonesian.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns every finding, in the order described above.
   *
   * @return the findings, possibly empty
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings grouped by principle, the findings outside the eleven principles apart.
   *
   * @return the groups
   */
  public FindingGroups<Principle> findingsByPrinciple() {
    return FindingGroups.byPrinciple(findings);
  }

  /**
   * Returns the findings grouped by component, the findings concerning no component apart.
   *
   * @return the groups
   */
  public FindingGroups<Component> findingsByComponent() {
    return FindingGroups.byComponent(findings);
  }

  /**
   * Returns the findings of one severity, in report order.
   *
   * @param severity the severity
   * @return the findings
   */
  public List<Finding> findings(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return findings.stream().filter(finding -> finding.severity() == severity).toList();
  }

  /**
   * Returns the number of findings of each severity.
   *
   * @return a count for every severity, zero included
   */
  public Map<Severity, Integer> counts() {
    return counts;
  }

  /**
   * Returns the number of findings of one severity.
   *
   * @param severity the severity
   * @return the count
   */
  public int count(Severity severity) {
    return counts.get(Objects.requireNonNull(severity, "severity"));
  }

  /**
   * Returns the report of each standard, in catalogue order (one for {@code
   * Checker.check(ServiceStandard)}).
   *
   * @return the standards' reports
   */
  public List<StandardReport> standards() {
    return standards;
  }

  /**
   * Returns the status of each component: the standard's, or aggregated over a catalogue.
   *
   * @return the statuses, in statutory order
   */
  public Map<Component, CompletenessStatus> componentStatus() {
    return componentStatus;
  }

  /**
   * Returns the status of each principle: the standard's, or aggregated over a catalogue.
   *
   * @return the statuses, in the principles' order
   */
  public Map<Principle, CompletenessStatus> principleStatus() {
    return principleStatus;
  }

  /**
   * Returns the completeness score.
   *
   * @return 0 to 100
   */
  public int score() {
    return score;
  }

  /**
   * Tells whether no finding is an {@link Severity#ERROR}.
   *
   * @return whether the checked document passes
   */
  public boolean passed() {
    return counts.get(Severity.ERROR) == 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Report that
        && profileName.equals(that.profileName)
        && locale.equals(that.locale)
        && findings.equals(that.findings)
        && standards.equals(that.standards)
        && componentStatus.equals(that.componentStatus)
        && principleStatus.equals(that.principleStatus)
        && score == that.score;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        profileName, locale, findings, standards, componentStatus, principleStatus, score);
  }

  @Override
  public String toString() {
    return "Report[profile="
        + profileName
        + ", score="
        + score
        + ", counts="
        + counts
        + ", findings="
        + findings
        + "]";
  }
}
