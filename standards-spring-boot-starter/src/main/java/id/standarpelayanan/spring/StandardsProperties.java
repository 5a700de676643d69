package id.standarpelayanan.spring;

import id.standarpelayanan.rules.Profile;
import id.standarpelayanan.rules.Severity;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code standar-pelayanan.*} properties: which profile the {@code Checker} bean checks with
 * and how, how the codecs read, and which web pieces are on. Bound once at start-up; immutable.
 *
 * <pre>
 * standar-pelayanan.profile=kemenag-11-prinsip
 * standar-pelayanan.locale=en
 * standar-pelayanan.working-time.minutes-per-day=360
 * standar-pelayanan.disabled-rules=sp.evaluation.age
 * standar-pelayanan.severities[sp.fee.vague]=warning
 * standar-pelayanan.read.max-document-length=2MB
 * standar-pelayanan.web.problem-details=false
 * </pre>
 *
 * <p>Rule ids contain dots, so a map key naming one is written in brackets ({@code
 * severities[sp.fee.vague]}).
 *
 * @param profile the name of the built-in profile to start from (uu-25-2009 or kemenag-11-prinsip);
 *     another name fails at start-up
 * @param locale the language of the Checker bean's messages: English for en, Indonesian for any
 *     other
 * @param workingTime the working-time calendar the rules compare durations in
 * @param maximumEvaluationAge the longest time allowed since a catalogue's last evaluation, such as
 *     P12M or 365d
 * @param disabledRules the ids of rules to switch off (an id the profile lacks fails at start-up)
 * @param severities severity overrides by rule id (an id the profile lacks fails at start-up)
 * @param discoverRules whether rules listed in META-INF/services (the ServiceLoader files for
 *     id.standarpelayanan.rules.Rule) on the application's class path are added to the profile;
 *     Rule beans are added in any case
 * @param structure whether the Checker bean checks the model's structural constraints (Bean
 *     Validation) along with the rules; switch it off only where the application validates
 *     structure itself
 * @param read how the StandardsJson, StandardsXml and StandardsDocuments beans read
 * @param web the web pieces: request bodies read by the codecs, read errors as problem details
 */
@ConfigurationProperties("standar-pelayanan")
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record StandardsProperties(
    @DefaultValue(Profile.UU_25_2009) String profile,
    @DefaultValue("id") Locale locale,
    @DefaultValue WorkingTime workingTime,
    @DefaultValue("P12M") Period maximumEvaluationAge,
    @DefaultValue List<String> disabledRules,
    @DefaultValue Map<String, Severity> severities,
    @DefaultValue("false") boolean discoverRules,
    @DefaultValue("true") boolean structure,
    @DefaultValue Read read,
    @DefaultValue Web web) {

  /**
   * Binds the properties and checks the profile's name.
   *
   * @throws IllegalArgumentException if {@code profile} names no built-in profile; the message
   *     lists the built-in ones
   */
  public StandardsProperties {
    Objects.requireNonNull(profile, "profile");
    if (Profile.builtIn(profile).isEmpty()) {
      throw new IllegalArgumentException(
          "standar-pelayanan.profile="
              + profile
              + " names no built-in profile; the built-in profiles are "
              + Profile.builtIns().stream().map(Profile::name).collect(Collectors.joining(", ")));
    }
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(workingTime, "workingTime");
    Objects.requireNonNull(maximumEvaluationAge, "maximumEvaluationAge");
    disabledRules = List.copyOf(disabledRules);
    severities = Map.copyOf(severities);
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(web, "web");
  }

  /**
   * The working-time calendar ({@code standar-pelayanan.working-time.*}), the {@code WorkingTime}
   * of the model: it makes completion times in minutes, hours and days comparable.
   *
   * @param minutesPerDay the length of a working day in minutes, 1 to 1440 (450, a 7.5-hour day, by
   *     default; shorter in Ramadan)
   * @param daysPerWeek the number of working days in a week, 1 to 7
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public record WorkingTime(
      @DefaultValue("450") int minutesPerDay, @DefaultValue("5") int daysPerWeek) {}

  /**
   * How the codecs read documents ({@code standar-pelayanan.read.*}). A limit left unset keeps the
   * default of {@code ReadLimits}.
   *
   * @param ignoreUnknownFields whether fields the format does not define are skipped instead of
   *     refused (strict by default)
   * @param maxDocumentLength the largest document read (16 MB by default)
   * @param maxNestingDepth the deepest nesting of objects and arrays (64 by default)
   * @param maxStringLength the longest string, in characters (100000 by default)
   * @param maxListItems the most items in one list (10000 by default)
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public record Read(
      @DefaultValue("false") boolean ignoreUnknownFields,
      DataSize maxDocumentLength,
      Integer maxNestingDepth,
      Integer maxStringLength,
      Integer maxListItems) {}

  /**
   * The web pieces ({@code standar-pelayanan.web.*}), configured in a servlet web application.
   *
   * @param messageConverter whether request bodies of type ServiceStandard or StandardsCatalog are
   *     read by the strict codecs (StandardsJson for JSON, StandardsXml for XML) and responses of
   *     those types written by StandardsJson, rather than by the application's Jackson mapper,
   *     which ignores unknown fields and knows none of the read limits
   * @param checkBodies whether @Valid request bodies of those types are also checked by the rules
   *     of the Profile bean, each finding at or above fail-on a field error
   * @param failOn the lowest severity of a finding that fails a checked body: ERROR, WARNING or
   *     INFO
   * @param problemDetails whether read errors and the model's validation failures are answered as
   *     RFC 9457 problem details (application/problem+json) with the JSON Pointer, line and column
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public record Web(
      @DefaultValue("true") boolean messageConverter,
      @DefaultValue("true") boolean checkBodies,
      @DefaultValue("ERROR") Severity failOn,
      @DefaultValue("true") boolean problemDetails) {}
}
