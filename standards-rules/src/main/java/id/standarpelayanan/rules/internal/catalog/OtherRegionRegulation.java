package id.standarpelayanan.rules.internal.catalog;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.RegulationType;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Pointers;
import id.standarpelayanan.rules.internal.Texts;
import id.standarpelayanan.rules.internal.consistency.LegalReferences;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code sp.legal-basis.other-region}: a standard cites a regional regulation (Perda, Qanun,
 * Pergub, Perbup/Perwali, a regional head's decree) of a region other than its provider's, which
 * has no force there (a Perda of Kota Medan for a sub-district of Kabupaten Empat Lawang). The
 * region is the reference's, or else the one its issuer names ("Bupati Kudus": Kabupaten Kudus);
 * regions are compared only at the same tier (regency or city against regency or city, province
 * against province), since a provincial regulation applies in its regencies and the library knows
 * no map of them. Quiet where either region is not stated.
 */
public final class OtherRegionRegulation extends BuiltInRule {

  private static final Set<RegulationType> REGIONAL =
      Set.of(
          RegulationType.PERDA,
          RegulationType.QANUN,
          RegulationType.PERGUB,
          RegulationType.PERBUP_PERWALI,
          RegulationType.KEPUTUSAN_KEPALA_DAERAH);

  /**
   * A region: its tier ({@code "regency"} for kabupaten and kota, {@code "province"}) and its name.
   */
  private record Region(String tier, String name) {}

  public OtherRegionRegulation() {
    super(
        "sp.legal-basis.other-region",
        Severity.WARNING,
        "UU 25/2009 pasal 21 huruf a",
        List.of(Component.LEGAL_BASIS),
        "message");
  }

  @Override
  public void check(StandardsCatalog catalog, RuleContext context) {
    Optional<Region> home =
        catalog
            .getProvider()
            .flatMap(provider -> provider.getRegion())
            .flatMap(OtherRegionRegulation::region);
    if (home.isEmpty()) {
      return;
    }
    List<ServiceStandard> standards = catalog.getStandards();
    for (int s = 0; s < standards.size(); s++) {
      List<LegalReference> references = standards.get(s).getLegalBasis();
      for (int i = 0; i < references.size(); i++) {
        LegalReference reference = references.get(i);
        Optional<Region> region =
            REGIONAL.contains(reference.getType()) ? regionOf(reference) : Optional.empty();
        if (region.isPresent()
            && region.get().tier().equals(home.get().tier())
            && !region.get().equals(home.get())) {
          context.report(
              Component.LEGAL_BASIS,
              Pointers.of("standards", s, "legalBasis", i),
              "message",
              LegalReferences.cite(reference),
              reference.getRegion().orElse(reference.getIssuer().orElse("")),
              catalog.getProvider().get().getRegion().get());
        }
      }
    }
  }

  private static Optional<Region> regionOf(LegalReference reference) {
    Optional<Region> stated = reference.getRegion().flatMap(OtherRegionRegulation::region);
    return stated.isPresent()
        ? stated
        : reference.getIssuer().flatMap(OtherRegionRegulation::region);
  }

  /**
   * "Kabupaten Kudus", "Kab. Kudus", "Bupati Kudus", "Kota Medan", "Walikota Medan", "Provinsi
   * Aceh", "Gubernur Aceh".
   */
  private static Optional<Region> region(String text) {
    List<String> words = Texts.words(text);
    if (words.size() < 2) {
      return Optional.empty();
    }
    String tier =
        switch (words.get(0)) {
          case "kabupaten", "kab", "bupati", "kota", "walikota", "wali" -> "regency";
          case "provinsi", "prov", "gubernur" -> "province";
          default -> "";
        };
    if (tier.isEmpty()) {
      return Optional.empty();
    }
    int from = words.get(0).equals("wali") && words.get(1).equals("kota") ? 2 : 1;
    String kind =
        words.get(0).startsWith("kab") || words.get(0).equals("bupati")
            ? "kabupaten"
            : tier.equals("regency") ? "kota" : "provinsi";
    return from < words.size()
        ? Optional.of(
            new Region(tier, kind + " " + String.join(" ", words.subList(from, words.size()))))
        : Optional.empty();
  }
}
