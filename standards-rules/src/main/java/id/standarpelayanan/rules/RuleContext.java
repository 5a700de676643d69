package id.standarpelayanan.rules;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.WorkingTime;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
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
