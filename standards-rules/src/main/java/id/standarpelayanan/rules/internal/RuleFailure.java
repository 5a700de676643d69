package id.standarpelayanan.rules.internal;

import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.internal.text.Printable;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.rules.FindingSource;
import id.standarpelayanan.rules.Rule;
import id.standarpelayanan.rules.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The finding {@value Checker#RULE_FAILED} that stands for a rule that threw while checking. Not
 * API.
 */
public final class RuleFailure {

  /** The key of the message, under the rule id. */
  static final String MESSAGE = Checker.RULE_FAILED + ".message";

  private RuleFailure() {}

  /**
   * Makes the finding of a failed rule.
   *
   * @param rule the rule that failed
   * @param failure what it threw; only its type is reported
   * @param pointer the pointer of the standard or catalogue it was checking
   * @param locale the language of the message
   * @return the finding, at {@link Severity#ERROR}
   */
  public static Finding finding(Rule rule, Throwable failure, Pointer pointer, Locale locale) {
    String type = failure.getClass().getName();
    List<Object> arguments = List.of(rule.id(), type);
    String message =
        RuleMessages.format(
            RuleMessages.pattern(MESSAGE, locale),
            locale,
            List.of(Printable.of(rule.id()), Printable.of(type)));
    return new Finding(
        Checker.RULE_FAILED,
        Severity.ERROR,
        FindingSource.RULE,
        pointer,
        Optional.empty(),
        Optional.empty(),
        message,
        arguments);
  }
}
