/** Input detection, report rendering and messages of the {@code sp} tool. Not API. */
package id.standarpelayanan.cli.internal;
