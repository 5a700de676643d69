package id.standarpelayanan.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Profile;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The kinds of run a report must hold, shared by the tests of every format: findings, a clean
 * catalogue, a read error beside findings in English, NDJSON records with a bad one and a missing
 * file, and the other profile. Each is written by {@link DocumentChecks} and {@link ReportWriter}
 * alone, as {@code sp validate} writes it.
 */
final class ReportRuns {

  static final Path EXAMPLES = Path.of("..", "examples", "data");
  static final Path SAMPLE = EXAMPLES.resolve("kanwil-kemenag-aceh.json");
  static final Path DEFECTIVE = EXAMPLES.resolve("legalisasi-ijazah-bermasalah.json");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneId.of("UTC"));

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReportRuns() {}

  /**
   * One run: the documents, the language and the profile.
   *
   * @param files the documents, in order
   * @param locale the language of the checker and the report
   * @param profile the profile
   */
  record Run(List<Path> files, Locale locale, Profile profile) {
    @Override
    public String toString() {
      return files.stream().map(f -> f.getFileName().toString()).toList()
          + " "
          + locale
          + " "
          + profile.name();
    }
  }

  /** Returns the runs; their files go in {@code dir}. */
  static Stream<Run> runs(Path dir) throws IOException {
    Path bad = brokenJson(dir);
    Path lines = ndjsonWithBadRecords(dir);
    Locale id = Locale.forLanguageTag("id");
    Profile uu = Profile.law25Of2009();
    return Stream.of(
        new Run(List.of(DEFECTIVE), id, uu),
        new Run(List.of(SAMPLE), id, uu),
        new Run(List.of(DEFECTIVE, bad), Locale.ENGLISH, uu),
        new Run(List.of(lines, dir.resolve("tidak-ada.json")), id, uu),
        new Run(List.of(DEFECTIVE), id, Profile.builtIn(Profile.KEMENAG_11_PRINSIP).orElseThrow()));
  }

  /** A JSON document cut off in its first value. */
  static Path brokenJson(Path dir) throws IOException {
    return Files.writeString(
        dir.resolve("rusak.json"), "{\"schemaVersion\": ", StandardCharsets.UTF_8);
  }

  /** NDJSON whose two records are both bad: a wrong type, then a line that is not JSON. */
  static Path ndjsonWithBadRecords(Path dir) throws IOException {
    return Files.writeString(
        dir.resolve("layanan.ndjson"),
        "{\"schemaVersion\": \"1.1\", \"id\": 7}\n{ not json\n",
        StandardCharsets.UTF_8);
  }

  /** The checker of a run. */
  static Checker checker(Run run) {
    return Checker.builder().profile(run.profile()).locale(run.locale()).clock(CLOCK).build();
  }

  /** Writes a run's report in a format, as {@code sp validate --format format} does. */
  static String write(ReportFormat format, Run run) {
    StringWriter out = new StringWriter();
    DocumentChecks checks = DocumentChecks.of(checker(run));
    try (ReportWriter report =
        ReportWriter.builder(format)
            .profile(run.profile())
            .locale(run.locale())
            .tool("sp", "0.1.0-TEST")
            .build(out)) {
      for (Path file : run.files()) {
        checks.check(file, report);
      }
    }
    return out.toString();
  }

  /** Writes a run's report in JSON or SARIF and parses it. */
  static JsonNode tree(ReportFormat format, Run run) {
    try {
      return MAPPER.readTree(write(format, run));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
