/**
 * Not API: the built-in rules on the consistency of one standard, one class per rule: procedure and
 * time, fees, complaint channels, facilities for vulnerable groups, competence, staffing, products,
 * legal basis and identifiers.
 */
package id.standarpelayanan.rules.internal.consistency;
