package id.standarpelayanan.cli;

import static id.standarpelayanan.cli.RobustnessTest.assertNoUnsafeCharacter;
import static id.standarpelayanan.cli.SpTest.SAMPLE;
import static id.standarpelayanan.cli.SpTest.sp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import id.standarpelayanan.cli.SpTest.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input corpus through {@code sp validate}, in every format: the io module's files
 * ({@code standards-io/src/test/resources/hostile/{json,xml}}, whatever is there) and the tool's
 * own ({@code src/test/resources/hostile/json}). Each is given before the embedded sample's file;
 * the exit code follows the sidecar's outcome (2 for an error, 0 or 1 for a value), the good file
 * after it is still checked, no output holds a control character from the input, and no run is an
 * internal failure. Cases whose bytes a generator of the io harness builds ({@code generate=}) are
 * left to the io module's own test.
 */
class HostileInputsCliTest {

  static final List<Path> CORPORA =
      List.of(
          Path.of("..", "standards-io", "src", "test", "resources", "hostile", "json"),
          Path.of("..", "standards-io", "src", "test", "resources", "hostile", "xml"),
          Path.of("src", "test", "resources", "hostile", "json"));

  /**
   * Cases where the tool, which tells the kind by content, rightly differs from the sidecar's
   * reader ({@code root=}), with the outcome the tool gives and why.
   */
  static final Map<String, String> TOOL_OUTCOME =
      Map.of(
          // "[]" is an empty array of standards to sp: nothing to check, no error.
          "array-for-standard.json", "value",
          // sp tells a catalogue by its content and reads it as one: the wrong reader is the
          // test's.
          "catalog-for-standard.xml", "value");

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (Path corpus : CORPORA) {
      if (!Files.isDirectory(corpus)) {
        continue;
      }
      try (Stream<Path> files = Files.list(corpus)) {
        for (Path expect : files.filter(f -> f.toString().endsWith(".expect")).sorted().toList()) {
          Properties properties = new Properties();
          try (InputStream in = Files.newInputStream(expect)) {
            properties.load(in);
          }
          Path file = Path.of(expect.toString().replaceFirst("\\.expect$", ""));
          if (properties.getProperty("generate") == null && Files.isRegularFile(file)) {
            for (String format : List.of("text", "json", "sarif")) {
              String outcome =
                  TOOL_OUTCOME.getOrDefault(
                      file.getFileName().toString(), properties.getProperty("outcome"));
              cases.add(Arguments.of(file, outcome, format));
            }
          }
        }
      }
    }
    return cases.stream();
  }

  @Test
  void theToolsOwnCasesAndTheIoCorpusAreFound() throws IOException {
    assertThat(cases().count()).isGreaterThanOrEqualTo(3L * 4);
  }

  @ParameterizedTest(name = "{0} --format {2}")
  @MethodSource("cases")
  void everyHostileInputIsReportedAndTheNextFileStillChecked(
      Path file, String outcome, String format) throws IOException {
    Run run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () -> sp("validate", "--format", format, file.toString(), SAMPLE.toString()));

    String all = run.out() + run.err();
    assertThat(run.code()).as(all).isNotEqualTo(Sp.INTERNAL);
    if ("error".equals(outcome)) {
      assertThat(run.code()).as(all).isEqualTo(Sp.UNUSABLE);
    } else {
      // A value: read and checked; the file's own findings decide between 0 and 1.
      assertThat(run.code()).as(all).isIn(Sp.PASSED, Sp.FINDINGS);
    }
    assertThat(all).doesNotContain("\tat ", "Exception in thread");
    assertNoUnsafeCharacter(run.out());
    assertNoUnsafeCharacter(run.err());
    switch (format) {
      case "text" ->
          assertThat(run.out())
              .contains("legalisasi-ijazah-madrasah", "permohonan-informasi-publik");
      case "json" -> {
        JsonNode inputs = run.json().get("inputs");
        JsonNode last = inputs.get(inputs.size() - 1);
        assertThat(last.get("source").asText()).isEqualTo(SAMPLE.toString());
        assertThat(last.get("passed").asBoolean()).isTrue();
        if ("error".equals(outcome)) {
          assertThat(inputs.findValues("error")).isNotEmpty();
        }
      }
      default -> {
        JsonNode results = run.json().get("runs").get(0).get("results");
        if ("error".equals(outcome)) {
          assertThat(results.findValuesAsText("ruleId")).anyMatch(id -> id.startsWith("sp.read."));
        }
        assertThat(results.findValuesAsText("uri")).doesNotContain("kanwil-kemenag-aceh.json");
      }
    }
  }
}
