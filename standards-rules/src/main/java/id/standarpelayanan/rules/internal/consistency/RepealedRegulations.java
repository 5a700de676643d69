package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.RegulationType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The regulations known to be repealed, kept as data in {@code repealed-regulations.txt} next to
 * this class: one per line, {@code TYPE|number|year|replaced by}, {@code #} starts a comment. Not
 * API.
 */
final class RepealedRegulations {

  /**
   * A repealed regulation.
   *
   * @param type its type
   * @param number its number
   * @param year its year
   * @param replacedBy what replaced it, as cited
   */
  record Repealed(RegulationType type, String number, int year, String replacedBy) {}

  private static final List<Repealed> ALL = load();

  private RepealedRegulations() {}

  /**
   * Returns the entry for a regulation, if it is repealed.
   *
   * @param type its type
   * @param number its number
   * @param year its year
   * @return the entry
   */
  static Optional<Repealed> find(RegulationType type, String number, int year) {
    String wanted = number.strip().toLowerCase(Locale.ROOT);
    return ALL.stream()
        .filter(r -> r.type() == type && r.year() == year && r.number().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
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
        if (fields.length != 4) {
          throw new IllegalStateException("repealed-regulations.txt: expected TYPE|number|year|replaced by: " + line);
        }
        entries.add(new Repealed(
            RegulationType.valueOf(fields[0].strip()), fields[1].strip(), Integer.parseInt(fields[2].strip()), fields[3].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(entries);
  }
}
