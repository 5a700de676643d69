/**
 * Not API: the engine behind {@link id.standarpelayanan.rules.Checker} (message bundles, structure
 * findings, statuses and score, text walking) and the built-in rules' base class and catalogue. May
 * change without notice; use the types of {@code id.standarpelayanan.rules}.
 */
package id.standarpelayanan.rules.internal;
