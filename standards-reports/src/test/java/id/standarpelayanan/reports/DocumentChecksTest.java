package id.standarpelayanan.reports;

import static id.standarpelayanan.reports.ReportRuns.CLOCK;
import static id.standarpelayanan.reports.ReportRuns.DEFECTIVE;
import static id.standarpelayanan.reports.ReportRuns.EXAMPLES;
import static id.standarpelayanan.reports.ReportRuns.SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.rules.Checker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading any document and checking it in one call, each outcome as soon as it is known. */
class DocumentChecksTest {

  @TempDir Path temp;

  private final DocumentChecks checks = DocumentChecks.of(Checker.builder().clock(CLOCK).build());

  private List<Outcome> outcomes(DocumentInput input) {
    List<Outcome> outcomes = new ArrayList<>();
    checks.check(input, outcomes::add);
    return outcomes;
  }

  @Test
  void aCatalogueAndAStandardInEitherFormatAreCheckedWhole() {
    for (String name :
        List.of(
            "kanwil-kemenag-aceh.json",
            "kanwil-kemenag-aceh.xml",
            "legalisasi-ijazah-bermasalah.json",
            "legalisasi-ijazah-bermasalah.xml")) {
      List<Outcome> outcomes = outcomes(DocumentInput.of(EXAMPLES.resolve(name)));

      assertThat(outcomes).as(name).hasSize(1).first().isInstanceOf(Outcome.Checked.class);
      Outcome.Checked checked = (Outcome.Checked) outcomes.get(0);
      assertThat(checked.prefix()).isEqualTo(Pointer.root());
      assertThat(checked.source()).isEqualTo(EXAMPLES.resolve(name).toString());
      assertThat(checked.verdict())
          .isEqualTo(name.startsWith("kanwil") ? Verdict.PASSED : Verdict.FINDINGS);
    }
  }

  @Test
  void ndjsonIsCheckedRecordByRecordAndABadRecordDoesNotStopTheOthers() throws IOException {
    String good = new String(Files.readAllBytes(DEFECTIVE), StandardCharsets.UTF_8).strip();
    Path lines =
        Files.writeString(
            temp.resolve("layanan.ndjson"),
            good.replace('\n', ' ') + "\n{ not json\n" + good.replace('\n', ' ') + "\n");

    List<Outcome> outcomes = new ArrayList<>();
    Verdict verdict = checks.check(lines, outcomes::add);

    assertThat(outcomes).hasSize(3);
    assertThat(((Outcome.Checked) outcomes.get(0)).prefix()).isEqualTo(Pointer.parse("/0"));
    Outcome.Unreadable bad = (Outcome.Unreadable) outcomes.get(1);
    assertThat(bad.record()).isEqualTo(1);
    assertThat(bad.line()).isEqualTo(2);
    assertThat(((Outcome.Checked) outcomes.get(2)).prefix()).isEqualTo(Pointer.parse("/2"));
    assertThat(verdict).isEqualTo(Verdict.UNREADABLE);
  }

  @Test
  void whatCannotBeOpenedIsUnreadableWithItsCode() throws IOException {
    Path directory = Files.createDirectory(temp.resolve("folder.json"));

    Outcome missing = outcomes(DocumentInput.of(temp.resolve("hilang.json"))).get(0);
    Outcome folder = outcomes(DocumentInput.of(directory)).get(0);

    assertThat(((Outcome.Unreadable) missing).code()).isEqualTo("NOT_FOUND");
    assertThat(((Outcome.Unreadable) folder).code()).isEqualTo("IS_DIRECTORY");
    // A file's own error is told in the checker's language (Indonesian here), whole.
    assertThat(((Outcome.Unreadable) folder).describe(Locale.ENGLISH))
        .isEqualTo(directory + ": adalah direktori, bukan berkas");
    assertThat(missing.verdict()).isEqualTo(Verdict.UNREADABLE);
  }

