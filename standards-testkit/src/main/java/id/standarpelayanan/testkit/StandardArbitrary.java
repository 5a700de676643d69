package id.standarpelayanan.testkit;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.testkit.internal.CompleteStandards;
import id.standarpelayanan.testkit.internal.Defects;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.apiguardian.api.API;

/**
 * An arbitrary of complete service standards, tailored: chosen components removed and chosen {@link
 * Defect}s applied. Immutable: every method returns a new arbitrary.
 *
 * <p>Example: {@code PublishedTableProperties} in the {@code examples} module ({@code
 * examples/src/test/java/id/standarpelayanan/examples/PublishedTableProperties.java}), property
 * tests that take tailored standards from a {@code @Provide} method and from a {@link
 * TailoredSupplier}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class StandardArbitrary extends ArbitraryDecorator<ServiceStandard> {

  private final Set<Component> missing;
  private final Set<Defect> defects;
  private final LocalDate asOf;

  StandardArbitrary(Set<Component> missing, Set<Defect> defects, LocalDate asOf) {
    this.missing = Collections.unmodifiableSet(copy(missing, Component.class));
    this.defects = Collections.unmodifiableSet(copy(defects, Defect.class));
    this.asOf = asOf;
  }

  private static <E extends Enum<E>> EnumSet<E> copy(Set<E> set, Class<E> type) {
    EnumSet<E> result = EnumSet.noneOf(type);
    result.addAll(set);
    return result;
  }

  /**
   * Removes components: the standards will state nothing for them.
   *
   * @param components the components to leave out
   * @return a new arbitrary
   */
  public StandardArbitrary without(Component... components) {
    Objects.requireNonNull(components, "components");
    EnumSet<Component> more = copy(missing, Component.class);
    for (Component component : components) {
      more.add(Objects.requireNonNull(component, "component"));
    }
    return new StandardArbitrary(more, defects, asOf);
  }

  /**
   * Adds defects. Apply defects to components you have not removed.
   *
   * @param added the defects
   * @return a new arbitrary
   */
  public StandardArbitrary with(Defect... added) {
    Objects.requireNonNull(added, "added");
    EnumSet<Defect> more = copy(defects, Defect.class);
    for (Defect defect : added) {
      more.add(Objects.requireNonNull(defect, "defect"));
    }
    return new StandardArbitrary(missing, more, asOf);
  }

  /**
   * Sets the day the standards are judged on (the rule engine's clock), for dated defects such as
   * {@link Defect#FUTURE_LEGAL_REFERENCE}. Defaults to {@link StandardsArbitraries#REFERENCE_DATE}.
   *
   * @param day the reference day
   * @return a new arbitrary
   */
  public StandardArbitrary asOf(LocalDate day) {
    return new StandardArbitrary(missing, defects, Objects.requireNonNull(day, "day"));
  }

  /**
   * Returns the components this arbitrary leaves out.
   *
   * @return the components
   */
  public Set<Component> missing() {
    return missing;
  }

  /**
   * Returns the defects this arbitrary applies.
   *
   * @return the defects
   */
  public Set<Defect> defects() {
    return defects;
  }

  @Override
  protected Arbitrary<ServiceStandard> arbitrary() {
    return CompleteStandards.standards(asOf)
        .map(
            standard -> {
              ServiceStandard result = standard;
              for (Defect defect : defects) {
                result = Defects.apply(result, defect, asOf);
              }
              for (Component component : missing) {
                result = Defects.without(result, component);
              }
              return result;
            });
  }

  /**
   * Supplies tailored complete standards to a parameter: extend it, say how to tailor {@link
   * StandardsArbitraries#standards()}, and name the class in {@code @ForAll(supplier = ...)}. jqwik
   * creates the subclass through its no-argument constructor, which may be private, as may the
   * subclass itself. Example: {@code PublishedTableProperties} in the {@code examples} module (see
   * the class's Javadoc).
   */
  public abstract static class TailoredSupplier implements ArbitrarySupplier<ServiceStandard> {

    /** For subclasses. */
    protected TailoredSupplier() {}

    /**
     * Tailors the complete standards.
     *
     * @param standards complete standards, nothing removed or broken, judged on {@link
     *     StandardsArbitraries#REFERENCE_DATE}
     * @return the arbitrary to supply
     */
    protected abstract StandardArbitrary tailor(StandardArbitrary standards);

    @Override
    public final Arbitrary<ServiceStandard> get() {
      return Objects.requireNonNull(tailor(StandardsArbitraries.standards()), "tailor(standards)");
    }
  }
}
