package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.RegulationType;
import id.standarpelayanan.rules.internal.Texts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The regulations known to be repealed, kept as data in {@code repealed-regulations.txt} next to
 * this class: one per line, {@code TYPE|issuer|number|year|subject|replaced by|source}, {@code #}
 * starts a comment. A regulation is keyed by its type, issuing body, number and year: a Permenkes
 * 36/2012 is not PermenPANRB 36/2012. Not API.
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
  record Repealed(RegulationType type, List<String> issuers, String number, int year, String subject, String replacedBy,
      String source) {}

  /** Words a title shares with any other, left out when titles are compared. */
  private static final Set<String> FILLERS = Set.of("tentang", "dan", "atas", "nomor", "tahun", "yang", "di", "pada", "serta");

  private static final List<Repealed> ALL = load();

  private RepealedRegulations() {}

  /**
   * Returns the entry for a cited regulation, if it is repealed: same type, number and year, and
   * the same issuing body. Where the type does not name its issuer, the reference must name it in
   * one of the ways listed, or have a title that is the entry's (see {@link #sameTitle}); a
   * reference that says
   * neither cannot be told apart from another body's regulation of the same number and is not
   * matched.
   *
   * @param reference the reference
   * @return the entry
   */
  static Optional<Repealed> find(LegalReference reference) {
    if (reference.getNumber().isEmpty() || reference.getYear().isEmpty()) {
      return Optional.empty();
    }
    String wanted = reference.getNumber().get().strip().toLowerCase(Locale.ROOT);
    int year = reference.getYear().get();
    return ALL.stream()
        .filter(r -> r.type() == reference.getType() && r.year() == year && r.number().toLowerCase(Locale.ROOT).equals(wanted))
        .filter(r -> sameIssuer(r, reference))
        .findFirst();
  }

  private static boolean sameIssuer(Repealed repealed, LegalReference reference) {
    if (repealed.issuers().isEmpty()) {
      return true;
    }
    // The issuer as offices write it ("Menteri PAN dan RB", "Menteri Negara Pendayagunaan…"), or
    // else the title: another body's regulation of the same number and year and the same subject
    // is not to be expected.
    boolean issuer = reference.getIssuer().map(Texts::normalized)
        .filter(written -> repealed.issuers().stream().anyMatch(written::contains)).isPresent();
    return issuer || reference.getTitle().filter(title -> sameTitle(title, repealed.subject())).isPresent();
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
    try (InputStream in = Objects.requireNonNull(
            RepealedRegulations.class.getResourceAsStream("repealed-regulations.txt"), "repealed-regulations.txt");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String content = line.strip();
        if (content.isEmpty() || content.startsWith("#")) {
          continue;
        }
        String[] fields = content.split("\\|", -1);
        if (fields.length != 7) {
          throw new IllegalStateException("repealed-regulations.txt: expected TYPE|issuer|number|year|subject|replaced by|source: " + line);
        }
        List<String> issuers = fields[1].strip().equals("-") ? List.of()
            : List.of(fields[1].split(";")).stream().map(Texts::normalized).toList();
        entries.add(new Repealed(RegulationType.valueOf(fields[0].strip()), issuers, fields[2].strip(),
            Integer.parseInt(fields[3].strip()), fields[4].strip(), fields[5].strip(), fields[6].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(entries);
  }
}
