/**
 * Not API: the built-in update rules (aturan pembaruan), which judge a catalogue or a standard
 * against its previous version when the checker is given one ({@code Checker.check(current,
 * previous)}), one class per rule: that an update is identified as a new version, and that the
 * version it replaces says it is superseded and by what. They read {@code
 * RuleContext.previousCatalog()} and {@code previousStandard()} and stay quiet without them, so a
 * check without a previous version is what it was. The rule on changes that burden the public needs
 * the comparison of {@code standards-diff} and lives there.
 */
package id.standarpelayanan.rules.internal.update;
