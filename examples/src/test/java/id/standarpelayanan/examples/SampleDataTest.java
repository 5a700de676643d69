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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The sample data are golden files: the JSON and XML versions hold the same catalogue, each is byte
 * for byte what the codecs write, and the catalogue is complete under both profiles.
 */
class SampleDataTest {

  private static final StandardsJson JSON = StandardsJson.builder().pretty(true).build();
  private static final StandardsXml XML = StandardsXml.builder().pretty(true).build();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-08-01T00:00:00Z"), ZoneOffset.UTC);

  private static String read(String name) throws IOException {
    return Files.readString(Samples.file(name), StandardCharsets.UTF_8);
  }

  @Test
  void jsonAndXmlSamplesAreTheSameCatalogueWrittenCanonically() throws IOException {
    for (String base : new String[] {"kanwil-kemenag-aceh", "legalisasi-ijazah-bermasalah"}) {
      String json = read(base + ".json");
      String xml = read(base + ".xml");
      if (base.startsWith("kanwil")) {
        StandardsCatalog fromJson = JSON.readCatalog(json);
        assertThat(XML.readCatalog(xml)).isEqualTo(fromJson);
        assertThat(JSON.writeToString(fromJson)).isEqualTo(json);
        assertThat(XML.writeToString(fromJson)).isEqualTo(xml);
      } else {
        ServiceStandard fromJson = JSON.readStandard(json);
        assertThat(XML.readStandard(xml)).isEqualTo(fromJson);
        assertThat(JSON.writeToString(fromJson)).isEqualTo(json);
        assertThat(XML.writeToString(fromJson)).isEqualTo(xml);
      }
    }
  }

  @Test
  void theSampleHasSixOrMoreCompleteStandardsAndPassesBothProfiles() throws IOException {
    StandardsCatalog catalog = JSON.readCatalog(read("kanwil-kemenag-aceh.json"));

    assertThat(catalog.getStandards())
        .hasSizeGreaterThanOrEqualTo(6)
        .allSatisfy(s -> assertThat(s.filledComponents()).hasSize(14));
    for (Profile profile : Profile.builtIns()) {
      Report report = Checker.builder().profile(profile).clock(CLOCK).build().check(catalog);
      assertThat(report.passed()).as(profile.name()).isTrue();
      assertThat(report.findings()).as(profile.name()).isEmpty();
      assertThat(report.score()).isEqualTo(100);
    }
  }
}
