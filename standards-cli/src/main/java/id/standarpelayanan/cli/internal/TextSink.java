package id.standarpelayanan.cli.internal;

import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.Principle;
import id.standarpelayanan.model.internal.text.Printable;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.rules.FindingGroups;
import id.standarpelayanan.rules.Report;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.StandardReport;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A report a person reads: per document, the catalogue's own findings, then each standard with its
 * findings grouped by principle, each with its JSON Pointer. Printed as outcomes arrive, so a large
 * file streams.
 */
public final class TextSink implements Sink {

  /** How many characters of a finding's message are printed: rules quote the document. */
  static final int MESSAGE_LENGTH = 1000;

  private final PrintWriter out;
  private final PrintWriter err;
  private final Language language;
  private final String profile;
  private String currentSource;
  private int inputs;
  private int passed;
  private int failed;
  private int unreadable;
  private int internal;

  /**
   * Creates the sink.
   *
   * @param out where reports go
   * @param err where read errors go
   * @param language the language
   * @param profile the profile's name
   */
  public TextSink(PrintWriter out, PrintWriter err, Language language, String profile) {
    this.out = out;
    this.err = err;
    this.language = language;
    this.profile = profile;
  }

  @Override
  public void accept(Outcome outcome) {
    if (!outcome.source().equals(currentSource)) {
      currentSource = outcome.source();
      out.println(language.message("report.header", Printable.of(outcome.source()), profile));
    }
    inputs++;
    if (outcome instanceof Outcome.Unreadable u) {
      unreadable++;
      // In the report for whoever reads it, and on standard error for scripts.
      out.println(language.message("report.unreadable", u.describe(language)));
      err.println(u.describe(language));
    } else if (outcome instanceof Outcome.Failed f) {
      internal++;
      out.println(language.message("report.failedInternally", f.describe(language)));
      err.println(f.describe(language));
    } else if (outcome instanceof Outcome.Checked c) {
      print(c);
    }
  }

  private void print(Outcome.Checked checked) {
    Report report = checked.report();
    if (report.passed()) {
      passed++;
    } else {
      failed++;
    }
    out.println(
        language.message(
            "report.summary",
            language.message(report.passed() ? "report.passed" : "report.failed"),
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
      out.println(language.message("report.catalog"));
      printGrouped(own, checked.prefix());
    }
    for (StandardReport standard : report.standards()) {
      String position =
          checked.prefix().isRoot()
              ? String.valueOf(standard.index() + 1)
              : language.message("error.record", checked.prefix().token(0));
      String pointer = checked.prefix().append(standard.path()).toString();
      out.println(
          language.message(
              "report.standard",
              position,
              standard.serviceId().map(Printable::of).orElse(language.message("report.no-id")),
              pointer.isEmpty() ? "" : " (" + Printable.of(pointer) + ")",
              String.valueOf(standard.score())));
      printGrouped(single ? report.findings() : standard.findings(), checked.prefix());
    }
  }

  private void printGrouped(List<Finding> findings, Pointer prefix) {
    if (findings.isEmpty()) {
      out.println(language.message("report.noFindings"));
      return;
    }
    FindingGroups<Principle> groups = FindingGroups.byPrinciple(findings);
    groups
        .groups()
        .forEach(
            (principle, group) -> {
              out.println(
                  language.message(
                      "report.principle",
                      String.valueOf(principle.number()),
                      principle.label(language.locale())));
              group.forEach(f -> printFinding(f, prefix));
            });
    List<Finding> without = groups.without();
    if (!without.isEmpty()) {
      out.println(
          language.message(
              without.stream().anyMatch(f -> f.component().isPresent())
                  ? "report.noPrinciple"
                  : "report.general"));
      without.forEach(f -> printFinding(f, prefix));
    }
  }

  private void printFinding(Finding f, Pointer prefix) {
    String pointer = Printable.of(prefix.append(f.path()).toString());
    String place =
        Places.describe(f.path(), language)
            .map(words -> words + " (" + pointer + ")")
            .orElse(pointer);
    out.printf("    %-10s %s  %s%n", Places.severity(f.severity(), language), f.ruleId(), place);
    // A message quotes the document: escaped, and shortened only far beyond a rule's own words.
    out.printf("               %s%n", Printable.of(f.message(), MESSAGE_LENGTH));
  }

  @Override
  public void finish() {
    if (passed + failed > 0) {
      out.println(language.message("report.score"));
    }
    out.println(
        language.message(
            "report.total",
            String.valueOf(inputs),
            String.valueOf(passed),
            String.valueOf(failed),
            String.valueOf(unreadable),
            String.valueOf(internal)));
    out.flush();
    err.flush();
  }
}
