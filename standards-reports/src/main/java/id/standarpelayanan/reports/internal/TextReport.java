package id.standarpelayanan.reports.internal;

import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.Principle;
import id.standarpelayanan.model.internal.text.Printable;
import id.standarpelayanan.reports.Outcome;
import id.standarpelayanan.reports.Places;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.rules.FindingGroups;
import id.standarpelayanan.rules.Report;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.StandardReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A report a person reads: per document, the catalogue's own findings, then each standard with its
 * findings grouped by principle, each with its place in words and its JSON Pointer. Written as
 * outcomes arrive, so a large file streams; read errors are in the report and, when an error writer
 * was given, also there (for scripts).
 */
final class TextReport extends ReportBase {

  /** How many characters of a finding's message are printed: rules quote the document. */
  static final int MESSAGE_LENGTH = 1000;

  private static final String NEWLINE = System.lineSeparator();

  private final Writer out;
  private final Optional<Writer> err;
  private final Locale locale;
  private final String profile;
  private String currentSource;
  private int inputs;
  private int passed;
  private int failed;
  private int unreadable;
  private int internal;

  /** Creates the writer; the text report has no head. */
  TextReport(Writer out, ReportSettings settings) {
    this.out = out;
    this.err = settings.errors();
    this.locale = settings.locale();
    this.profile = settings.profile().name();
  }

  @Override
  void write(Outcome outcome) {
    if (!outcome.source().equals(currentSource)) {
      currentSource = outcome.source();
      line(message("report.header", Printable.of(outcome.source()), profile));
    }
    inputs++;
    if (outcome instanceof Outcome.Unreadable u) {
      unreadable++;
      // In the report for whoever reads it, and on the error writer for scripts.
      line(message("report.unreadable", u.describe(locale)));
      echo(u.describe(locale));
    } else if (outcome instanceof Outcome.Failed f) {
      internal++;
      line(message("report.failedInternally", f.describe(locale)));
      echo(f.describe(locale));
    } else if (outcome instanceof Outcome.Checked c) {
      print(c);
    }
    flush(out);
  }

  private void print(Outcome.Checked checked) {
    Report report = checked.report();
    if (report.passed()) {
      passed++;
    } else {
      failed++;
    }
    line(
        message(
            "report.summary",
            message(report.passed() ? "report.passed" : "report.failed"),
            String.valueOf(report.score()),
            String.valueOf(report.count(Severity.ERROR)),
            String.valueOf(report.count(Severity.WARNING)),
            String.valueOf(report.count(Severity.INFO))));
    Set<Finding> inStandards = new HashSet<>();
    report.standards().forEach(s -> inStandards.addAll(s.findings()));
    List<Finding> own = report.findings().stream().filter(f -> !inStandards.contains(f)).toList();
    boolean single =
        report.standards().size() == 1 && report.standards().get(0).pointer().isEmpty();
    if (!single) {
      line(message("report.catalog"));
      printGrouped(own, checked);
    }
    for (StandardReport standard : report.standards()) {
      String position =
          checked.prefix().isRoot()
              ? String.valueOf(standard.index() + 1)
              : message("error.record", checked.prefix().token(0));
      String pointer = checked.prefix().append(standard.path()).toString();
      line(
          message(
              "report.standard",
              position,
              standard.serviceId().map(Printable::of).orElse(message("report.no-id")),
              pointer.isEmpty() ? "" : " (" + Printable.of(pointer) + ")",
              String.valueOf(standard.score())));
      printGrouped(single ? report.findings() : standard.findings(), checked);
    }
  }

  private void printGrouped(List<Finding> findings, Outcome.Checked checked) {
    if (findings.isEmpty()) {
      line(message("report.noFindings"));
      return;
    }
    FindingGroups<Principle> groups = FindingGroups.byPrinciple(findings);
    groups
        .groups()
        .forEach(
            (principle, group) -> {
              line(
                  message(
                      "report.principle",
                      String.valueOf(principle.number()),
                      principle.label(Texts.language(locale))));
              group.forEach(f -> printFinding(f, checked));
            });
    List<Finding> without = groups.without();
    if (!without.isEmpty()) {
      line(
          message(
              without.stream().anyMatch(f -> f.component().isPresent())
                  ? "report.noPrinciple"
                  : "report.general"));
      without.forEach(f -> printFinding(f, checked));
    }
  }

  private void printFinding(Finding f, Outcome.Checked checked) {
    Pointer full = checked.prefix().append(f.path());
    // The root's pointer is empty: the document as a whole, told in words.
    String pointer = full.isRoot() ? message("report.root") : Printable.of(full.toString());
    String place =
        Places.describe(f.path(), locale).map(words -> words + " (" + pointer + ")").orElse(pointer)
            + checked
                .position(f)
                .map(at -> ", " + message("report.line", String.valueOf(at.line())))
                .orElse("");
    write(
        String.format(
            Locale.ROOT,
            "    %-10s %s  %s%n",
            Places.severity(f.severity(), locale),
            f.ruleId(),
            place));
    // A message quotes the document: escaped, and shortened only far beyond a rule's own words.
    write(
        String.format(
            Locale.ROOT, "               %s%n", Printable.of(f.message(), MESSAGE_LENGTH)));
  }

  @Override
  void end() {
    if (passed + failed > 0) {
      line(message("report.score"));
    }
    line(
        message(
            "report.total",
            String.valueOf(inputs),
            String.valueOf(passed),
            String.valueOf(failed),
            String.valueOf(unreadable),
            String.valueOf(internal)));
    flush(out);
    err.ifPresent(TextReport::flush);
  }

  private String message(String key, Object... arguments) {
    return Texts.message(locale, key, arguments);
  }

  private void line(String text) {
    write(text + NEWLINE);
  }

  private void write(String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Echoes a line on the error writer, after what the report holds so far (in that order). */
  private void echo(String text) {
    if (err.isPresent()) {
      flush(out);
      try {
        err.get().write(text + NEWLINE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      flush(err.get());
    }
  }

  private static void flush(Writer writer) {
    try {
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
