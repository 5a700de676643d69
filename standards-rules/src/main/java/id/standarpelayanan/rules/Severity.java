package id.standarpelayanan.rules;

import id.standarpelayanan.rules.internal.RuleMessages;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How serious a {@link Finding} is (tingkat keparahan). A report with an {@link #ERROR} does not
 * pass; warnings and information do not stop it.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum Severity {
  /** The standard breaks the law or cannot be used as published (galat). */
  ERROR,
  /** The standard is usable but should be fixed (peringatan). */
  WARNING,
  /** Worth knowing; nothing to fix (informasi). */
  INFO;

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
