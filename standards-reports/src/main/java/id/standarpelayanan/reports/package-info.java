/**
 * Checking documents and writing their reports (laporan pemeriksaan), as {@code sp validate} does:
 * {@link id.standarpelayanan.reports.DocumentChecks} reads any document {@code standards-io}
 * defines ({@link id.standarpelayanan.reports.DocumentInput}: a file, a stream) and checks it with
 * a {@code standards-rules} {@link id.standarpelayanan.rules.Checker}, one {@link
 * id.standarpelayanan.reports.Outcome} per document or record; a {@link
 * id.standarpelayanan.reports.ReportWriter} writes the outcomes as text, JSON or SARIF 2.1.0
 * ({@link id.standarpelayanan.reports.ReportFormat}), streaming; the worst {@link
 * id.standarpelayanan.reports.Verdict} is the run's (and the tool's exit code). {@link
 * id.standarpelayanan.reports.Places} says where a finding lies in words.
 *
 * <p>Checks, inputs, outcomes and verdicts are immutable and thread-safe; a report writer and its
 * builder serve one thread. No API returns null. {@code id.standarpelayanan.reports.internal} is
 * not API.
 */
package id.standarpelayanan.reports;
