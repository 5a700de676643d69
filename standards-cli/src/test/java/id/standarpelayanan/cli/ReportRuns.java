package id.standarpelayanan.cli;

import static id.standarpelayanan.cli.SpTest.DEFECTIVE;
import static id.standarpelayanan.cli.SpTest.SAMPLE;
import static id.standarpelayanan.cli.SpTest.sp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The kinds of run a report schema must hold, shared by the JSON and SARIF schema tests: findings,
 * a clean catalogue, a read error beside findings in English, NDJSON records with a bad one and a
 * missing file, and the other profile.
 */
final class ReportRuns {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReportRuns() {}

  /**
   * Returns the arguments of each run after {@code validate --format F}; files go in {@code dir}.
   */
  static Stream<List<String>> arguments(Path dir) throws IOException {
    Path bad =
        Files.writeString(
            dir.resolve("rusak.json"), "{\"schemaVersion\": ", StandardCharsets.UTF_8);
    Path lines =
        Files.writeString(
            dir.resolve("layanan.ndjson"),
            "{\"schemaVersion\": \"1.1\", \"id\": 7}\n{ not json\n",
            StandardCharsets.UTF_8);
    return Stream.of(
        List.of(DEFECTIVE.toString()),
        List.of(SAMPLE.toString()),
        List.of("--lang", "en", DEFECTIVE.toString(), bad.toString()),
        List.of(lines.toString(), dir.resolve("tidak-ada.json").toString()),
        List.of("--profile", "kemenag-11-prinsip", DEFECTIVE.toString()));
  }

  /** Runs {@code sp validate --format format arguments…} and parses its report. */
  static JsonNode report(String format, List<String> arguments) throws IOException {
    List<String> command = new ArrayList<>(List.of("validate", "--format", format));
    command.addAll(arguments);
    return MAPPER.readTree(sp(command.toArray(String[]::new)).out());
  }
}
