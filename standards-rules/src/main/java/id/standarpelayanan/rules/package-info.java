/**
 * The rule engine (pemeriksa standar pelayanan): checks a {@link
 * id.standarpelayanan.model.StandardsCatalog} or a {@link
 * id.standarpelayanan.model.ServiceStandard} for structure (the model's Bean Validation
 * constraints), completeness (the fourteen components of UU 25/2009 art. 21, present and
 * meaningful) and consistency (steps within the completion time, fees with a legal basis, reachable
 * complaint channels…), and reports in Indonesian or English.
 *
 * <p>Build a {@link id.standarpelayanan.rules.Checker} from a {@link
 * id.standarpelayanan.rules.Profile}, a locale and a clock; {@code check} returns a {@link
 * id.standarpelayanan.rules.Report} of {@link id.standarpelayanan.rules.Finding}s, each with a rule
 * id, a {@link id.standarpelayanan.rules.Severity}, an RFC 6901 JSON Pointer and a message, plus
 * the status of every component and principle and a completeness score. Profiles are derived with a
 * builder; custom {@link id.standarpelayanan.rules.Rule}s are added programmatically or through
 * {@link java.util.ServiceLoader}. The built-in rules are listed in {@code docs/rules.md}.
 *
 * <p>Everything here is immutable and thread-safe except builders and the {@link
 * id.standarpelayanan.rules.RuleContext} a rule receives during one check. No API returns null. The
 * packages under {@code id.standarpelayanan.rules.internal} are not API.
 */
package id.standarpelayanan.rules;
