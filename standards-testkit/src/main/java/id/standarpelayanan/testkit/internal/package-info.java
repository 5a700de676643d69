/**
 * The generators of model values behind the testkit (drafts, complete standards, catalogues, each
 * model type), their vocabulary and their registration as jqwik's default arbitraries. Not API: may
 * change without notice.
 */
package id.standarpelayanan.testkit.internal;
