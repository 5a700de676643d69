package id.standarpelayanan.rules.internal;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Principle;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.CompletenessStatus;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.rules.Profile;
import id.standarpelayanan.rules.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes component and principle statuses and the completeness score (see {@code Report}). Not
 * API.
 */
public final class Scoring {

  private Scoring() {}

  /**
   * Returns the status of each component of a standard.
   *
   * @param standard the standard
   * @param findings the standard's findings
   * @return the statuses, in statutory order
   */
  public static Map<Component, CompletenessStatus> components(
      ServiceStandard standard, Collection<Finding> findings) {
    Set<Component> flawed = EnumSet.noneOf(Component.class);
    for (Finding finding : findings) {
      if (finding.severity() != Severity.INFO) {
        finding.component().ifPresent(flawed::add);
      }
    }
    Map<Component, CompletenessStatus> statuses = new EnumMap<>(Component.class);
    for (Component component : Component.values()) {
      statuses.put(
          component,
          !standard.fills(component)
              ? CompletenessStatus.MISSING
              : flawed.contains(component)
                  ? CompletenessStatus.INCOMPLETE
                  : CompletenessStatus.COMPLETE);
    }
    return Collections.unmodifiableMap(statuses);
  }

  /**
   * Returns the status of each principle from its components' statuses.
   *
   * @param components the components' statuses
   * @return the statuses, in the principles' order
   */
  public static Map<Principle, CompletenessStatus> principles(
      Map<Component, CompletenessStatus> components) {
    Map<Principle, CompletenessStatus> statuses = new EnumMap<>(Principle.class);
    for (Principle principle : Principle.values()) {
      List<CompletenessStatus> covered = new ArrayList<>();
      for (Component component : principle.components()) {
        covered.add(components.get(component));
      }
      statuses.put(principle, combine(covered));
    }
    return Collections.unmodifiableMap(statuses);
  }

  /**
   * Returns the status of each component across several standards: complete when complete in every
   * one, missing when missing in every one (or when there are none), incomplete otherwise.
   *
   * @param standards each standard's component statuses
   * @return the statuses, in statutory order
   */
  public static Map<Component, CompletenessStatus> aggregate(
      List<Map<Component, CompletenessStatus>> standards) {
    Map<Component, CompletenessStatus> statuses = new EnumMap<>(Component.class);
    for (Component component : Component.values()) {
      statuses.put(
          component,
          standards.isEmpty()
              ? CompletenessStatus.MISSING
              : combine(standards.stream().map(statusOf -> statusOf.get(component)).toList()));
    }
    return Collections.unmodifiableMap(statuses);
  }

  private static CompletenessStatus combine(List<CompletenessStatus> statuses) {
    boolean complete = true;
    boolean missing = true;
    for (CompletenessStatus status : statuses) {
      complete &= status == CompletenessStatus.COMPLETE;
      missing &= status == CompletenessStatus.MISSING;
    }
    return complete
        ? CompletenessStatus.COMPLETE
        : missing ? CompletenessStatus.MISSING : CompletenessStatus.INCOMPLETE;
  }

  /**
   * Returns the components a profile requires: those whose completeness rule it applies at severity
   * ERROR or WARNING.
   *
   * @param profile the profile
   * @return the components
   */
  public static Set<Component> required(Profile profile) {
    Set<Component> required = EnumSet.noneOf(Component.class);
    for (Component component : Component.values()) {
      String id = BuiltInRules.completenessRuleId(component);
      if (profile.isEnabled(id) && profile.severity(id) != Severity.INFO) {
        required.add(component);
      }
    }
    return required;
  }

  /**
   * Returns the credits a standard earns: 2 for each required component that is complete, 1 for
   * each that is incomplete, 0 for each that is missing.
   *
   * @param components the standard's component statuses
   * @param required the required components
   * @return the credits
   */
  public static long credits(
      Map<Component, CompletenessStatus> components, Set<Component> required) {
    long credits = 0;
    for (Component component : required) {
      CompletenessStatus status = components.get(component);
      credits +=
          status == CompletenessStatus.COMPLETE
              ? 2
              : status == CompletenessStatus.INCOMPLETE ? 1 : 0;
    }
    return credits;
  }

  /**
   * Returns a score from 0 to 100: credits earned over credits possible, rounded down.
   *
   * @param credits the credits earned
   * @param maximum the credits possible
   * @return the score, 100 when nothing is possible
   */
  public static int score(long credits, long maximum) {
    return maximum == 0 ? 100 : (int) (100 * credits / maximum);
  }
}
