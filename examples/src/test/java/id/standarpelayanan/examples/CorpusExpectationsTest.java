package id.standarpelayanan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.standarpelayanan.rules.Profile;
import id.standarpelayanan.rules.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The assessor's expected findings beside the corpus ({@code <name>.expected.json}), written before
 * the checker was run on the files, are well formed: each names its standard's file, uses known
 * rule ids (or proposes a new one as {@code new:…}), gives a reason, and points into the document
 * (to a value, or to a missing one whose parent exists); and the checker meets them under both
 * profiles ({@link CorpusComparison}). The totals over the corpus are written to {@code
 * target/corpus-scores.txt}.
 */
class CorpusExpectationsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path FOLDER = Samples.file("real");
  private static final Set<String> SEVERITIES = Set.of("ERROR", "WARNING", "INFO");
  private static final Set<String> PROFILES = Set.of("uu-25-2009", "kemenag-11-prinsip");

  static Stream<String> expectations() throws IOException {
    try (Stream<Path> paths = Files.list(FOLDER)) {
      return paths
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".expected.json"))
          .sorted()
          .toList()
          .stream();
    }
  }

  static Stream<Arguments> filesAndProfiles() throws IOException {
    return expectations()
        .map(name -> name.replace(".expected.json", ".json"))
        .flatMap(name -> Profile.builtIns().stream().map(profile -> Arguments.of(name, profile)));
  }

  @ParameterizedTest(name = "{0} under {1}")
  @MethodSource("filesAndProfiles")
  void theCheckerRaisesWhatTheAssessorExpectsAndNothingElse(String name, Profile profile)
      throws IOException {
    CorpusComparison.Outcome outcome = CorpusComparison.compare(FOLDER, name, profile);
    assertThat(outcome.met())
        .as("%s under %s:%s", name, profile.name(), outcome.difference())
        .isTrue();
  }

  @Test
  void theTotalsOverTheCorpusAreWrittenDown() throws IOException {
    StringBuilder text =
        new StringBuilder(
            "# file\tprofile\ttrue positives\tfalse negatives\tfalse positives\twanted (no rule)\n");
    int[] totals = new int[4];
    for (Arguments arguments : filesAndProfiles().toList()) {
      String name = (String) arguments.get()[0];
      Profile profile = (Profile) arguments.get()[1];
      CorpusComparison.Outcome outcome = CorpusComparison.compare(FOLDER, name, profile);
      int[] counts = {
        outcome.truePositives().size(),
        outcome.falseNegatives().size(),
        outcome.falsePositives().size(),
        outcome.wanted().size()
      };
      text.append(name).append('\t').append(profile.name());
      for (int i = 0; i < counts.length; i++) {
        totals[i] += counts[i];
        text.append('\t').append(counts[i]);
      }
      text.append('\n');
      outcome.wanted().forEach(line -> text.append("#   wanted ").append(line).append('\n'));
    }
    text.append("total\tboth");
    for (int total : totals) {
      text.append('\t').append(total);
    }
    text.append('\n');
    Path scores = Path.of("target", "corpus-scores.txt");
    Files.createDirectories(scores.getParent());
    Files.writeString(scores, text);
    assertThat(totals[0]).as("true positives").isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectations")
  void expectationsNameTheirFileKnownRulesAReasonAndAPlaceInTheDocument(String name)
      throws IOException {
    JsonNode expected = MAPPER.readTree(FOLDER.resolve(name).toFile());
    String file = name.replace(".expected.json", ".json");
    assertThat(expected.path("file").asText()).isEqualTo(file);
    JsonNode document = MAPPER.readTree(FOLDER.resolve(file).toFile());
    Set<String> rules =
        Profile.law25Of2009().allRules().stream().map(Rule::id).collect(Collectors.toSet());

    for (String list : List.of("expected", "notRaised", "notJudged")) {
      for (JsonNode entry : expected.path(list)) {
        String where = name + " " + list + " " + entry;
        assertThat(entry.path("reason").asText()).as(where).isNotBlank();
        String pointer = entry.path("pointer").asText();
        assertThat(pointer).as(where).startsWith("/");
        JsonPointer at = JsonPointer.compile(pointer);
        assertThat(document.at(at).isMissingNode() && document.at(at.head()).isMissingNode())
            .as("%s: the pointer or its parent is in the document", where)
            .isFalse();
        JsonNode rule = entry.path("rule");
        if (rule.isTextual()) {
          assertThat(rules.contains(rule.asText()) || rule.asText().startsWith("new:"))
              .as("%s: a known rule or a proposed new:… one", where)
              .isTrue();
        }
        if (list.equals("expected")) {
          for (var severity : entry.path("severity").properties()) {
            assertThat(PROFILES).as(where).contains(severity.getKey());
            assertThat(SEVERITIES).as(where).contains(severity.getValue().asText());
          }
        }
      }
    }
  }
}
