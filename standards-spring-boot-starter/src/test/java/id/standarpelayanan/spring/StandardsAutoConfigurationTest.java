package id.standarpelayanan.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.standarpelayanan.io.StandardsDocuments;
import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.io.StandardsModule;
import id.standarpelayanan.io.StandardsXml;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.reports.DocumentChecks;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Profile;
import id.standarpelayanan.rules.Rule;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.validation.ValidServiceStandard;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.FileInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

/** The auto-configuration without a server: beans, properties, backing off, failures. */
class StandardsAutoConfigurationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  StandardsAutoConfiguration.class,
                  StandardsWebAutoConfiguration.class,
                  JacksonAutoConfiguration.class,
                  ValidationAutoConfiguration.class));

  private final WebApplicationContextRunner web =
      new WebApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  StandardsAutoConfiguration.class,
                  StandardsWebAutoConfiguration.class,
                  JacksonAutoConfiguration.class,
                  WebMvcAutoConfiguration.class));

  @Test
  void theDefaultsAreTheLibrarysDefaults() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          Profile profile = context.getBean(Profile.class);
          assertThat(profile.name()).isEqualTo(Profile.UU_25_2009);
          assertThat(profile.allRules()).hasSameSizeAs(Profile.law25Of2009().allRules());
          assertThat(profile.maximumEvaluationAge()).isEqualTo(Period.ofMonths(12));
          assertThat(profile.workingTime().getMinutesPerDay()).isEqualTo(450);
          Checker checker = context.getBean(Checker.class);
          assertThat(checker.profile()).isSameAs(profile);
          assertThat(checker.locale().getLanguage()).isEqualTo("id");
          assertThat(context).hasSingleBean(StandardsJson.class);
          assertThat(context).hasSingleBean(StandardsXml.class);
          assertThat(context).hasSingleBean(StandardsDocuments.class);
          assertThat(context.getBean(DocumentChecks.class).checker()).isSameAs(checker);
          // Not a web application: no web pieces.
          assertThat(context).doesNotHaveBean(StandardsHttpMessageConverter.class);
          assertThat(context).doesNotHaveBean(StandardsProblemDetails.class);
        });
  }

  @Test
  void bootsObjectMapperHasTheModelsModule() {
    runner.run(
        context -> {
          ObjectMapper mapper = context.getBean(ObjectMapper.class);
          assertThat(mapper.getRegisteredModuleIds()).contains(StandardsModule.class.getName());
          ServiceStandard standard = sample();
          String written = mapper.writeValueAsString(standard);
          assertThat(written).isEqualTo(StandardsJson.builder().build().writeToString(standard));
          assertThat(mapper.readValue(written, ServiceStandard.class)).isEqualTo(standard);
        });
  }

  @Test
  void thePropertiesBind() {
    runner
        .withPropertyValues(
            "standar-pelayanan.profile=kemenag-11-prinsip",
            "standar-pelayanan.locale=en",
            "standar-pelayanan.working-time.minutes-per-day=360",
            "standar-pelayanan.working-time.days-per-week=6",
            "standar-pelayanan.maximum-evaluation-age=P6M",
            "standar-pelayanan.disabled-rules=sp.fee.vague",
            "standar-pelayanan.severities[sp.completeness.fee]=warning",
            "standar-pelayanan.structure=false",
            "standar-pelayanan.read.ignore-unknown-fields=true",
            "standar-pelayanan.read.max-document-length=1KB")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              Profile profile = context.getBean(Profile.class);
              assertThat(profile.name()).isEqualTo(Profile.KEMENAG_11_PRINSIP);
              assertThat(profile.workingTime().getMinutesPerDay()).isEqualTo(360);
              assertThat(profile.workingTime().getDaysPerWeek()).isEqualTo(6);
              assertThat(profile.maximumEvaluationAge()).isEqualTo(Period.ofMonths(6));
              assertThat(profile.isEnabled("sp.fee.vague")).isFalse();
              assertThat(profile.severity("sp.completeness.fee")).isEqualTo(Severity.WARNING);
              assertThat(context.getBean(Checker.class).locale()).isEqualTo(Locale.ENGLISH);
              StandardsProperties properties = context.getBean(StandardsProperties.class);
              assertThat(properties.structure()).isFalse();
              StandardsJson json = context.getBean(StandardsJson.class);
              // Lenient: the unknown field is skipped.
              assertThat(
                      json.readStandard(
                              new StringReader(
                                  "{\"schemaVersion\":\"1.1\",\"id\":\"a\",\"nama\":\"x\"}"))
                          .getId())
                  .hasValue("a");
              // 1 KB: the sample standard (some 10 KB) is too long.
              assertThat(
                      org.assertj.core.api.Assertions.catchThrowable(
                          () -> {
                            try (InputStream in = new FileInputStream(DEFECTIVE)) {
                              json.readStandard(in);
                            }
                          }))
                  .hasMessageContaining("1024");
            });
  }

  @Test
  void anUnknownProfileFailsAtStartUpNamingTheBuiltInOnes() {
    runner
        .withPropertyValues("standar-pelayanan.profile=uu-25-2008")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(rootCause(context.getStartupFailure()))
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessage(
                      "standar-pelayanan.profile=uu-25-2008 names no built-in profile; the"
                          + " built-in profiles are uu-25-2009, kemenag-11-prinsip");
            });
  }

  @Test
  void aSeverityForARuleTheProfileLacksFailsAtStartUp() {
    runner
        .withPropertyValues("standar-pelayanan.severities[sp.no-such-rule]=info")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(rootCause(context.getStartupFailure()))
                  .hasMessageContaining("sp.no-such-rule");
            });
  }

  @Test
  void theBeansBackOffForTheApplicationsOwn() {
    runner
        .withUserConfiguration(OwnBeans.class)
        .run(
            context -> {
              assertThat(context.getBean(Profile.class)).isSameAs(OwnBeans.PROFILE);
              assertThat(context.getBean(StandardsJson.class)).isSameAs(OwnBeans.JSON);
              // The checker is still configured, with the application's profile and clock.
              Checker checker = context.getBean(Checker.class);
              assertThat(checker.profile()).isSameAs(OwnBeans.PROFILE);
              assertThat(checker.clock()).isSameAs(OwnBeans.CLOCK);
            });
    runner
        .withBean(Checker.class, () -> OwnBeans.CHECKER)
        .run(context -> assertThat(context.getBean(Checker.class)).isSameAs(OwnBeans.CHECKER));
  }

  @Test
  void ruleBeansJoinTheProfile() {
    runner
        .withBean(Rule.class, UnitNamedRule::new)
        .run(
            context -> {
              Profile profile = context.getBean(Profile.class);
              assertThat(profile.rule(UnitNamedRule.ID)).isPresent();
              assertThat(profile.allRules()).hasSize(Profile.law25Of2009().allRules().size() + 1);
            });
  }

  @Test
  void withoutTheReportsModuleThereIsNoDocumentChecks() {
    runner
        .withClassLoader(new FilteredClassLoader(DocumentChecks.class))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(DocumentChecks.class);
              assertThat(context).hasSingleBean(Checker.class);
            });
  }

  @Test
  void theWebPiecesAreOnByDefaultAndOffByProperty() {
    web.run(
        context -> {
          assertThat(context).hasSingleBean(StandardsHttpMessageConverter.class);
          assertThat(context).hasSingleBean(StandardsBodyChecks.class);
          assertThat(context).hasSingleBean(StandardsProblemDetails.class);
        });
    web.withPropertyValues(
            "standar-pelayanan.web.message-converter=false",
            "standar-pelayanan.web.check-bodies=false",
            "standar-pelayanan.web.problem-details=false")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(StandardsHttpMessageConverter.class);
              assertThat(context).doesNotHaveBean(StandardsBodyChecks.class);
              assertThat(context).doesNotHaveBean(StandardsProblemDetails.class);
            });
  }

  /** An application's own type, validated by Boot's validator. */
  record Submission(@ValidServiceStandard ServiceStandard standard) {}

  @Test
  void theConstraintWorksWithBootsValidatorInTheRequestsLanguage() {
    runner.run(
        context -> {
          Validator validator = context.getBean(Validator.class);
          Submission submission = new Submission(sample());
          try {
            LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
            Set<String> indonesian = paths(validator.validate(submission), true);
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            Set<String> english = paths(validator.validate(submission), true);

            assertThat(indonesian)
                .anyMatch(line -> line.startsWith("standard.fee: Biaya/tarif hanya"));
            assertThat(english)
                .anyMatch(line -> line.startsWith("standard.fee: The fee only says"));
            assertThat(indonesian).hasSameSizeAs(english).hasSizeGreaterThan(3);
            assertThat(paths(validator.validate(submission), false))
                .allMatch(path -> path.startsWith("standard"));
            assertThat(String.join("\n", english)).doesNotContain("{id.", "{sp.");
          } finally {
            LocaleContextHolder.resetLocaleContext();
          }
        });
  }

  private static Set<String> paths(
      Set<? extends ConstraintViolation<?>> violations, boolean start) {
    Set<String> lines = new TreeSet<>();
    for (ConstraintViolation<?> violation : violations) {
      String message = violation.getMessage();
      lines.add(
          violation.getPropertyPath()
              + (start ? ": " + message.substring(0, Math.min(24, message.length())) : ""));
    }
    return lines;
  }

  private static final String DEFECTIVE = "../examples/data/legalisasi-ijazah-bermasalah.json";

  private static ServiceStandard sample() throws java.io.IOException {
    try (InputStream in = new FileInputStream(DEFECTIVE)) {
      return StandardsJson.builder().build().readStandard(in);
    }
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnBeans {
    static final Profile PROFILE =
        Profile.law25Of2009().toBuilder().name("kantor-kami").disable("sp.fee.vague").build();
    static final StandardsJson JSON = StandardsJson.builder().pretty(true).build();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T00:00:00Z"), ZoneOffset.UTC);
    static final Checker CHECKER = Checker.builder().locale(Locale.ENGLISH).build();

    @Bean
    Profile profile() {
      return PROFILE;
    }

    @Bean
    StandardsJson json() {
      return JSON;
    }

    @Bean
    Clock clock() {
      return CLOCK;
    }
  }

  /** A rule of an application, as a bean. */
  static final class UnitNamedRule implements Rule {
    static final String ID = "kantor.standard.unit";

    @Override
    public String id() {
      return ID;
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public Set<Component> components() {
      return Set.of();
    }

    @Override
    public String description(Locale locale) {
      return "en".equals(locale.getLanguage())
          ? "Every standard names its work unit."
          : "Setiap standar menyebutkan unit kerjanya.";
    }

    @Override
    public Set<String> messageKeys() {
      return Set.of("missing");
    }

    @Override
    public String messagePattern(String key, Locale locale) {
      return "en".equals(locale.getLanguage())
          ? "The service names no work unit."
          : "Layanan tidak menyebutkan unit kerja.";
    }

    @Override
    public void check(ServiceStandard standard, RuleContext context) {
      if (standard.getUnit().isEmpty()) {
        context.report("/unit", "missing");
      }
    }
  }
}
