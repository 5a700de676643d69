package id.standarpelayanan.model;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.constraints.XmlCharacters;
import id.standarpelayanan.model.fixtures.KanwilAcehFixtures;
import id.standarpelayanan.model.internal.ConstraintPlans;
import id.standarpelayanan.model.internal.FastPathValidator;
import id.standarpelayanan.model.internal.text.XmlCharactersValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link XmlCharacters}: every text of the model refuses what XML 1.0 cannot carry, names the
 * character as U+XXXX with its position, and the fast path agrees with Hibernate Validator.
 */
class XmlCharactersTest {

  private static final ServiceStandard STANDARD = KanwilAcehFixtures.legalisasiIjazah();
  private static final Validator HIBERNATE =
      ModelValidation.validator().unwrap(FastPathValidator.class).delegate();
  private static final ConstraintPlans PLANS =
      ModelValidation.validator().unwrap(FastPathValidator.class).plans();

  private static ServiceStandard named(String name) {
    return ImmutableServiceStandard.copyOf(STANDARD).withName(name);
  }

  @ParameterizedTest(name = "{1} at {2}")
  @CsvSource({
    "'a\u0000b', U+0000, 2",
    "'\u0001', U+0001, 1",
    "'ab\u001F', U+001F, 3",
    "'a\u000Bb', U+000B, 2",
    "'a\uFFFE', U+FFFE, 2",
    "'\uFFFF', U+FFFF, 1",
  })
  void refusesControlCharactersAndNonCharactersNamingThemWithTheirPosition(
      String name, String character, int position) {
    assertRefused(name, character, position);
  }

  @Test
  void refusesLoneSurrogatesCountingPositionsInCharacters() {
    assertRefused("a\uD800", "U+D800", 2);
    assertRefused("\uD800x", "U+D800", 1);
    assertRefused("x\uDC00", "U+DC00", 2);
    assertRefused("\uDC00\uD800", "U+DC00", 1);
    // A pair before counts as one character.
    assertRefused("\uD83D\uDE00\uD83D", "U+D83D", 2);
  }

  private static void assertRefused(String name, String character, int position) {
    List<ConstraintViolation<ServiceStandard>> violations =
        List.copyOf(ModelValidation.validator().validate(named(name)));
    assertThat(violations).hasSize(1);
    ConstraintViolation<ServiceStandard> violation = violations.get(0);
    assertThat(violation.getConstraintDescriptor().getAnnotation())
        .isInstanceOf(XmlCharacters.class);
    assertThat(ModelValidation.jsonPointer(violation.getPropertyPath()).toString())
        .isEqualTo("/name");
    assertThat(violation.getMessage())
        .isEqualTo(
            "berisi karakter "
                + character
                + " pada posisi "
                + position
                + " yang tidak dapat dimuat XML 1.0");
    assertThat(messageOf(ModelValidation.validator(Locale.ENGLISH).validate(named(name))))
        .isEqualTo(
            "contains the character "
                + character
                + " at position "
                + position
                + ", which XML 1.0 cannot carry");
    assertThat(PLANS.valid(named(name))).isFalse();
    // unwrap answers the raw type; as a wildcard type its methods are called without warnings.
    org.hibernate.validator.engine.HibernateConstraintViolation<?> hibernate =
        violation.unwrap(org.hibernate.validator.engine.HibernateConstraintViolation.class);
    Object payload = hibernate.getDynamicPayload(Object.class);
    assertThat(payload).as("the values as data").isEqualTo(List.of(character, position));
  }

  private static String messageOf(java.util.Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream()
        .map(ConstraintViolation::getMessage)
        .collect(Collectors.joining("|"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tab\there",
        "line\nfeed",
        "carriage\rreturn",
        "delete\u007F",
        "c1\u0080\u0085\u009F",
        "replacement\uFFFD",
        "bmp end\uFFFD\uFFFC",
        "pair \uD83D\uDE00",
        "private\uE000",
        "supplementary \uDBFF\uDFFF"
      })
  void acceptsEveryCharacterXmlCanCarry(String name) {
    assertThat(HIBERNATE.validate(named(name))).isEmpty();
    assertThat(PLANS.valid(named(name))).isTrue();
  }

  @Test
  void findsTheCharacterInIdsAndExtensionKeysToo() {
    ServiceStandard badId = ImmutableServiceStandard.copyOf(STANDARD).withId("a\u0000");
    assertThat(ModelValidation.validator().validate(badId))
        .extracting(
            v -> v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
        .containsExactlyInAnyOrder("Pattern", "XmlCharacters");

    ServiceStandard badKey =
        ImmutableServiceStandard.copyOf(STANDARD).withExtensions(Map.of("k\uFFFF", "v"));
    assertThat(ModelValidation.validator().validate(badKey))
        .filteredOn(v -> v.getConstraintDescriptor().getAnnotation() instanceof XmlCharacters)
        .extracting(v -> ModelValidation.jsonPointer(v.getPropertyPath()).toString())
        .containsExactly("/extensions/k\uFFFF");
  }

  @Test
  void theMessageNeverHoldsTheRawCharacter() {
    for (String bad : List.of("\u0000", "\u001B[31m", "\uFFFE", "\uD800")) {
      for (Locale locale : List.of(Languages.INDONESIAN, Locale.ENGLISH)) {
        String message = messageOf(ModelValidation.validator(locale).validate(named("x" + bad)));
        assertThat(message).doesNotContain(bad).matches("[\\p{Print}\\p{L}\\p{M} ]+");
      }
    }
  }

  /**
   * The fast path and Hibernate Validator agree on texts built from the characters around each
   * boundary.
   */
  @Test
  void fastPathAndHibernateValidatorAgreeOnTextsNearTheBoundaries() {
    char[] alphabet = {
      'a', ' ', '\t', '\n', '\r', '\u0000', '\u0008', '\u000B', '\u001F', '\u0020', '\u007F',
      '\u009F', '\uD7FF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uE000', '\uFFFD', '\uFFFE',
      '\uFFFF'
    };
    Random random = new Random(13);
    int invalid = 0;
    for (int n = 0; n < 2000; n++) {
      StringBuilder text = new StringBuilder("x");
      int length = random.nextInt(6);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      ServiceStandard standard = named(text.toString());
      boolean hibernate = HIBERNATE.validate(standard).isEmpty();
      assertThat(PLANS.valid(standard))
          .as("plan on %s", XmlCharactersValidator.firstForbidden(text))
          .isEqualTo(hibernate);
      assertThat(hibernate).isEqualTo(expectedValid(text.toString()));
      invalid += hibernate ? 0 : 1;
    }
    assertThat(invalid).as("the texts exercise both outcomes").isBetween(100, 1900);
  }

  /** XML 1.0's Char production, decided by code point rather than by the validator's code. */
  private static boolean expectedValid(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean ok =
          c == 0x9
              || c == 0xA
              || c == 0xD
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF);
      if (!ok) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  @Test
  void namesCharactersWithFourOrMoreUpperCaseDigits() {
    assertThat(XmlCharactersValidator.name(0)).isEqualTo("U+0000");
    assertThat(XmlCharactersValidator.name(0xfffe)).isEqualTo("U+FFFE");
    assertThat(XmlCharactersValidator.name(0x1f600)).isEqualTo("U+1F600");
  }
}
