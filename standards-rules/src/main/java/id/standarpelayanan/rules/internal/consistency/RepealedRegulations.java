package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.RegulationType;
import id.standarpelayanan.rules.internal.DataFiles;
import id.standarpelayanan.rules.internal.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The regulations known to be repealed, kept as data in {@code repealed-regulations.txt} next to
 * this class: one per line, {@code TYPE|issuer|number|year|subject|replaced by|source}, {@code #}
 * starts a comment. A regulation is keyed by its type, issuing body, number and year: a Permenkes
 * 36/2012 is not PermenPANRB 36/2012.
 */
final class RepealedRegulations {

  /**
   * A repealed regulation.
   *
   * @param type its type
   * @param issuers the ways its issuing body is written, lower case; empty where the type names it
   * @param number its number
   * @param year its year
   * @param subject its title
   * @param replacedBy what replaced it, as cited
   * @param source where the repeal is recorded
   */
  record Repealed(
      RegulationType type,
      List<String> issuers,
      String number,
      int year,
      String subject,
      String replacedBy,
      String source) {}

  /** Words a title shares with any other, left out when titles are compared. */
  private static final Set<String> FILLERS =
      Set.of("tentang", "dan", "atas", "nomor", "tahun", "yang", "di", "pada", "serta");

  private static final List<Repealed> ALL = load();

  /** The entries by {@link #key}: a reference is looked up, not compared with every entry. */
  private static final Map<String, List<Repealed>> BY_KEY =
      ALL.stream().collect(Collectors.groupingBy(r -> key(r.type(), r.number(), r.year())));

  /** The years listed per type: most references are not looked up at all. */
  private static final Map<RegulationType, Set<Integer>> YEARS =
      ALL.stream()
          .collect(
              Collectors.groupingBy(
                  Repealed::type, Collectors.mapping(Repealed::year, Collectors.toSet())));

  private RepealedRegulations() {}

  /**
   * Returns the entry for a cited regulation, if it is repealed: same type, number and year, and
   * the same issuing body. Where the type does not name its issuer, the reference must name it in
   * one of the ways listed, or have a title that is the entry's (see {@link #sameTitle}); a
   * reference that says neither cannot be told apart from another body's regulation of the same
   * number and is not matched.
   *
   * @param reference the reference
   * @return the entry
   */
  static Optional<Repealed> find(LegalReference reference) {
    if (reference.getNumber().isEmpty()
        || reference.getYear().isEmpty()
        || !YEARS.getOrDefault(reference.getType(), Set.of()).contains(reference.getYear().get())) {
      return Optional.empty();
    }
    return BY_KEY
        .getOrDefault(
            key(reference.getType(), reference.getNumber().get(), reference.getYear().get()),
            List.of())
        .stream()
        .filter(r -> sameIssuer(r, reference))
        .findFirst();
  }

  /** Type, number (trimmed, ignoring case) and year. */
  private static String key(RegulationType type, String number, int year) {
    return type.name() + '|' + number.strip().toLowerCase(Locale.ROOT) + '|' + year;
  }

  private static boolean sameIssuer(Repealed repealed, LegalReference reference) {
    if (repealed.issuers().isEmpty()) {
      return true;
    }
    // The issuer as offices write it ("Menteri PAN dan RB", "Menteri Negara Pendayagunaan…"), or
    // else the title: another body's regulation of the same number and year and the same subject
    // is not to be expected.
    boolean issuer =
        reference
            .getIssuer()
            .map(Texts::normalized)
            .filter(written -> repealed.issuers().stream().anyMatch(written::contains))
            .isPresent();
    return issuer
        || reference.getTitle().filter(title -> sameTitle(title, repealed.subject())).isPresent();
  }

  /**
   * Whether a cited title is the entry's: at least two of its words, and at least two thirds of
   * them, are in the entry's title. Offices shorten and reword titles ("Pedoman Penyusunan Standar
   * Pelayanan" for "Petunjuk Teknis Penyusunan, Penetapan, dan Penerapan Standar Pelayanan").
   */
  private static boolean sameTitle(String title, String subject) {
    Set<String> cited = significant(title);
    Set<String> shared = significant(subject);
    shared.retainAll(cited);
    return shared.size() >= 2 && 3 * shared.size() >= 2 * cited.size();
  }

  private static Set<String> significant(String title) {
    Set<String> words = new HashSet<>(Texts.words(title));
    words.removeAll(FILLERS);
    return words;
  }

  /**
   * Returns every entry.
   *
   * @return the entries, in file order
   */
  static List<Repealed> all() {
    return ALL;
  }

  private static List<Repealed> load() {
    List<Repealed> entries = new ArrayList<>();
    for (String[] f :
        DataFiles.records(
            RepealedRegulations.class,
            "repealed-regulations.txt",
            "TYPE|issuer|number|year|subject|replaced by|source")) {
      List<String> issuers =
          f[1].equals("-")
              ? List.of()
              : List.of(f[1].split(";")).stream().map(Texts::normalized).toList();
      entries.add(
          new Repealed(
              RegulationType.valueOf(f[0]),
              issuers,
              f[2],
              Integer.parseInt(f[3]),
              f[4],
              f[5],
              f[6]));
    }
    return List.copyOf(entries);
  }
}
