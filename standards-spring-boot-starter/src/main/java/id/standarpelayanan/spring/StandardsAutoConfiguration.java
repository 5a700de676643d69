package id.standarpelayanan.spring;

import id.standarpelayanan.io.ReadLimits;
import id.standarpelayanan.io.StandardsDocuments;
import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.io.StandardsModule;
import id.standarpelayanan.io.StandardsXml;
import id.standarpelayanan.model.WorkingTime;
import id.standarpelayanan.reports.DocumentChecks;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Profile;
import id.standarpelayanan.rules.Rule;
import java.time.Clock;
import org.apiguardian.api.API;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * Auto-configuration of the library in a Spring Boot application: the {@link Profile}, {@link
 * Checker}, {@link StandardsJson}, {@link StandardsXml} and {@link StandardsDocuments} beans from
 * {@link StandardsProperties}, a {@link DocumentChecks} bean where {@code standards-reports} is on
 * the class path, and the model's Jackson {@link StandardsModule}, which Boot's {@code
 * JacksonAutoConfiguration} registers in the application's {@code ObjectMapper} (as it does every
 * Jackson {@code Module} bean).
 *
 * <p>Each bean backs off when the application defines its own of the same type: define a {@code
 * Profile} bean to check with a profile of your own, a {@code Checker} bean for a checker built
 * differently, and so on; the beans that use it (the checker uses the profile, the document checks
 * the checker and the documents) take the application's. {@link Rule} beans are added to the
 * configured profile. A {@link Clock} bean, if there is one, is the checker's clock (for
 * reproducible dates in tests); otherwise the system's.
 *
 * <p>All the beans are immutable and thread-safe, built once at start-up.
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@EnableConfigurationProperties(StandardsProperties.class)
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class StandardsAutoConfiguration {

  /** Creates the configuration; Spring does. */
  public StandardsAutoConfiguration() {}

  /**
   * The profile: the built-in one named by {@code standar-pelayanan.profile}, with the working
   * time, evaluation age, switched-off rules and severities of the properties, and the
   * application's {@link Rule} beans (and, with {@code discover-rules}, its {@code ServiceLoader}
   * rules) added.
   *
   * @param properties the properties
   * @param rules the application's rule beans, in their order
   * @param resourceLoader where the application's class loader comes from
   * @return the profile
   * @throws IllegalArgumentException if a switched-off rule or a severity override names a rule the
   *     profile lacks, or the working time or evaluation age is out of range; the message says
   *     which
   */
  @Bean
  @ConditionalOnMissingBean
  public Profile standardsProfile(
      StandardsProperties properties, ObjectProvider<Rule> rules, ResourceLoader resourceLoader) {
    Profile.Builder profile =
        Profile.builtIn(properties.profile())
            .orElseThrow(() -> new IllegalStateException(properties.profile()))
            .toBuilder()
            .workingTime(
                WorkingTime.builder()
                    .setMinutesPerDay(properties.workingTime().minutesPerDay())
                    .setDaysPerWeek(properties.workingTime().daysPerWeek())
                    .build())
            .maximumEvaluationAge(properties.maximumEvaluationAge());
    rules.orderedStream().forEach(profile::addRule);
    if (properties.discoverRules()) {
      ClassLoader loader = resourceLoader.getClassLoader();
      profile.discoverRules(
          loader != null ? loader : StandardsAutoConfiguration.class.getClassLoader());
    }
    profile.disable(properties.disabledRules().toArray(String[]::new));
    properties.severities().forEach(profile::severity);
    return profile.build();
  }

  /**
   * The checker: the profile bean, the language of {@code standar-pelayanan.locale}, the clock bean
   * if there is one, and structure checks as {@code standar-pelayanan.structure} says.
   *
   * @param properties the properties
   * @param profile the profile
   * @param clock the application's clock, if it has one
   * @return the checker
   */
  @Bean
  @ConditionalOnMissingBean
  public Checker standardsChecker(
      StandardsProperties properties, Profile profile, ObjectProvider<Clock> clock) {
    return Checker.builder()
        .profile(profile)
        .locale(properties.locale())
        .clock(clock.getIfAvailable(Clock::systemDefaultZone))
        .structure(properties.structure())
        .build();
  }

  /**
   * The JSON codec, strict unless {@code standar-pelayanan.read.ignore-unknown-fields}, with the
   * read limits of the properties; compact output.
   *
   * @param properties the properties
   * @return the codec
   */
  @Bean
  @ConditionalOnMissingBean
  public StandardsJson standardsJson(StandardsProperties properties) {
    return StandardsJson.builder()
        .ignoreUnknownFields(properties.read().ignoreUnknownFields())
        .limits(limits(properties.read()))
        .build();
  }

  /**
   * The XML codec, configured as the JSON codec.
   *
   * @param properties the properties
   * @return the codec
   */
  @Bean
  @ConditionalOnMissingBean
  public StandardsXml standardsXml(StandardsProperties properties) {
    return StandardsXml.builder()
        .ignoreUnknownFields(properties.read().ignoreUnknownFields())
        .limits(limits(properties.read()))
        .build();
  }

  /**
   * Document detection over the two codecs beans: reads a catalogue or a standard, JSON or XML, as
   * it comes.
   *
   * @param json the JSON codec
   * @param xml the XML codec
   * @return the documents reader
   */
  @Bean
  @ConditionalOnMissingBean
  public StandardsDocuments standardsDocuments(StandardsJson json, StandardsXml xml) {
    return StandardsDocuments.of(json, xml);
  }

  /**
   * The model's Jackson module, which Boot registers in its {@code ObjectMapper}: controllers and
   * the application's own types then take and return {@code ServiceStandard} and {@code
   * StandardsCatalog} in the canonical JSON shape.
   *
   * @return the module
   */
  @Bean
  @ConditionalOnMissingBean
  public StandardsModule standardsJacksonModule() {
    return new StandardsModule();
  }

  static ReadLimits limits(StandardsProperties.Read read) {
    ReadLimits.Builder limits = ReadLimits.builder();
    if (read.maxDocumentLength() != null) {
      limits.maxDocumentLength(read.maxDocumentLength().toBytes());
    }
    if (read.maxNestingDepth() != null) {
      limits.maxNestingDepth(read.maxNestingDepth());
    }
    if (read.maxStringLength() != null) {
      limits.maxStringLength(read.maxStringLength());
    }
    if (read.maxListItems() != null) {
      limits.maxListItems(read.maxListItems());
    }
    return limits.build();
  }

  /**
   * The {@link DocumentChecks} bean, where {@code standards-reports} is on the class path: reads
   * and checks a document in one call, with the checker and documents beans.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(DocumentChecks.class)
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public static class Reports {

    /** Creates the configuration; Spring does. */
    public Reports() {}

    /**
     * The document checks, reading with the documents bean and keeping source positions (as {@code
     * DocumentChecks.of(checker)} does) so that findings are placed on their line.
     *
     * @param checker the checker
     * @param documents the documents reader
     * @return the document checks
     */
    @Bean
    @ConditionalOnMissingBean
    public DocumentChecks standardsDocumentChecks(Checker checker, StandardsDocuments documents) {
      return DocumentChecks.of(
          checker, documents.keepsSourcePositions() ? documents : documents.withSourcePositions());
    }
  }
}
