package id.standarpelayanan.testkit;

import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.testkit.internal.Catalogues;
import id.standarpelayanan.testkit.internal.CompleteStandards;
import id.standarpelayanan.testkit.internal.Drafts;
import id.standarpelayanan.testkit.internal.ModelTypes;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import org.apiguardian.api.API;

/**
 * The entry point of the testkit: jqwik arbitraries for every type of the standar-pelayanan model.
 *
 * <p>Two families:
 *
 * <ul>
 *   <li><b>complete</b> ({@link #serviceStandards()}, {@link #catalogs()}, {@link #standards()}):
 *       every component filled with realistic Indonesian content and consistent (steps fit the
 *       completion time, actors are staff roles, the last step yields a product, branches lead to
 *       steps that exist, staff can handle the demand…), so each passes the rule engine's default
 *       profile and Bean Validation when judged on {@link #REFERENCE_DATE}; they always have an id
 *       and a name, and carry the parts of wire format 1.1 no rule judges (service hours,
 *       publications, channel access, a time extension…); {@link #standards()} tailors them with
 *       missing components and {@link Defect}s.
 *   <li><b>draft</b> ({@link #draftStandards()}, {@link #draftCatalogs()} and {@link #of(Class)}
 *       for the component types): every field and optional part present or absent independently
 *       (the id and the name too), every enum constant, Unicode text (Indonesian, Acehnese, Arabic
 *       script, XML-special characters), zero and large amounts — structurally valid but not
 *       necessarily complete: for codecs, storage and forms.
 * </ul>
 *
 * <p>The same arbitraries are registered as jqwik defaults: {@code @ForAll ServiceStandard} is
 * {@link #serviceStandards()}, {@code @ForAll StandardsCatalog} is {@link #catalogs()}, and every
 * other model type gets its arbitrary from {@link #of(Class)}. Every generator is built from jqwik
 * combinators, so counter-examples shrink to small, readable standards.
 *
 * <p>Each family is also an {@link ArbitrarySupplier}, for a parameter that names its source:
 * {@code @ForAll(supplier = StandardsArbitraries.DraftStandards.class) ServiceStandard draft}
 * ({@link ServiceStandards}, {@link Catalogs}, {@link DraftStandards}, {@link DraftCatalogs}; for
 * tailored standards, {@link StandardArbitrary.TailoredSupplier}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class StandardsArbitraries {

  /**
   * The day generated catalogues are valid on: decrees, consultations and evaluations are dated
   * relative to it. Check generated catalogues with a clock at this day, or use {@link
   * #catalogs(LocalDate)}.
   */
  public static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 8, 1);

  private StandardsArbitraries() {}

  /**
   * Returns complete standards that pass the default profile.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ServiceStandard> serviceStandards() {
    return CompleteStandards.standards(REFERENCE_DATE);
  }

  /**
   * Returns a tailorable arbitrary of complete standards: remove components with {@code without},
   * break them with {@code with(Defect...)}.
   *
   * @return the arbitrary, with nothing removed or broken yet
   */
  public static StandardArbitrary standards() {
    return new StandardArbitrary(Set.of(), Set.of(), REFERENCE_DATE);
  }

  /**
   * Returns complete catalogues of one to four complete standards, valid on {@link
   * #REFERENCE_DATE}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<StandardsCatalog> catalogs() {
    return catalogs(REFERENCE_DATE);
  }

  /**
   * Returns complete catalogues valid on a given day.
   *
   * @param asOf the day the catalogues are checked on
   * @return the arbitrary
   */
  public static Arbitrary<StandardsCatalog> catalogs(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return Catalogues.complete(asOf, CompleteStandards.standards(asOf));
  }

  /**
   * Returns complete catalogues whose standards come from a given arbitrary, e.g. {@code
   * standards().with(Defect.VAGUE_FEE)}.
   *
   * @param standards the standards to hold
   * @return the arbitrary
   */
  public static Arbitrary<StandardsCatalog> catalogsOf(Arbitrary<ServiceStandard> standards) {
    return Catalogues.complete(REFERENCE_DATE, Objects.requireNonNull(standards, "standards"));
  }

  /**
   * Returns standards whose every component and optional part is present or absent independently:
   * structurally valid, not necessarily complete.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ServiceStandard> draftStandards() {
    return Drafts.standards(REFERENCE_DATE);
  }

  /**
   * Returns catalogues of every status whose every part is present or absent independently.
   *
   * @return the arbitrary
   */
  public static Arbitrary<StandardsCatalog> draftCatalogs() {
    return Catalogues.drafts(REFERENCE_DATE);
  }

  /**
   * Returns the arbitrary for any type of the model: {@code of(Requirement.class)}, {@code
   * of(TimeSpan.class)}… Complete standards and catalogues for {@link ServiceStandard} and {@link
   * StandardsCatalog}; draft-style values (optional parts present or absent) for the component
   * types; realistic, consistent values for the catalogue parts.
   *
   * @param type a model type, one of {@link #types()}
   * @param <T> the type
   * @return the arbitrary
   * @throws IllegalArgumentException if the type is not a model type
   */
  public static <T> Arbitrary<T> of(Class<T> type) {
    Objects.requireNonNull(type, "type");
    Supplier<Arbitrary<?>> supplier = ModelTypes.arbitraries(REFERENCE_DATE).get(type);
    if (supplier == null) {
      throw new IllegalArgumentException(
          "not a model type: " + type.getName() + "; supported: " + types());
    }
    @SuppressWarnings("unchecked")
    Arbitrary<T> arbitrary = (Arbitrary<T>) supplier.get();
    return arbitrary;
  }

  /**
   * Returns the model types {@link #of(Class)} and the jqwik default providers support.
   *
   * @return the types
   */
  public static Set<Class<?>> types() {
    return ModelTypes.arbitraries(REFERENCE_DATE).keySet();
  }

  /**
   * Supplies {@link #serviceStandards()}: {@code @ForAll(supplier =
   * StandardsArbitraries.ServiceStandards.class) ServiceStandard standard}.
   */
  public static final class ServiceStandards implements ArbitrarySupplier<ServiceStandard> {

    /** Creates the supplier; jqwik does so for each property that names it. */
    public ServiceStandards() {}

    @Override
    public Arbitrary<ServiceStandard> get() {
      return serviceStandards();
    }
  }

  /**
   * Supplies {@link #catalogs()}: {@code @ForAll(supplier = StandardsArbitraries.Catalogs.class)
   * StandardsCatalog catalog}.
   */
  public static final class Catalogs implements ArbitrarySupplier<StandardsCatalog> {

    /** Creates the supplier; jqwik does so for each property that names it. */
    public Catalogs() {}

    @Override
    public Arbitrary<StandardsCatalog> get() {
      return catalogs();
    }
  }

  /**
   * Supplies {@link #draftStandards()}: {@code @ForAll(supplier =
   * StandardsArbitraries.DraftStandards.class) ServiceStandard draft}.
   */
  public static final class DraftStandards implements ArbitrarySupplier<ServiceStandard> {

    /** Creates the supplier; jqwik does so for each property that names it. */
    public DraftStandards() {}

    @Override
    public Arbitrary<ServiceStandard> get() {
      return draftStandards();
    }
  }

  /**
   * Supplies {@link #draftCatalogs()}: {@code @ForAll(supplier =
   * StandardsArbitraries.DraftCatalogs.class) StandardsCatalog draft}.
   */
  public static final class DraftCatalogs implements ArbitrarySupplier<StandardsCatalog> {

    /** Creates the supplier; jqwik does so for each property that names it. */
    public DraftCatalogs() {}

    @Override
    public Arbitrary<StandardsCatalog> get() {
      return draftCatalogs();
    }
  }
}
