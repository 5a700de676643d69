package id.standarpelayanan.rules;

import id.standarpelayanan.rules.internal.RuleMessages;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The state of a component or a principle in a {@link Report}.
 *
 * <p>A component is {@link #MISSING} when the standard states nothing for it ({@code
 * ServiceStandard.fills(component)} is false), {@link #INCOMPLETE} when it is stated but a finding
 * of severity {@link Severity#ERROR} or {@link Severity#WARNING} concerns it, and {@link #COMPLETE}
 * otherwise. A principle is complete when all its components are, missing when all are missing, and
 * incomplete in between.
 */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public enum CompletenessStatus {
  /** Stated, and no error or warning concerns it (lengkap). */
  COMPLETE,
  /** Stated, but an error or warning concerns it (belum lengkap). */
  INCOMPLETE,
  /** Not stated at all (tidak ada). */
  MISSING;

  /**
   * Returns the label in the language of {@code locale}: English for an English locale, Indonesian
   * for any other.
   *
   * @param locale the language wanted
   * @return the label
   */
  public String label(Locale locale) {
    return RuleMessages.label(this, Objects.requireNonNull(locale, "locale"));
  }
}
