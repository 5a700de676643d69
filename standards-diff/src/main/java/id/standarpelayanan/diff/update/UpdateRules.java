package id.standarpelayanan.diff.update;

import id.standarpelayanan.diff.update.internal.BurdenWithoutConsultation;
import id.standarpelayanan.rules.Profile;
import id.standarpelayanan.rules.Rule;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The update rules of {@code standards-diff} (aturan pembaruan), which judge a change between two
 * versions by what the comparison ({@link id.standarpelayanan.diff.Differ}) finds. Add them to a
 * profile and give the checker the previous version:
 *
 * <pre>{@code
 * Profile profile = UpdateRules.addTo(Profile.law25Of2009().toBuilder()).build();
 * Checker checker = Checker.builder().profile(profile).build();
 * Report report = checker.check(current, previous);
 * }</pre>
 *
 * <p>They are also listed in this module's {@code META-INF/services/id.standarpelayanan.rules.Rule}
 * (and {@code provides} in its module descriptor), so that {@code
 * Profile.Builder.discoverRules(ClassLoader)} (and the Spring Boot starter's {@code
 * standards.discover-rules}) finds them as it finds a user's rules. Use one way or the other: a
 * profile refuses two rules with one id. Without a previous version they stay quiet, so adding them
 * changes no check of a single version.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class UpdateRules {

  /**
   * The id of the rule on changes that burden the public (requirement added or made mandatory, time
   * longer, fee introduced or raised, channel, facility or served vulnerable group removed, service
   * hours shortened) without a public consultation held after the previous version took effect (UU
   * 25/2009 art. 20; PermenPANRB 15/2014): {@value}.
   */
  public static final String BURDEN_WITHOUT_CONSULTATION = "sp.update.burden-without-consultation";

  private UpdateRules() {}

  /**
   * Returns new instances of the module's update rules.
   *
   * @return the rules, in a fixed order
   */
  public static List<Rule> all() {
    return List.of(new BurdenWithoutConsultation());
  }

  /**
   * Adds the module's update rules to a profile under construction.
   *
   * @param builder the profile's builder
   * @return {@code builder}, for chaining
   * @throws NullPointerException if {@code builder} is null
   */
  public static Profile.Builder addTo(Profile.Builder builder) {
    Objects.requireNonNull(builder, "builder");
    return builder.addRules(all());
  }
}