  @Test
  void readErrorsAreInTheCheckersLanguage() throws IOException {
    Path broken = ReportRuns.brokenJson(temp);
    DocumentChecks english =
        DocumentChecks.of(Checker.builder().locale(Locale.ENGLISH).clock(CLOCK).build());

    List<Outcome> outcomes = new ArrayList<>();
    english.check(broken, outcomes::add);
    Outcome.Unreadable unreadable = (Outcome.Unreadable) outcomes.get(0);

    assertThat(unreadable.code()).isEqualTo("TRUNCATED");
    assertThat(unreadable.message()).contains("cut off");
    assertThat(unreadable.describe(Locale.ENGLISH))
        .isEqualTo(broken + ":1:19: " + unreadable.message() + " (pointer /schemaVersion)");
    assertThat(((Outcome.Unreadable) outcomes(DocumentInput.of(broken)).get(0)).message())
        .contains("terpotong");
  }

  @Test
  void aVirtualMachineErrorIsAFailureNotBadDataAndTheCallerGoesOn() {
    InputStream overflowing =
        new InputStream() {
          @Override
          public int read() {
            throw new StackOverflowError();
          }

          @Override
          public int read(byte[] b, int off, int len) {
            throw new StackOverflowError();
          }
        };

    List<Outcome> outcomes = new ArrayList<>();
    Verdict first = checks.check(overflowing, "masukan", outcomes::add);
    Verdict second = checks.check(SAMPLE, outcomes::add);

    assertThat(first).isEqualTo(Verdict.FAILED);
    assertThat(((Outcome.Failed) outcomes.get(0)).failure())
        .isEqualTo("java.lang.StackOverflowError");
    assertThat(((Outcome.Failed) outcomes.get(0)).describe(Locale.ENGLISH))
        .startsWith("masukan: internal failure");
    assertThat(second).isEqualTo(Verdict.PASSED);
  }

  @Test
  void whatTheConsumerThrowsReachesTheCallerUnchanged() {
    IllegalStateException thrown = new IllegalStateException("the consumer's own");
    List<Outcome> seen = new ArrayList<>();

    assertThatThrownBy(
            () ->
                checks.check(
                    SAMPLE,
                    outcome -> {
                      seen.add(outcome);
                      throw thrown;
                    }))
        .isSameAs(thrown);
    assertThat(seen).as("not reported again as a failure of the document").hasSize(1);
  }

  @Test
  void aStreamGivenByTheCallerIsNotClosed() {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in =
        new ByteArrayInputStream(readSample()) {
          @Override
          public void close() {
            closed.set(true);
          }
        };

    Verdict verdict = checks.check(in, "katalog.json", outcome -> {});

    assertThat(verdict).isEqualTo(Verdict.PASSED);
    assertThat(closed).isFalse();
  }

  @Test
  void oneInstanceUsedFromSeveralThreadsGivesTheSameOutcomes() throws Exception {
    List<Path> files = List.of(SAMPLE, DEFECTIVE, ReportRuns.ndjsonWithBadRecords(temp));
    List<Outcome> expected = new ArrayList<>();
    for (Path file : files) {
      checks.check(file, expected::add);
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<Outcome>>> tasks = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        tasks.add(
            () -> {
              List<Outcome> outcomes = new ArrayList<>();
              for (Path file : files) {
                checks.check(file, outcomes::add);
              }
              return outcomes;
            });
      }
      for (Future<List<Outcome>> result : pool.invokeAll(tasks)) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> DocumentChecks.of(null)).hasMessage("checker");
    assertThatThrownBy(() -> checks.check((DocumentInput) null, outcome -> {})).hasMessage("input");
    assertThatThrownBy(() -> checks.check(SAMPLE, (ReportWriter) null)).hasMessage("report");
  }

  private static byte[] readSample() {
    try {
      return Files.readAllBytes(SAMPLE);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
