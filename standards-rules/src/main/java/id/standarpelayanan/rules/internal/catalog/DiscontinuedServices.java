package id.standarpelayanan.rules.internal.catalog;

import id.standarpelayanan.rules.internal.Texts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The services known to have been discontinued or moved, kept as data in {@code
 * discontinued-services.txt} next to this class: one per line, {@code
 * id|date|provider|service|what changed (id)|what changed (en)|source}, {@code #} starts a comment.
 * A provider matches when its name contains one of the provider phrases; a service when its name
 * holds every word of one of the service alternatives. Not API.
 */
final class DiscontinuedServices {

  /**
   * A discontinued or moved service.
   *
   * @param id its id
   * @param date from when
   * @param providers the phrases naming the providers that offered it, lower case
   * @param services the alternatives naming it, each a list of words
   * @param changeId what changed, in Indonesian
   * @param changeEn what changed, in English
   * @param source where it is recorded
   */
  record Entry(String id, LocalDate date, List<String> providers, List<List<String>> services, String changeId,
      String changeEn, String source) {}

  private static final List<Entry> ALL = load();

  private DiscontinuedServices() {}

  /**
   * Returns the entries matching a provider and a service.
   *
   * @param provider the provider's name (and parent agency)
   * @param service the service's name
   * @return the entries, in file order
   */
  static List<Entry> matching(String provider, String service) {
    String providerText = Texts.normalized(provider);
    List<String> serviceWords = Texts.words(service);
    return ALL.stream()
        .filter(entry -> entry.providers().stream().anyMatch(phrase -> containsWords(providerText, phrase)))
        .filter(entry -> entry.services().stream().anyMatch(serviceWords::containsAll))
        .toList();
  }

  /**
   * Returns every entry.
   *
   * @return the entries, in file order
   */
  static List<Entry> all() {
    return ALL;
  }

  /** Whether a text holds a phrase as whole words. */
  private static boolean containsWords(String text, String phrase) {
    List<String> words = Texts.words(text);
    List<String> wanted = Texts.words(phrase);
    return Collections.indexOfSubList(words, wanted) >= 0;
  }

  private static List<Entry> load() {
    List<Entry> entries = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(
            DiscontinuedServices.class.getResourceAsStream("discontinued-services.txt"), "discontinued-services.txt");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String content = line.strip();
        if (content.isEmpty() || content.startsWith("#")) {
          continue;
        }
        String[] fields = content.split("\\|", -1);
        if (fields.length != 7) {
          throw new IllegalStateException("discontinued-services.txt: expected id|date|provider|service|id|en|source: " + line);
        }
        List<String> providers = List.of(fields[2].split(";")).stream().map(String::strip).toList();
        List<List<String>> services = List.of(fields[3].split(";")).stream()
            .map(alternative -> List.of(alternative.strip().split("\\+"))).toList();
        entries.add(new Entry(fields[0].strip(), LocalDate.parse(fields[1].strip()), providers, services,
            fields[4].strip(), fields[5].strip(), fields[6].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(entries);
  }
}
