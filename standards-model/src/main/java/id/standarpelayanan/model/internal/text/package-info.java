/**
 * The two definitions about document text that the other modules of this library share with the
 * model: how document text is escaped and shortened when a message quotes it ({@code Printable})
 * and which characters XML 1.0 can carry ({@code XmlCharactersValidator}). Not API: exported by
 * name to the rules, io and cli modules only, and may change in any release.
 */
package id.standarpelayanan.model.internal.text;
