package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Fee;
import id.standarpelayanan.model.FeeItem;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.RegulationType;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.internal.Pointers;
import id.standarpelayanan.rules.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the fee rules need to know of a fee's legal basis, in one place. */
final class FeeLegalBasis {

  /** Words and abbreviations with which offices name a regulation or decree in a fee's text. */
  private static final Set<String> INSTRUMENTS =
      Set.of(
          "sk",
          "perda",
          "perbup",
          "perwali",
          "pergub",
          "perkada",
          "qanun",
          "keputusan",
          "kepmen",
          "permen",
          "pp",
          "perpres",
          "perma",
          "pma",
          "kma",
          "uu",
          "decree");

  /**
   * A priced item of a standard's fee.
   *
   * @param index its index in the fee's items
   * @param item the item
   * @param namedInWords whether the fee's description or the item's condition names a regulation in
   *     words ("Sesuai SK Panjar")
   */
  record PricedItem(int index, FeeItem item, boolean namedInWords) {

    /** The pointer of the item's legal basis. */
    Pointer basisPointer() {
      return Pointers.of("fee", "items", index, "legalBasis");
    }

    /** The pointer of the type of the item's legal basis. */
    Pointer basisTypePointer() {
      return Pointers.of("fee", "items", index, "legalBasis", "type");
    }
  }

  private FeeLegalBasis() {}

  /**
   * Returns the priced items of a standard's fee (an amount above zero), in order.
   *
   * @param standard the standard
   * @return the items
   */
  static List<PricedItem> pricedItems(ServiceStandard standard) {
    List<FeeItem> items = standard.getFee().map(fee -> fee.getItems()).orElse(List.of());
    boolean inDescription = standard.getFee().filter(FeeLegalBasis::namedInWords).isPresent();
    List<PricedItem> priced = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (priced(items.get(i))) {
        priced.add(new PricedItem(i, items.get(i), inDescription || namedInWords(items.get(i))));
      }
    }
    return priced;
  }

  /**
   * Tells whether a fee item is priced: it states an amount above zero.
   *
   * @param item the item
   * @return whether it costs something stated
   */
  private static boolean priced(FeeItem item) {
    return item.getAmount().filter(amount -> amount.getAmount() > 0).isPresent();
  }

  /**
   * Tells whether a fee's description names a regulation in words ("Sesuai SK Panjar").
   *
   * @param fee the fee
   * @return whether it does
   */
  private static boolean namedInWords(Fee fee) {
    return namedInWords(fee.getDescription());
  }

  /**
   * Tells whether a fee item's condition names a regulation in words.
   *
   * @param item the item
   * @return whether it does
   */
  private static boolean namedInWords(FeeItem item) {
    return namedInWords(item.getCondition());
  }

  private static boolean namedInWords(Optional<String> text) {
    return text.filter(t -> Texts.words(t).stream().anyMatch(INSTRUMENTS::contains)).isPresent();
  }

  /**
   * Tells whether a reference is a court's decree on the advance on court costs (panjar biaya
   * perkara), which PERMA 3/2012 leaves to the court's chief: its title names the panjar or the
   * costs of a case, and it is a head's decree or issued by a court. The Supreme Court chief
   * justice's decree on service standards (SK KMA 026/2012) sets no tariff.
   *
   * @param reference the reference
   * @return whether it is
   */
  static boolean courtCosts(LegalReference reference) {
    List<String> title = reference.getTitle().map(Texts::words).orElse(List.of());
    List<String> issuer = reference.getIssuer().map(Texts::words).orElse(List.of());
    boolean panjar =
        title.contains("panjar") || (title.contains("biaya") && title.contains("perkara"));
    return panjar
        && (reference.getType() == RegulationType.KEPUTUSAN_KEPALA
            || issuer.contains("pengadilan"));
  }
}
