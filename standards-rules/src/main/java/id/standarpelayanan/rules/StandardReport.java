package id.standarpelayanan.rules;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.Principle;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The part of a {@link Report} about one standard: its findings, the status of each component and
 * principle, and its completeness score (see {@link Report} for how they are computed).
 *
 * @param index the standard's position in its catalogue, 0 for {@code
 *     Checker.check(ServiceStandard)}
 * @param serviceId the standard's id; empty for a draft without one
 * @param pointer the standard's JSON Pointer: {@code /standards/2}, or {@code ""} when a standard
 *     was checked alone
 * @param findings the findings within the standard, with pointers as in the report
 * @param componentStatus the status of each of the fourteen components, in statutory order
 * @param principleStatus the status of each of the eleven principles
 * @param score the completeness score, 0 to 100
 */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public record StandardReport(
    int index,
    Optional<String> serviceId,
    String pointer,
    List<Finding> findings,
    Map<Component, CompletenessStatus> componentStatus,
    Map<Principle, CompletenessStatus> principleStatus,
    int score) {

  /**
   * Makes a standard's report; the collections are copied.
   *
   * @param index the standard's position
   * @param serviceId the standard's id
   * @param pointer the standard's JSON Pointer
   * @param findings the findings
   * @param componentStatus the status of each component
   * @param principleStatus the status of each principle
   * @param score the score
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code pointer} is not an RFC 6901 JSON Pointer
   */
  public StandardReport {
    Objects.requireNonNull(serviceId, "serviceId");
    Pointer.parse(Objects.requireNonNull(pointer, "pointer"));
    findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    componentStatus =
        copy(Objects.requireNonNull(componentStatus, "componentStatus"), Component.class);
    principleStatus =
        copy(Objects.requireNonNull(principleStatus, "principleStatus"), Principle.class);
  }

  static <K extends Enum<K>, V> Map<K, V> copy(Map<K, V> map, Class<K> type) {
    EnumMap<K, V> copy = new EnumMap<>(type);
    // forEach rather than putAll: no entry objects for the unmodifiable views passed in; the enum
    // map still rejects a null key or one of another type.
    map.forEach(copy::put);
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the standard's JSON Pointer as a value, the typed form of {@link #pointer()}.
   *
   * @return the standard's pointer, the root when a standard was checked alone
   */
  public Pointer path() {
    return Pointer.parse(pointer);
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
   * Tells whether no finding within the standard is an {@link Severity#ERROR}.
   *
   * @return whether the standard passes
   */
  public boolean passed() {
    return findings.stream().noneMatch(finding -> finding.severity() == Severity.ERROR);
  }
}
