package id.standarpelayanan.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The eleven principles (prinsip) through which Kanwil Kemenag Provinsi Aceh presents a service
 * standard (technical meeting on updating its standards, 24 July 2024), each mapped to the {@link
 * Component}s it covers.
 *
 * <p>The mapping is data, fixed here. Every component but {@link Component#FEE fee/tariff} is
 * reached by exactly one principle: the seed does not name fee, although the law requires the
 * component (most Kemenag services are free, and "free" must still be stated).
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum Principle implements Labelled {
  /** 1. Legal basis and requirements, technical and administrative. */
  LEGAL_BASIS_AND_REQUIREMENTS(Component.LEGAL_BASIS, Component.REQUIREMENTS),
  /** 2. System, mechanism and procedure, including complaints. */
  PROCEDURE(Component.PROCEDURE),
  /** 3. Completion time for the whole process of each service. */
  COMPLETION_TIME(Component.COMPLETION_TIME),
  /** 4. Output or product received as set out. */
  PRODUCT(Component.PRODUCTS),
  /** 5. Facilities and infrastructure, including for vulnerable groups. */
  FACILITIES(Component.FACILITIES),
  /** 6. Implementer competence: knowledge, expertise, skill, experience. */
  COMPETENCE(Component.COMPETENCE),
  /** 7. Internal supervision by the unit head or the direct superior. */
  INTERNAL_SUPERVISION(Component.INTERNAL_SUPERVISION),
  /** 8. Handling of complaints, suggestions and feedback, with follow-up. */
  COMPLAINT_HANDLING(Component.COMPLAINT_HANDLING),
  /** 9. Number of implementers according to the workload. */
  STAFFING(Component.STAFFING),
  /** 10. Service guarantee: certainty that the service follows the standard. */
  SERVICE_GUARANTEE(Component.SERVICE_GUARANTEE),
  /** 11. Security and safety guarantee, and evaluation of implementers' performance. */
  SECURITY_SAFETY_AND_EVALUATION(Component.SECURITY_AND_SAFETY, Component.PERFORMANCE_EVALUATION);

  private final Set<Component> components;

  Principle(Component first, Component... rest) {
    this.components = Collections.unmodifiableSet(EnumSet.of(first, rest));
  }

  /**
   * Returns the principle's number in the seed's list.
   *
   * @return 1 to 11
   */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * Returns the components this principle covers, in statutory order.
   *
   * @return an unmodifiable, non-empty set
   */
  public Set<Component> components() {
    return components;
  }

  /**
   * Returns the principle that covers a component.
   *
   * @param component the component
   * @return the principle, or empty for {@link Component#FEE}, which the seed does not name
   */
  public static Optional<Principle> covering(Component component) {
    Objects.requireNonNull(component, "component");
    for (Principle principle : values()) {
      if (principle.components.contains(component)) {
        return Optional.of(principle);
      }
    }
    return Optional.empty();
  }
}
