package id.standarpelayanan.rules.internal.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.RegulationType;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The list of repealed regulations is data with a source for every entry, one entry per key. */
class RepealedRegulationsTest {

  @Test
  void everyEntryHasASourceAReplacementAndAnIssuerWhereTheTypeDoesNotNameIt() {
    assertThat(RepealedRegulations.all())
        .hasSizeGreaterThanOrEqualTo(25)
        .allSatisfy(
            entry -> {
              assertThat(entry.source()).startsWith("http");
              assertThat(entry.replacedBy()).isNotBlank();
              assertThat(entry.subject()).isNotBlank();
              assertThat(entry.year()).isBetween(1945, 2030);
              boolean severalIssuers =
                  Set.of(
                          RegulationType.PERMEN,
                          RegulationType.KEPMEN,
                          RegulationType.PERATURAN_LEMBAGA,
                          RegulationType.KEPUTUSAN_LEMBAGA,
                          RegulationType.KEPUTUSAN_KEPALA,
                          RegulationType.SURAT_EDARAN)
                      .contains(entry.type());
              assertThat(entry.issuers().isEmpty())
                  .as("%s names its issuer if the type does not", entry)
                  .isEqualTo(!severalIssuers);
            });
  }

  @Test
  void noKeyIsListedTwice() {
    Set<String> keys = new HashSet<>();
    for (RepealedRegulations.Repealed entry : RepealedRegulations.all()) {
      assertThat(
              keys.add(
                  entry.type() + " " + entry.issuers() + " " + entry.number() + "/" + entry.year()))
          .as("%s is listed once", entry)
          .isTrue();
    }
  }
}
