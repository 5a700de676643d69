package id.standarpelayanan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.model.fixtures.KanwilAcehFixtures;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.ElementDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The model's messages resolve in a validator the application builds itself, not only in {@link
 * ModelValidation}'s: they ship as {@code ContributorValidationMessages} bundles at the root of the
 * model's jar, which Hibernate Validator reads in every factory.
 */
class ApplicationValidatorTest {

  private static final String BASE = "ContributorValidationMessages";

  /** One violation of each kind of constraint the model uses, on one standard. */
  private static final ServiceStandard DEFECTIVE =
      ImmutableServiceStandard.copyOf(KanwilAcehFixtures.legalisasiIjazah())
          .withName(" ")
          .withId("bukan id")
          .withDescription("x".repeat(TextLimits.TEXT + 1))
          .withUnit("Sub\u0001bagian")
          .withStaffing(ImmutableStaffing.builder().setImplementerCount(0).build());

  @Test
  void applicationValidatorWithParameterInterpolationShowsEnglishTexts() {
    Validator validator = applicationValidator(Locale.ENGLISH);

    Map<String, String> messages = messagesByPath(validator.validate(DEFECTIVE));

    assertThat(messages)
        .containsEntry("name", "must not be blank")
        .containsEntry(
            "id",
            "must start with a letter or digit and contain only letters, digits, dots,"
                + " underscores or hyphens, at most 64 characters")
        .containsEntry("description", "must be at most 5000 characters long")
        .containsEntry(
            "unit", "contains the character U+0001 at position 4, which XML 1.0 cannot carry")
        .containsEntry("staffing.implementerCount", "must be greater than 0");
    assertThat(messages.values()).noneMatch(text -> text.contains("{") || text.contains("}"));
  }

  @Test
  void applicationValidatorWithParameterInterpolationShowsIndonesianTextsOnAnEnglishMachine() {
    assertThat(Locale.getDefault().getLanguage()).isEqualTo("en");
    Validator validator = applicationValidator(Languages.INDONESIAN);

    Map<String, String> messages = messagesByPath(validator.validate(DEFECTIVE));

    assertThat(messages)
        .containsEntry("name", "tidak boleh kosong")
        .containsEntry("description", "paling banyak 5000 karakter")
        .containsEntry("staffing.implementerCount", "harus lebih besar dari 0");
    assertThat(messages.values()).noneMatch(text -> text.contains("{") || text.contains("}"));
  }

  @Test
  void applicationValidatorAgreesWithModelValidationInBothLanguages() {
    for (Locale locale : new Locale[] {Languages.INDONESIAN, Locale.ENGLISH}) {
      assertThat(messagesByPath(applicationValidator(locale).validate(DEFECTIVE)))
          .isEqualTo(messagesByPath(ModelValidation.validator(locale).validate(DEFECTIVE)))
          .hasSize(5);
    }
  }

  @Test
  void everyMessageKeyTheModelUsesIsInBothBundlesAndNamespaced() throws IOException {
    Properties indonesian = load(BASE + ".properties");
    Properties english = load(BASE + "_en.properties");

    Set<String> templates = templatesOf(StandardsCatalog.class);

    assertThat(templates).hasSizeGreaterThanOrEqualTo(8);
    for (String template : templates) {
      assertThat(template).startsWith("{id.standarpelayanan.model.").endsWith("}");
      String key = template.substring(1, template.length() - 1);
      assertThat(indonesian).containsKey(key);
      assertThat(english).containsKey(key);
    }
    assertThat(indonesian.keySet()).isEqualTo(english.keySet());
    // The _id bundle only stops the fallback to the machine's default locale: the texts are the
    // base bundle's, held once.
    assertThat(load(BASE + "_id.properties")).isEmpty();
    assertThat(indonesian.stringPropertyNames())
        .allMatch(k -> k.startsWith("id.standarpelayanan."));
  }

  @Test
  void noBundleHoldsAnExpression() throws IOException {
    for (String name : new String[] {BASE + ".properties", BASE + "_en.properties"}) {
      Properties bundle = load(name);
      assertThat(bundle).isNotEmpty();
      assertThat(bundle.values())
          .as(name)
          .allSatisfy(text -> assertThat((String) text).doesNotContain("${").doesNotContain("#{"));
    }
  }

  @Test
  void defaultFactoryNeedsAnExpressionLanguageImplementationWhichTheModelDoesNotBring() {
    // What the README tells applications: add an EL implementation, or configure
    // ParameterMessageInterpolator as above.
    assertThatThrownBy(Validation::buildDefaultValidatorFactory)
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("HV000183");
  }

  private static Validator applicationValidator(Locale locale) {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(
            new ParameterMessageInterpolator(Set.of(locale), locale, context -> locale, false))
        .buildValidatorFactory()
        .getValidator();
  }

  private static <T> Map<String, String> messagesByPath(Set<ConstraintViolation<T>> violations) {
    return violations.stream()
        .collect(
            Collectors.toMap(
                v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage,
                (a, b) -> a + " | " + b,
                TreeMap::new));
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ApplicationValidatorTest.class.getResourceAsStream("/" + name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  /** The message templates of every constraint reachable from {@code root} through cascades. */
  private static Set<String> templatesOf(Class<?> root) {
    Validator validator = ModelValidation.validator();
    Set<String> templates = new TreeSet<>();
    Set<Class<?>> seen = new HashSet<>();
    Deque<Class<?>> pending = new ArrayDeque<>();
    pending.add(root);
    while (!pending.isEmpty()) {
      Class<?> type = pending.poll();
      if (!seen.add(type)) {
        continue;
      }
      BeanDescriptor bean = validator.getConstraintsForClass(type);
      collect(bean, templates);
      for (PropertyDescriptor property : bean.getConstrainedProperties()) {
        collect(property, templates);
        if (property.isCascaded()) {
          pending.add(property.getElementClass());
        }
        for (ContainerElementTypeDescriptor element :
            property.getConstrainedContainerElementTypes()) {
          collect(element, templates);
          if (element.isCascaded()) {
            pending.add(element.getElementClass());
          }
        }
      }
    }
    return templates;
  }

  private static void collect(ElementDescriptor element, Set<String> templates) {
    for (ConstraintDescriptor<?> constraint : element.getConstraintDescriptors()) {
      templates.add(constraint.getMessageTemplate());
    }
  }
}
