/**
 * Not API: the built-in rules on completeness, one class per rule: each component present and
 * meaningful ({@code sp.completeness.*}), no placeholder text, measurable completion time and fee.
 */
package id.standarpelayanan.rules.internal.completeness;
