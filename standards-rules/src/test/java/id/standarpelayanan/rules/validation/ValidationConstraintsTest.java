package id.standarpelayanan.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.model.ImmutableFee;
import id.standarpelayanan.model.ImmutableFeeItem;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ImmutableStandardsCatalog;
import id.standarpelayanan.model.Languages;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.Rupiah;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.fixtures.KanwilAcehFixtures;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.rules.Profile;
import id.standarpelayanan.rules.Report;
import id.standarpelayanan.rules.Severity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * {@link ValidServiceStandard} and {@link ValidStandardsCatalog} in validators an application
 * builds itself: every finding at or above the threshold is a violation with the finding's message
 * at the property path of its pointer, in the interpolator's language; nothing else is.
 */
class ValidationConstraintsTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-08-01T12:00:00Z"), ZoneOffset.UTC);
  private static final ServiceStandard GOOD = KanwilAcehFixtures.legalisasiIjazah();
  private static final String ATTACK = "Biaya {sp.identifier} ${1+1} #{2+2} \\{x\\} $y \\";

  /** The sample defective standard, as a person would submit it. */
  private static final ServiceStandard DEFECTIVE = defective();

  /** The good standard with a fee item of Rp 0 whose name looks like a template. */
  private static final ServiceStandard TEMPLATE_LIKE =
      ImmutableServiceStandard.copyOf(GOOD)
          .withFee(
              ImmutableFee.builder()
                  .addItems(
                      ImmutableFeeItem.builder().setName(ATTACK).setAmount(Rupiah.of(0)).build())
                  .build());

  static final class Submission {
    @ValidServiceStandard final ServiceStandard standard;

    Submission(ServiceStandard standard) {
      this.standard = standard;
    }
  }

  static final class StrictSubmission {
    @ValidServiceStandard(failOn = Severity.INFO)
    final ServiceStandard standard;

    StrictSubmission(ServiceStandard standard) {
      this.standard = standard;
    }
  }

  static final class WarningSubmission {
    @ValidServiceStandard(failOn = Severity.WARNING)
    final ServiceStandard standard;

    WarningSubmission(ServiceStandard standard) {
      this.standard = standard;
    }
  }

  static final class ElevenPrinciples {
    @ValidServiceStandard(profile = Profile.KEMENAG_11_PRINSIP, failOn = Severity.INFO)
    final ServiceStandard standard;

    ElevenPrinciples(ServiceStandard standard) {
      this.standard = standard;
    }
  }

  static final class UnknownProfile {
    @ValidServiceStandard(profile = "uu-26-2009")
    final ServiceStandard standard;

    UnknownProfile(ServiceStandard standard) {
      this.standard = standard;
    }
  }

  static final class Publication {
    @ValidStandardsCatalog final StandardsCatalog catalog;

    Publication(StandardsCatalog catalog) {
      this.catalog = catalog;
    }
  }

  static final class Batch {
    final List<@ValidServiceStandard ServiceStandard> standards;

    Batch(List<ServiceStandard> standards) {
      this.standards = standards;
    }
  }

  @Test
  void aDefectiveStandardGivesOneViolationPerErrorAtItsPointersPath() {
    List<Finding> errors = checker(Locale.ENGLISH).check(DEFECTIVE).findings(Severity.ERROR);
    assertThat(errors).isNotEmpty();

    Set<ConstraintViolation<Submission>> violations =
        validator(Locale.ENGLISH).validate(new Submission(DEFECTIVE));

    assertThat(pathsAndMessages(violations))
        .containsExactlyInAnyOrderElementsOf(expected("standard", errors));
    assertThat(violations)
        .allSatisfy(v -> assertThat(v.getMessage()).doesNotContain("{id.standarpelayanan"));
  }

  @Test
  void pathsFollowThePointersIntoLists() {
    Set<ConstraintViolation<StrictSubmission>> violations =
        validator(Languages.INDONESIAN).validate(new StrictSubmission(TEMPLATE_LIKE));

    List<String> paths = violations.stream().map(v -> v.getPropertyPath().toString()).toList();
    assertThat(paths).contains("standard.fee.items[0].amount");
    for (ConstraintViolation<StrictSubmission> violation : violations) {
      Finding finding = finding(violation);
      assertThat(violation.getPropertyPath().toString())
          .isEqualTo(expectedPath("standard", finding.path()));
    }
  }

  @Test
  void messagesAreInTheInterpolatorsLanguage() {
    List<Finding> indonesian =
        checker(Languages.INDONESIAN).check(DEFECTIVE).findings(Severity.ERROR);

    Set<ConstraintViolation<Submission>> violations =
        validator(Languages.INDONESIAN).validate(new Submission(DEFECTIVE));

    assertThat(pathsAndMessages(violations))
        .containsExactlyInAnyOrderElementsOf(expected("standard", indonesian));
    assertThat(indonesian)
        .extracting(Finding::message)
        .doesNotContainAnyElementsOf(
            checker(Locale.ENGLISH).check(DEFECTIVE).findings(Severity.ERROR).stream()
                .map(Finding::message)
                .toList());
  }

  @Test
  void eachViolationCarriesItsFindingAsDynamicPayload() {
    List<Finding> indonesian =
        checker(Languages.INDONESIAN).check(DEFECTIVE).findings(Severity.ERROR);

    Set<ConstraintViolation<Submission>> violations =
        validator(Locale.ENGLISH).validate(new Submission(DEFECTIVE));

    // The payload is the finding in the library's default language, Indonesian; the message is in
    // the interpolator's.
    assertThat(violations)
        .extracting(v -> finding(v))
        .containsExactlyInAnyOrderElementsOf(indonesian);
    assertThat(violations)
        .allSatisfy(v -> assertThat(v.getMessage()).isEqualTo(english(finding(v)).message()));
  }

  @Test
  void aGoodStandardGivesNoViolation() {
    assertThat(checker(Locale.ENGLISH).check(GOOD).findings(Severity.ERROR)).isEmpty();
    assertThat(checker(Locale.ENGLISH).check(GOOD).findings(Severity.WARNING)).isEmpty();

    assertThat(validator(Locale.ENGLISH).validate(new Submission(GOOD))).isEmpty();
    assertThat(validator(Locale.ENGLISH).validate(new WarningSubmission(GOOD))).isEmpty();
  }

  @Test
  void findingsBelowTheThresholdGiveNoViolation() {
    List<Finding> information = checker(Locale.ENGLISH).check(GOOD).findings(Severity.INFO);
    assertThat(information).isNotEmpty();

    assertThat(validator(Locale.ENGLISH).validate(new Submission(GOOD))).isEmpty();
    assertThat(pathsAndMessages(validator(Locale.ENGLISH).validate(new StrictSubmission(GOOD))))
        .containsExactlyInAnyOrderElementsOf(expected("standard", information));
  }

  @Test
  void theThresholdCountsEverySeverityAtOrAboveIt() {
    Report report = checker(Locale.ENGLISH).check(DEFECTIVE);
    Validator validator = validator(Locale.ENGLISH);

    assertThat(validator.validate(new Submission(DEFECTIVE))).hasSize(report.count(Severity.ERROR));
    assertThat(validator.validate(new WarningSubmission(DEFECTIVE)))
        .hasSize(report.count(Severity.ERROR) + report.count(Severity.WARNING));
    assertThat(validator.validate(new StrictSubmission(DEFECTIVE)))
        .hasSize(report.findings().size());
  }

  @Test
  void theNamedProfileIsTheOneApplied() {
    Report report =
        Checker.builder()
            .profile(Profile.kemenagElevenPrinciples())
            .locale(Locale.ENGLISH)
            .clock(CLOCK)
            .build()
            .check(DEFECTIVE);

    assertThat(
            pathsAndMessages(validator(Locale.ENGLISH).validate(new ElevenPrinciples(DEFECTIVE))))
        .containsExactlyInAnyOrderElementsOf(expected("standard", report.findings()));
  }

  @Test
  void anUnknownProfileFailsClearlyAtInitialization() {
    assertThatThrownBy(() -> validator(Locale.ENGLISH).validate(new UnknownProfile(GOOD)))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(causes(e))
                    .anyMatch(
                        m ->
                            m.contains("\"uu-26-2009\"")
                                && m.contains("uu-25-2009")
                                && m.contains("kemenag-11-prinsip")));
  }

  @Test
  void nullIsValid() {
    assertThat(validator(Locale.ENGLISH).validate(new Submission(null))).isEmpty();
    assertThat(validator(Locale.ENGLISH).validate(new Publication(null))).isEmpty();
  }

  @Test
  void aCatalogueReportsItsStandardsUnderTheirIndex() {
    StandardsCatalog catalog =
        ImmutableStandardsCatalog.copyOf(KanwilAcehFixtures.catalog())
            .withStandards(List.of(GOOD, GOOD, DEFECTIVE));
    List<Finding> errors = checker(Locale.ENGLISH).check(catalog).findings(Severity.ERROR);
    assertThat(errors).isNotEmpty();

    Set<ConstraintViolation<Publication>> violations =
        validator(Locale.ENGLISH).validate(new Publication(catalog));

    assertThat(pathsAndMessages(violations))
        .containsExactlyInAnyOrderElementsOf(expected("catalog", errors));
    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString())
        .anyMatch(path -> path.startsWith("catalog.standards[2]."));
  }

  @Test
  void theSampleCatalogueGivesNoViolation() {
    assertThat(checker(Locale.ENGLISH).check(KanwilAcehFixtures.catalog()).passed()).isTrue();

    assertThat(validator(Locale.ENGLISH).validate(new Publication(KanwilAcehFixtures.catalog())))
        .isEmpty();
  }

  @Test
  void aConstraintOnListElementsReportsUnderTheElementsIndex() {
    Set<ConstraintViolation<Batch>> violations =
        validator(Locale.ENGLISH).validate(new Batch(List.of(GOOD, DEFECTIVE)));

    assertThat(violations).isNotEmpty();
    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString())
        .allMatch(path -> path.startsWith("standards[1]."));
  }

  @Test
  void textThatLooksLikeATemplateOrAnExpressionIsReportedVerbatim() {
    Finding finding = onlyItemAmount(checker(Locale.ENGLISH).check(TEMPLATE_LIKE));
    assertThat(finding.message()).contains(ATTACK);

    for (Validator validator :
        List.of(
            validator(Locale.ENGLISH),
            defaultFactoryValidator(),
            id.standarpelayanan.model.ModelValidation.validator(Locale.ENGLISH))) {
      Set<ConstraintViolation<WarningSubmission>> violations =
          validator.validate(new WarningSubmission(TEMPLATE_LIKE));
      assertThat(violations)
          .filteredOn(v -> v.getPropertyPath().toString().startsWith("standard.fee.items[0]"))
          .extracting(ConstraintViolation::getMessage)
          .containsExactly(finding.message());
    }
  }

  @Test
  void theDefaultFactoryWithAnExpressionLanguageShowsRealTexts() {
    // With an EL implementation on the class path (a test dependency here), the application's
    // default factory builds and resolves the library's messages as any other validator.
    Validator validator = defaultFactoryValidator();

    Set<ConstraintViolation<Submission>> violations = validator.validate(new Submission(DEFECTIVE));

    assertThat(violations).isNotEmpty();
    assertThat(violations)
        .allSatisfy(
            v -> {
              assertThat(v.getMessage()).doesNotContain("{id.standarpelayanan");
              assertThat(v.getMessage()).isEqualTo(english(finding(v)).message());
            });
    ServiceStandard blank = ImmutableServiceStandard.copyOf(GOOD).withName(" ");
    assertThat(validator.validate(blank))
        .extracting(ConstraintViolation::getMessage)
        .containsExactly("must not be blank");
  }

  /** The English twin of an Indonesian finding of {@link #DEFECTIVE}. */
  private static Finding english(Finding indonesian) {
    List<Finding> twins =
        checker(Locale.ENGLISH).check(DEFECTIVE).findings().stream()
            .filter(
                f ->
                    f.ruleId().equals(indonesian.ruleId())
                        && f.path().equals(indonesian.path())
                        && f.arguments().equals(indonesian.arguments()))
            .toList();
    assertThat(twins).hasSize(1);
    return twins.get(0);
  }

  @Test
  void theConstraintsMessageKeysAreInTheLibrarysBundleInBothLanguages() throws IOException {
    List<String> keys =
        List.of(
            "id.standarpelayanan.rules.validation.finding",
            unbraced(ValidServiceStandard.class),
            unbraced(ValidStandardsCatalog.class));
    for (String name :
        List.of(
            "ContributorValidationMessages.properties",
            "ContributorValidationMessages_en.properties")) {
      java.util.Properties bundle = new java.util.Properties();
      try (var in = ValidationConstraintsTest.class.getResourceAsStream("/" + name)) {
        assertThat(in).as(name).isNotNull();
        bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      }
      assertThat(bundle.stringPropertyNames()).as(name).containsAll(keys);
    }
  }

  private static String unbraced(Class<?> annotation) {
    try {
      String template = (String) annotation.getMethod("message").getDefaultValue();
      return template.substring(1, template.length() - 1);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  private static Finding onlyItemAmount(Report report) {
    List<Finding> found =
        report.findings().stream()
            .filter(f -> f.ruleId().startsWith("sp.fee.item-amount"))
            .toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static Finding finding(ConstraintViolation<?> violation) {
    Finding finding =
        ((HibernateConstraintViolation<?>) violation.unwrap(HibernateConstraintViolation.class))
            .getDynamicPayload(Finding.class);
    assertThat(finding).as("the dynamic payload of %s", violation).isNotNull();
    return finding;
  }

  private static List<String> causes(Throwable e) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = e; t != null; t = t.getCause()) {
      messages.add(String.valueOf(t.getMessage()));
    }
    return messages;
  }

  private static Checker checker(Locale locale) {
    return Checker.builder().locale(locale).clock(CLOCK).build();
  }

  private static Validator validator(Locale locale) {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .clockProvider(() -> CLOCK)
        .messageInterpolator(
            new ParameterMessageInterpolator(Set.of(locale), locale, context -> locale, false))
        .buildValidatorFactory()
        .getValidator();
  }

  private static Validator defaultFactoryValidator() {
    assertThat(Locale.getDefault().getLanguage()).isEqualTo("en");
    return Validation.byDefaultProvider()
        .configure()
        .clockProvider(() -> CLOCK)
        .buildValidatorFactory()
        .getValidator();
  }

  private static <T> List<String> pathsAndMessages(Set<ConstraintViolation<T>> violations) {
    return violations.stream()
        .map(v -> v.getPropertyPath() + " " + v.getMessage())
        .collect(Collectors.toList());
  }

  private static List<String> expected(String root, List<Finding> findings) {
    return findings.stream()
        .map(f -> expectedPath(root, f.path()) + " " + f.message())
        .collect(Collectors.toList());
  }

  /** A pointer as Bean Validation prints the path: {@code root.requirements[2].description}. */
  private static String expectedPath(String root, Pointer pointer) {
    StringBuilder path = new StringBuilder(root);
    for (String token : pointer.tokens()) {
      if (Pointer.isIndex(token)) {
        path.append('[').append(token).append(']');
      } else {
        path.append('.').append(token);
      }
    }
    return path.toString();
  }

  private static ServiceStandard defective() {
    try {
      return StandardsJson.builder()
          .build()
          .readStandard(Path.of("..", "examples", "data", "legalisasi-ijazah-bermasalah.json"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
