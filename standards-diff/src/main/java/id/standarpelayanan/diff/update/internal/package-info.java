/**
 * Not API: the update rules of {@code standards-diff}, reached through {@code UpdateRules} or
 * {@code ServiceLoader}; their messages are in this package's bundle.
 */
package id.standarpelayanan.diff.update.internal;
