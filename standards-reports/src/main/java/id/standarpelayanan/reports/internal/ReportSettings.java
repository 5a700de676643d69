package id.standarpelayanan.reports.internal;

import id.standarpelayanan.reports.ReportFormat;
import id.standarpelayanan.reports.ReportWriter;
import id.standarpelayanan.rules.Profile;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;

/**
 * What a report is written with, as {@link ReportWriter.Builder} set it.
 *
 * @param profile the profile the documents are checked with: its name heads the report, SARIF lists
 *     its rules
 * @param locale the language of the report's texts
 * @param toolName the name of the tool that writes the report
 * @param toolVersion its version
 * @param errors where the text report echoes read errors, if anywhere
 */
public record ReportSettings(
    Profile profile, Locale locale, String toolName, String toolVersion, Optional<Writer> errors) {

  /**
   * Opens the writer of a format.
   *
   * @param format the format
   * @param out where the report goes
   * @return the writer, its head (if any) written
   */
  public ReportWriter open(ReportFormat format, Writer out) {
    return switch (format) {
      case TEXT -> new TextReport(out, this);
      case JSON -> new JsonReport(out, this);
      case SARIF -> new SarifReport(out, this);
    };
  }
}
