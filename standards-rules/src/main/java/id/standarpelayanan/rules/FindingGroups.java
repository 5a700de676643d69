package id.standarpelayanan.rules;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Principle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Findings grouped by one of their keys, a principle (prinsip) or a component (komponen), so that a
 * text report or a web page need not regroup them: the groups in the key's order (the eleven
 * principles by number, the fourteen components in statutory order), only those with findings, and
 * the findings without that key apart (a fee finding has no principle; a finding on the document's
 * structure or the catalogue may have no component).
 *
 * <p>Immutable; each group keeps the findings' report order.
 *
 * @param <K> {@link Principle} or {@link Component}
 * @param groups the non-empty groups, in the key's order
 * @param without the findings that have no key, in report order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record FindingGroups<K extends Enum<K>>(
    Map<K, List<Finding>> groups, List<Finding> without) {

  /**
   * Makes the groups; the collections are copied.
   *
   * @param groups the groups
   * @param without the findings without a key
   * @throws NullPointerException if an argument is null
   */
  public FindingGroups {
    Map<K, List<Finding>> copy = new java.util.LinkedHashMap<>();
    Objects.requireNonNull(groups, "groups")
        .forEach((key, list) -> copy.put(key, List.copyOf(list)));
    groups = Collections.unmodifiableMap(copy);
    without = List.copyOf(Objects.requireNonNull(without, "without"));
  }

  /**
   * Groups findings by principle.
   *
   * @param findings the findings, in report order
   * @return the groups
   * @throws NullPointerException if {@code findings} is null
   */
  public static FindingGroups<Principle> byPrinciple(List<Finding> findings) {
    return of(findings, Principle.class, Finding::principle);
  }

  /**
   * Groups findings by component.
   *
   * @param findings the findings, in report order
   * @return the groups
   * @throws NullPointerException if {@code findings} is null
   */
  public static FindingGroups<Component> byComponent(List<Finding> findings) {
    return of(findings, Component.class, Finding::component);
  }

  private static <K extends Enum<K>> FindingGroups<K> of(
      List<Finding> findings, Class<K> type, Function<Finding, Optional<K>> key) {
    EnumMap<K, List<Finding>> groups = new EnumMap<>(type);
    List<Finding> without = new ArrayList<>();
    for (Finding finding : Objects.requireNonNull(findings, "findings")) {
      Optional<K> k = key.apply(finding);
      if (k.isPresent()) {
        groups.computeIfAbsent(k.get(), unused -> new ArrayList<>()).add(finding);
      } else {
        without.add(finding);
      }
    }
    return new FindingGroups<>(groups, without);
  }
}
