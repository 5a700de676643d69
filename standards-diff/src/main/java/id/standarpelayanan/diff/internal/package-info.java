/**
 * The machinery behind {@code id.standarpelayanan.diff}: the comparison of canonical JSON trees
 * with the model's meaning, the change-log writers and the JSON Patch. Not an API.
 */
package id.standarpelayanan.diff.internal;
