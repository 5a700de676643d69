package id.standarpelayanan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.io.StandardsXml;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Profile;
import id.standarpelayanan.rules.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of real published standards ({@code examples/data/real}, described in its SOURCES.md):
 * every file reads, is written back byte for byte, survives XML, and what had to go into {@code
 * extensions} is exactly what SOURCES.md lists and justifies.
 */
class RealCorpusTest {

  private static final StandardsJson JSON = StandardsJson.builder().pretty(true).build();
  private static final StandardsXml XML = StandardsXml.builder().pretty(true).build();
  private static final Path FOLDER = Samples.file("real");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
  private static final Pattern SECTION = Pattern.compile("(?m)^## (\\S+\\.json)\\s*$");
  private static final Pattern LEFTOVER = Pattern.compile("(?m)^  - `([^`]+)`");

  static Stream<String> files() throws IOException {
    try (Stream<Path> paths = Files.list(FOLDER)) {
      // A standard's file; not the assessor's expected findings beside it (<name>.expected.json).
      return paths
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json") && !n.endsWith(".expected.json"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void theCorpusHoldsAtLeastTwelveStandardsFromSixProvidersFourOfThemKemenagUnits()
      throws IOException {
    List<StandardsCatalog> catalogs = new ArrayList<>();
    for (String name : files().toList()) {
      catalogs.add(JSON.readCatalog(Files.readAllBytes(FOLDER.resolve(name))));
    }
    Set<String> providers =
        catalogs.stream()
            .map(c -> c.getProvider().orElseThrow().getName())
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> kemenag =
        providers.stream()
            .filter(p -> p.contains("Kementerian Agama") || p.startsWith("Madrasah"))
            .collect(Collectors.toSet());
    assertThat(catalogs.stream().mapToInt(c -> c.getStandards().size()).sum())
        .isGreaterThanOrEqualTo(12);
    assertThat(providers).hasSizeGreaterThanOrEqualTo(6);
    assertThat(kemenag).hasSizeGreaterThanOrEqualTo(4);
    assertThat(providers)
        .anyMatch(p -> p.startsWith("Pengadilan Agama"))
        .anyMatch(p -> p.contains("Puskesmas"))
        .anyMatch(p -> p.contains("Kependudukan"))
        .anyMatch(p -> p.contains("Kecamatan"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everyFileIsWrittenBackCanonicallyAndSurvivesXml(String name) throws IOException {
    String text = Files.readString(FOLDER.resolve(name), StandardCharsets.UTF_8);
    assertThat(text).contains("\"schemaVersion\": \"1.1\"");
    StandardsCatalog catalog = JSON.readCatalog(text);

    assertThat(JSON.writeToString(catalog)).as("%s in canonical form", name).isEqualTo(text);
    assertThat(JSON.readCatalog(JSON.writeToString(catalog))).isEqualTo(catalog);
    assertThat(XML.readCatalog(XML.writeToString(catalog))).isEqualTo(catalog);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everyFileIsCheckedUnderBothProfilesWithReadableFindings(String name) throws IOException {
    StandardsCatalog catalog = JSON.readCatalog(Files.readAllBytes(FOLDER.resolve(name)));
    for (Profile profile : Profile.builtIns()) {
      for (Locale locale : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
        Report report =
            Checker.builder().profile(profile).locale(locale).clock(CLOCK).build().check(catalog);
        assertThat(report.standards()).hasSize(catalog.getStandards().size());
        assertThat(report.findings())
            .as("%s, %s", name, profile.name())
            .allSatisfy(
                finding -> {
                  assertThat(finding.message()).isNotBlank().doesNotContain("{0}");
                  assertThat(finding.pointer()).startsWith("/");
                });
      }
    }
  }

  @Test
  void whatHadToGoIntoExtensionsIsListedAndJustifiedInTheSources() throws IOException {
    Map<String, Set<String>> documented = documentedLeftovers();
    Map<String, Set<String>> actual = new TreeMap<>();
    for (String name : files().toList()) {
      StandardsCatalog catalog = JSON.readCatalog(Files.readAllBytes(FOLDER.resolve(name)));
      Set<String> keys = new TreeSet<>(catalog.getExtensions().keySet());
      for (ServiceStandard standard : catalog.getStandards()) {
        keys.addAll(standard.getExtensions().keySet());
      }
      actual.put(name, keys);
    }
    assertThat(documented.keySet())
        .as("every file has a section in SOURCES.md, and only they")
        .containsExactlyInAnyOrderElementsOf(actual.keySet());
    assertThat(documented).isEqualTo(actual);
    // The list stays short: most of what real documents say has a typed place.
    assertThat(actual.values().stream().mapToInt(Set::size).sum()).isLessThanOrEqualTo(10);
  }

  /** File name → the extension keys its SOURCES.md section lists under "Leftovers". */
  private static Map<String, Set<String>> documentedLeftovers() throws IOException {
    String sources = Files.readString(FOLDER.resolve("SOURCES.md"), StandardCharsets.UTF_8);
    Map<String, Set<String>> leftovers = new LinkedHashMap<>();
    Matcher section = SECTION.matcher(sources);
    List<int[]> bounds = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (section.find()) {
      names.add(section.group(1));
      bounds.add(new int[] {section.end(), 0});
    }
    for (int i = 0; i < names.size(); i++) {
      int end =
          i + 1 < names.size() ? sources.lastIndexOf("## " + names.get(i + 1)) : sources.length();
      String body = sources.substring(bounds.get(i)[0], end);
      int at = body.indexOf("- Leftovers:");
      assertThat(at).as("%s has a Leftovers line", names.get(i)).isNotNegative();
      String list = body.substring(at);
      Set<String> keys = new TreeSet<>();
      if (!list.startsWith("- Leftovers: none")) {
        Matcher leftover = LEFTOVER.matcher(list);
        while (leftover.find()) {
          keys.add(leftover.group(1));
        }
        assertThat(keys).as("%s lists its leftovers", names.get(i)).isNotEmpty();
      }
      leftovers.put(names.get(i), keys);
    }
    return leftovers;
  }
}
