package id.standarpelayanan.rules;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Principle;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A rule (aturan): one check of completeness or consistency, with the metadata that describes it.
 *
 * <p>A rule checks one standard ({@link #check(ServiceStandard, RuleContext)}), the whole catalogue
 * ({@link #check(StandardsCatalog, RuleContext)}, for catalogue parts and cross-standard checks
 * such as duplicate service ids), or both; the methods it does not override do nothing. It reports
 * what it finds through the {@link RuleContext}, with a JSON Pointer relative to what it was given
 * (the standard or the catalogue) and the key of one of its {@link #messageKeys()}.
 *
 * <p>The {@link #id()} is public API: readable, namespaced ({@code sp.} for the built-in rules; use
 * your own prefix, such as {@code acme.}) and never renamed. Rules must be immutable and
 * thread-safe: one instance checks many standards from many threads. No message or description is
 * ever evaluated as an expression: patterns are {@link java.text.MessageFormat} patterns with
 * {@code {0}}-style arguments only.
 *
 * <p>Add your own rules to a profile with {@code Profile.Builder.addRule(Rule)}, or list them in
 * {@code META-INF/services/id.standarpelayanan.rules.Rule} and call {@code
 * Profile.Builder.discoverRules(ClassLoader)}; a rule found by {@link java.util.ServiceLoader}
 * needs a public no-argument constructor.
 *
 * <p>A rule that throws while checking is reported by the checker as a finding {@value
 * Checker#RULE_FAILED} (naming the rule and the type thrown), and the check goes on. Text from the
 * document given as a message argument is escaped and shortened in the message; the finding's
 * arguments keep it as it is.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface Rule {

  /**
   * Returns the rule's id, such as {@code sp.fee.vague}.
   *
   * @return the id, never blank
   */
  String id();

  /**
   * Returns the severity of the rule's findings unless a profile overrides it.
   *
   * @return the default severity
   */
  Severity defaultSeverity();

  /**
   * Returns the components the rule concerns.
   *
   * @return the components, empty for rules on the catalogue's own parts
   */
  Set<Component> components();

  /**
   * Returns the principles the rule concerns: those covering its {@link #components()}.
   *
   * @return the principles, possibly empty
   */
  default Set<Principle> principles() {
    Set<Principle> principles = EnumSet.noneOf(Principle.class);
    components().forEach(component -> Principle.covering(component).ifPresent(principles::add));
    return principles;
  }

  /**
   * Returns the provision the rule enforces, e.g. "UU 25/2009 pasal 21".
   *
   * @return the provision, or {@code ""} if it enforces none in particular
   */
  default String article() {
    return "";
  }

  /**
   * Returns what the rule checks, one or two sentences, in the language of {@code locale}.
   *
   * @param locale the language wanted
   * @return the description
   */
  String description(Locale locale);

  /**
   * Returns the keys of the messages the rule reports with; {@link RuleContext#report} accepts only
   * these.
   *
   * @return the keys, such as {@code missing}
   */
  Set<String> messageKeys();

  /**
   * Returns a message pattern in the language of {@code locale}, a {@link java.text.MessageFormat}
   * pattern whose {@code {0}}, {@code {1}}… are the arguments given to {@link RuleContext#report}.
   *
   * @param key one of {@link #messageKeys()}
   * @param locale the language wanted
   * @return the pattern
   */
  String messagePattern(String key, Locale locale);

  /**
   * Checks one standard; pointers are relative to it ({@code /procedure/steps/0}).
   *
   * @param standard the standard
   * @param context where to report, and the profile's parameters
   */
  default void check(ServiceStandard standard, RuleContext context) {}

  /**
   * Checks a catalogue as a whole; pointers are relative to the catalogue ({@code /decree}). The
   * checker also calls {@link #check(ServiceStandard, RuleContext)} for each of its standards, so
   * do not check single standards here.
   *
   * @param catalog the catalogue
   * @param context where to report, and the profile's parameters
   */
  default void check(StandardsCatalog catalog, RuleContext context) {}
}
