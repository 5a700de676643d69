package id.standarpelayanan.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Finds repeated keys in a list, such as two requirements with one id. */
public final class Duplicates {

  /**
   * A repeated key.
   *
   * @param index the position of the repeat
   * @param firstIndex the position of the key's first occurrence
   * @param key the key
   * @param <K> the key type
   */
  public record Repeat<K>(int index, int firstIndex, K key) {}

  private Duplicates() {}

  /**
   * Returns every repeat of a key, in list order; elements without a key are skipped.
   *
   * @param elements the elements
   * @param key the key of an element, if it has one
   * @param <T> the element type
   * @param <K> the key type, with value equality
   * @return the repeats
   */
  public static <T, K> List<Repeat<K>> of(List<T> elements, Function<T, Optional<K>> key) {
    Map<K, Integer> first = new HashMap<>();
    List<Repeat<K>> repeats = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      Optional<K> k = key.apply(elements.get(i));
      if (k.isPresent()) {
        Integer earlier = first.putIfAbsent(k.get(), i);
        if (earlier != null) {
          repeats.add(new Repeat<>(i, earlier, k.get()));
        }
      }
    }
    return repeats;
  }
}
