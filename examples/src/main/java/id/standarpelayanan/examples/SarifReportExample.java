package id.standarpelayanan.examples;

import id.standarpelayanan.reports.DocumentChecks;
import id.standarpelayanan.reports.ReportFormat;
import id.standarpelayanan.reports.ReportWriter;
import id.standarpelayanan.reports.Verdict;
import id.standarpelayanan.rules.Checker;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Checks a file with one call and writes its report as SARIF 2.1.0, the format code-scanning
 * services (GitHub code scanning, GitLab, Azure DevOps) show: what a CI job or a web application
 * does with an office's catalogue, with the same pieces {@code sp validate --format sarif} is made
 * of. The file may be any document the library reads: a catalogue or one standard, JSON or XML, a
 * JSON array or NDJSON.
 */
public final class SarifReportExample {

  // Build once and share: the checks are immutable and thread-safe.
  private static final DocumentChecks CHECKS =
      DocumentChecks.of(Checker.builder().locale(Locale.ENGLISH).build());

  private SarifReportExample() {}

  /**
   * Checks a file and writes its SARIF report.
   *
   * @param file the document
   * @param out where the report goes
   * @return the verdict: {@link Verdict#FINDINGS} when a finding is an ERROR
   */
  public static Verdict run(Path file, PrintStream out) {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (ReportWriter report =
        ReportWriter.builder(ReportFormat.SARIF)
            .profile(CHECKS.checker().profile())
            .locale(Locale.ENGLISH)
            .tool("kanwil-aceh-ci", "1.0")
            .build(writer)) {
      return CHECKS.check(file, report);
    }
  }

  /**
   * Checks the defective sample, or the file given, and exits with the verdict's exit code.
   *
   * @param args a file, optionally
   */
  public static void main(String[] args) {
    Path file =
        args.length > 0 ? Path.of(args[0]) : Samples.file("legalisasi-ijazah-bermasalah.json");
    System.exit(run(file, System.out).exitCode());
  }
}
