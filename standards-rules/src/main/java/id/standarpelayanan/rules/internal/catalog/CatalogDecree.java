package id.standarpelayanan.rules.internal.catalog;

import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.Decree;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Texts;
import java.util.List;
import java.util.Optional;

/**
 * {@code sp.catalog.decree}: a catalogue that is established, published or superseded has no decree
 * (SK), or its decree has no number: a number that is blank, a placeholder, or has an empty slot
 * ("140 / / SK / 2022", "…/SK/2023") is no number. A decree without its date is {@code
 * sp.catalog.decree-date}'s.
 */
public final class CatalogDecree extends BuiltInRule {

  public CatalogDecree() {
    super(
        "sp.catalog.decree", Severity.ERROR, "PermenPANRB 15/2014", List.of(), "missing", "number");
  }

  /**
   * Tells whether a decree number is one: meaningful, with a digit, and no slot between slashes
   * left empty or filled with dots, dashes, underscores or "xxx", and no serial left blank after
   * its prefix ("B- /Kw.01.1/…"). A single "X" is the Roman month (October), not a blank.
   *
   * @param number the number as written
   * @return whether it is a number
   */
  static boolean number(Optional<String> number) {
    if (!Texts.meaningful(number) || number.get().chars().noneMatch(Character::isDigit)) {
      return false;
    }
    for (String slot : number.get().split("/", -1)) {
      String content = slot.strip();
      boolean filler = content.chars().allMatch(c -> " .\u2026_-xX".indexOf(c) >= 0);
      boolean romanTen = content.equals("X") || content.equals("x");
      if ((filler && !romanTen) || content.endsWith("-")) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void check(StandardsCatalog catalog, RuleContext context) {
    if (!Stages.reached(catalog, CatalogStatus.ESTABLISHED)) {
      return;
    }
    Optional<Decree> decree = catalog.getDecree();
    if (decree.isEmpty()) {
      context.report("/decree", "missing", catalog.getStatus());
      return;
    }
    if (!number(decree.get().getNumber())) {
      context.report(
          "/decree/number", "number", catalog.getStatus(), decree.get().getNumber().orElse(""));
    }
  }
}
