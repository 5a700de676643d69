package id.standarpelayanan.rules;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.WorkingTime;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a {@link Rule} sees while it checks: the checker's date and language, the profile's
 * parameters, and the place to report findings. Valid only during the call it is passed to; not
 * thread-safe (each check gets its own).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface RuleContext {

  /**
   * Returns today's date by the checker's clock, for rules on dates.
   *
   * @return today
   */
  LocalDate today();

  /**
   * Returns the language of the report.
   *
   * @return the locale
   */
  Locale locale();

  /**
   * Returns the profile being applied, for its parameters.
   *
   * @return the profile
   */
  Profile profile();

  /**
   * Returns the working-time calendar of the profile, to compare and convert time spans.
   *
   * @return the calendar
   */
  default WorkingTime workingTime() {
    return profile().workingTime();
  }

  /**
   * Returns the longest time allowed since a catalogue's last evaluation.
   *
   * @return the period
   */
  default Period maximumEvaluationAge() {
    return profile().maximumEvaluationAge();
  }

  /**
   * Returns the previous version of the catalogue (versi sebelumnya), when the checker was given
   * one ({@link Checker#check(StandardsCatalog, StandardsCatalog)}): present in the catalogue's
   * check and in each of its standards' checks. Update rules compare with it and stay quiet when it
   * is absent; findings still point into the current document.
   *
   * @return the previous catalogue, empty when the check has no previous version
   * @since 0.1.0
   */
  default Optional<StandardsCatalog> previousCatalog() {
    return Optional.empty();
  }

  /**
   * Returns the previous version of the standard being checked, when the checker was given one: the
   * standard given to {@link Checker#check(ServiceStandard, ServiceStandard)}, or, in {@link
   * Checker#check(StandardsCatalog, StandardsCatalog)}, the previous catalogue's first standard
   * with the same id. Empty in a catalogue's own check, for a standard without an id, for a new
   * service, and whenever the check has no previous version.
   *
   * @return the previous standard, if any
   * @since 0.1.0
   */
  default Optional<ServiceStandard> previousStandard() {
    return Optional.empty();
  }

  /**
   * Reports a finding concerning one component.
   *
   * @param component the component concerned
   * @param pointer the JSON Pointer of the place, relative to what is being checked
   * @param messageKey one of the rule's {@link Rule#messageKeys()}
   * @param arguments the message's arguments (see {@link Finding#arguments()})
   * @throws IllegalArgumentException if the key is not one of the rule's, or the pointer is not an
   *     RFC 6901 JSON Pointer ({@code ""} or starting with {@code /}, {@code ~} only in {@code ~0}
   *     and {@code ~1})
   */
  void report(Component component, String pointer, String messageKey, Object... arguments);

  /**
   * Reports a finding concerning the rule's component if it has exactly one, and no component
   * otherwise.
   *
   * @param pointer the JSON Pointer of the place, relative to what is being checked
   * @param messageKey one of the rule's {@link Rule#messageKeys()}
   * @param arguments the message's arguments (see {@link Finding#arguments()})
   * @throws IllegalArgumentException if the key is not one of the rule's, or the pointer is not an
   *     RFC 6901 JSON Pointer ({@code ""} or starting with {@code /}, {@code ~} only in {@code ~0}
   *     and {@code ~1})
   */
  void report(String pointer, String messageKey, Object... arguments);

  /**
   * Reports a finding concerning one component, at a place given as a {@link Pointer}.
   *
   * @param component the component concerned
   * @param pointer the place, relative to what is being checked
   * @param messageKey one of the rule's {@link Rule#messageKeys()}
   * @param arguments the message's arguments (see {@link Finding#arguments()})
   * @throws IllegalArgumentException if the key is not one of the rule's
   */
  void report(Component component, Pointer pointer, String messageKey, Object... arguments);

  /**
   * Reports a finding concerning the rule's component if it has exactly one, and no component
   * otherwise, at a place given as a {@link Pointer}.
   *
   * @param pointer the place, relative to what is being checked
   * @param messageKey one of the rule's {@link Rule#messageKeys()}
   * @param arguments the message's arguments (see {@link Finding#arguments()})
   * @throws IllegalArgumentException if the key is not one of the rule's
   */
  void report(Pointer pointer, String messageKey, Object... arguments);
}
