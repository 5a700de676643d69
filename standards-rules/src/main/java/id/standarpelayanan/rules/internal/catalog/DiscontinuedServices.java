package id.standarpelayanan.rules.internal.catalog;

import id.standarpelayanan.rules.internal.DataFiles;
import id.standarpelayanan.rules.internal.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The services known to have been discontinued or moved, kept as data in {@code
 * discontinued-services.txt} next to this class: one per line, {@code id|date|provider|service|what
 * changed (id)|what changed (en)|source}, {@code #} starts a comment. A provider matches when its
 * name holds one of the provider phrases as whole words; a service when its name holds every word
 * of one of the service alternatives.
 */
final class DiscontinuedServices {

  /**
   * A discontinued or moved service.
   *
   * @param id its id
   * @param date from when
   * @param providers the phrases naming the providers that offered it, each as its words
   * @param services the alternatives naming it, each a list of words
   * @param changeId what changed, in Indonesian
   * @param changeEn what changed, in English
   * @param source where it is recorded
   */
  record Entry(
      String id,
      LocalDate date,
      List<List<String>> providers,
      List<List<String>> services,
      String changeId,
      String changeEn,
      String source) {}

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
    List<String> providerWords = Texts.words(provider);
    List<String> serviceWords = Texts.words(service);
    return ALL.stream()
        .filter(
            entry ->
                entry.providers().stream()
                    .anyMatch(phrase -> Collections.indexOfSubList(providerWords, phrase) >= 0))
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

  private static List<Entry> load() {
    List<Entry> entries = new ArrayList<>();
    for (String[] f :
        DataFiles.records(
            DiscontinuedServices.class,
            "discontinued-services.txt",
            "id|date|provider|service|what changed (id)|what changed (en)|source")) {
      List<List<String>> providers = List.of(f[2].split(";")).stream().map(Texts::words).toList();
      List<List<String>> services =
          List.of(f[3].split(";")).stream()
              .map(
                  alternative ->
                      List.of(alternative.strip().split("\\+")).stream()
                          .map(word -> word.strip().toLowerCase(Locale.ROOT))
                          .toList())
              .toList();
      entries.add(new Entry(f[0], LocalDate.parse(f[1]), providers, services, f[4], f[5], f[6]));
    }
    return List.copyOf(entries);
  }
}
