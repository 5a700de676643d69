package id.standarpelayanan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The fourteen components (komponen) of a service standard, in the order of UU 25/2009 art. 21.
 *
 * <p>Each constant knows its statutory number (1–14) and its {@link ComponentGroup} under
 * PermenPANRB 15/2014.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum Component implements Labelled {
  /** 1. Legal basis (dasar hukum). */
  LEGAL_BASIS(1, ComponentGroup.SERVICE_MANAGEMENT, "legalBasis"),
  /** 2. Requirements (persyaratan), administrative and technical. */
  REQUIREMENTS(2, ComponentGroup.SERVICE_DELIVERY, "requirements"),
  /** 3. System, mechanism and procedure (sistem, mekanisme, dan prosedur). */
  PROCEDURE(3, ComponentGroup.SERVICE_DELIVERY, "procedure"),
  /** 4. Completion time (jangka waktu penyelesaian). */
  COMPLETION_TIME(4, ComponentGroup.SERVICE_DELIVERY, "completionTime"),
  /** 5. Fee or tariff (biaya/tarif). */
  FEE(5, ComponentGroup.SERVICE_DELIVERY, "fee"),
  /** 6. Service product (produk pelayanan). */
  PRODUCTS(6, ComponentGroup.SERVICE_DELIVERY, "products"),
  /** 7. Facilities and infrastructure (sarana, prasarana, dan/atau fasilitas). */
  FACILITIES(7, ComponentGroup.SERVICE_MANAGEMENT, "facilities"),
  /** 8. Implementer competence (kompetensi pelaksana). */
  COMPETENCE(8, ComponentGroup.SERVICE_MANAGEMENT, "competencies"),
  /** 9. Internal supervision (pengawasan internal). */
  INTERNAL_SUPERVISION(9, ComponentGroup.SERVICE_MANAGEMENT, "internalSupervision"),
  /**
   * 10. Handling of complaints, suggestions and feedback (penanganan pengaduan, saran, dan
   * masukan).
   */
  COMPLAINT_HANDLING(10, ComponentGroup.SERVICE_DELIVERY, "complaintHandling"),
  /** 11. Number of implementers (jumlah pelaksana). */
  STAFFING(11, ComponentGroup.SERVICE_MANAGEMENT, "staffing"),
  /** 12. Service guarantee (jaminan pelayanan). */
  SERVICE_GUARANTEE(12, ComponentGroup.SERVICE_MANAGEMENT, "serviceGuarantee"),
  /** 13. Security and safety guarantee (jaminan keamanan dan keselamatan pelayanan). */
  SECURITY_AND_SAFETY(13, ComponentGroup.SERVICE_MANAGEMENT, "securityAndSafety"),
  /** 14. Performance evaluation of implementers (evaluasi kinerja pelaksana). */
  PERFORMANCE_EVALUATION(14, ComponentGroup.SERVICE_MANAGEMENT, "performanceEvaluation");

  private final int number;
  private final ComponentGroup group;
  private final String property;

  Component(int number, ComponentGroup group, String property) {
    this.number = number;
    this.group = group;
    this.property = property;
  }

  /**
   * Returns the component's number in UU 25/2009 art. 21.
   *
   * @return 1 to 14
   */
  public int number() {
    return number;
  }

  /**
   * Returns the group the component belongs to under PermenPANRB 15/2014.
   *
   * @return the group
   */
  public ComponentGroup group() {
    return group;
  }

  /**
   * Returns the name of the {@link ServiceStandard} property that holds the component, which is
   * also its JSON field and the first token of its JSON Pointer in a standard ({@code
   * /competencies}).
   *
   * @return the property name, e.g. {@code "competencies"} for {@link #COMPETENCE}
   */
  public String property() {
    return property;
  }

  /**
   * Returns the component held by a {@link ServiceStandard} property.
   *
   * @param property a property name, e.g. {@code "fee"}
   * @return the component, or empty if the property holds none (e.g. {@code "name"})
   */
  public static Optional<Component> ofProperty(String property) {
    Objects.requireNonNull(property, "property");
    for (Component component : values()) {
      if (component.property.equals(property)) {
        return Optional.of(component);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the components of one group, in statutory order.
   *
   * @param group the group
   * @return an unmodifiable set in statutory order
   */
  public static Set<Component> inGroup(ComponentGroup group) {
    Objects.requireNonNull(group, "group");
    EnumSet<Component> result = EnumSet.noneOf(Component.class);
    Arrays.stream(values()).filter(c -> c.group == group).forEach(result::add);
    return Collections.unmodifiableSet(result);
  }
}
