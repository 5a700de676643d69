package id.standarpelayanan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.model.fixtures.KanwilAcehFixtures;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelValidationTest {

  private static final ServiceStandard BLANK_NAME =
      ImmutableServiceStandard.copyOf(KanwilAcehFixtures.legalisasiIjazah()).withName(" ");

  @Test
  void messagesAreIndonesianByDefaultEvenOnAnEnglishMachine() {
    assertThat(Locale.getDefault().getLanguage()).isEqualTo("en");

    assertThat(messageOf(ModelValidation.validator().validate(BLANK_NAME)))
        .isEqualTo("tidak boleh kosong");
    assertThat(
            messageOf(
                ModelValidation.validator(Locale.forLanguageTag("id-ID")).validate(BLANK_NAME)))
        .isEqualTo("tidak boleh kosong");
  }

  @Test
  void messagesAreEnglishForAnyEnglishLocale() {
    assertThat(messageOf(ModelValidation.validator(Locale.UK).validate(BLANK_NAME)))
        .isEqualTo("must not be blank");
    assertThat(messageOf(ModelValidation.validator(Locale.US).validate(BLANK_NAME)))
        .isEqualTo("must not be blank");
  }

  @Test
  void unsupportedLanguagesGetIndonesian() {
    assertThat(messageOf(ModelValidation.validator(Locale.GERMAN).validate(BLANK_NAME)))
        .isEqualTo("tidak boleh kosong");
  }

  @Test
  void parametersAreInterpolated() {
    ServiceStandard longName =
        ImmutableServiceStandard.copyOf(BLANK_NAME).withName("x".repeat(TextLimits.NAME + 1));

    assertThat(messageOf(ModelValidation.validator().validate(longName)))
        .isEqualTo("paling banyak 500 karakter");
    assertThat(messageOf(ModelValidation.validator(Locale.ENGLISH).validate(longName)))
        .isEqualTo("must be at most 500 characters long");
  }

  @Test
  void failFastIsOffSoEveryViolationIsReported() {
    ServiceStandard twoBroken = ImmutableServiceStandard.copyOf(BLANK_NAME).withId("bukan id");

    assertThat(ModelValidation.validator().validate(twoBroken))
        .extracting(v -> ModelValidation.jsonPointer(v.getPropertyPath()).toString())
        .containsExactlyInAnyOrder("/name", "/id");
  }

  @Test
  void validatorsAreSharedPerLanguage() {
    assertThat(ModelValidation.validator(Locale.UK)).isSameAs(ModelValidation.validator(Locale.US));
  }

  // --- No text is ever evaluated as an expression -------------------------------------------

  /** A test constraint whose violation message is built from the validated (user) text. */
  @Target({ElementType.TYPE_USE, ElementType.FIELD})
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = EchoValidator.class)
  @interface Echo {
    String message() default
        "nilai ${validatedValue} ditolak; {jakarta.validation.constraints.Pattern.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** Puts the user's text into a violation template, the classic injection route. */
  public static final class EchoValidator implements ConstraintValidator<Echo, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(value).addConstraintViolation();
      return false;
    }
  }

  record EchoBean(@Echo String text) {}

  /** A built-in constraint whose message template asks for expressions and a parameter. */
  record TemplateBean(
      @jakarta.validation.constraints.Size(
              max = 2,
              message = "nilai ${validatedValue} ${1+1} melebihi {max}")
          String text) {}

  @ParameterizedTest
  @ValueSource(
      strings = {"${1+1}", "${''.getClass().forName('java.lang.Runtime')}", "#{1+1}", "$\\{1+1}"})
  void userTextInAViolationTemplateIsNotEvaluated(String attack) {
    Set<ConstraintViolation<EchoBean>> violations =
        ModelValidation.validator().validate(new EchoBean(attack));

    assertThat(messageOf(violations)).isEqualTo(attack);
  }

  @Test
  void expressionsInMessageTemplatesAreLeftVerbatimWhileParametersAreFilled() {
    Set<ConstraintViolation<TemplateBean>> violations =
        ModelValidation.validator().validate(new TemplateBean("terlalu panjang"));

    assertThat(messageOf(violations)).isEqualTo("nilai ${validatedValue} ${1+1} melebihi 2");
  }

  @Test
  void noExpressionLanguageImplementationIsOnTheClasspath() {
    assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void jsonPointerEscapesTildeAndSlashInMapKeys() {
    ServiceStandard odd =
        ImmutableServiceStandard.copyOf(BLANK_NAME)
            .withName("Nama")
            .withExtensions(java.util.Map.of("a/b~c", "v"));

    assertThat(ModelValidation.validator().validate(odd))
        .extracting(v -> ModelValidation.jsonPointer(v.getPropertyPath()).toString())
        .containsExactly("/extensions/a~1b~0c");
  }

  private static <T> String messageOf(Set<ConstraintViolation<T>> violations) {
    assertThat(violations).hasSize(1);
    return violations.stream().map(ConstraintViolation::getMessage).collect(Collectors.joining());
  }
}
