/**
 * The {@code sp} command-line tool: {@code validate}, {@code convert}, {@code schema} and {@code
 * rules}. Start at {@link id.standarpelayanan.cli.Sp}; {@link id.standarpelayanan.cli.Sp#run} runs
 * it in-process, as the tests and embedding applications do.
 */
package id.standarpelayanan.cli;
