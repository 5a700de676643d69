package id.standarpelayanan.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Finds repeated keys in a list, such as two requirements with one id. Not API. */
public final class Duplicates {

  /**
   * A repeated key.
   *
   * @param index the position of the repeat
   * @param firstIndex the position of the key's first occurrence
   * @param key the key
   */
  public record Repeat(int index, int firstIndex, String key) {}

  private Duplicates() {}

  /**
   * Returns every repeat of a key, in list order; elements without a key are skipped.
   *
   * @param elements the elements
   * @param key the key of an element, if it has one
   * @param <T> the element type
   * @return the repeats
   */
  public static <T> List<Repeat> of(List<T> elements, Function<T, Optional<String>> key) {
    Map<String, Integer> first = new HashMap<>();
    List<Repeat> repeats = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      int index = i;
      key.apply(elements.get(i)).ifPresent(k -> {
        Integer earlier = first.putIfAbsent(k, index);
        if (earlier != null) {
          repeats.add(new Repeat(index, earlier, k));
        }
      });
    }
    return repeats;
  }
}
