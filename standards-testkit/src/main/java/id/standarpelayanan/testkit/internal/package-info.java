/**
 * Generators, vocabulary and registration behind the testkit. Not API: may change without notice.
 */
package id.standarpelayanan.testkit.internal;
