/**
 * The update rules that need the comparison (aturan pembaruan): {@link
 * id.standarpelayanan.diff.update.UpdateRules} adds them to a checker's profile. Today one rule,
 * {@value id.standarpelayanan.diff.update.UpdateRules#BURDEN_WITHOUT_CONSULTATION}: a change that
 * burdens the public without a public consultation held after the previous version took effect.
 *
 * <p>The update rules that need no comparison ({@code sp.update.identity-unchanged}, {@code
 * sp.update.previous-not-superseded}) are built into {@code standards-rules}; all of them run only
 * when the checker is given the previous version ({@code Checker.check(current, previous)}).
 */
package id.standarpelayanan.diff.update;
