/**
 * The inputs, options, messages and environment of the {@code sp} tool; the reading, checking and
 * report writing it does are {@code standards-reports}' public API. Not API.
 */
package id.standarpelayanan.cli.internal;
