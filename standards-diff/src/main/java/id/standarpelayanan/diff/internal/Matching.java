package id.standarpelayanan.diff.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Which item of the old list is which of the new one. In stages, each by hashing and so linear: by
 * id where items have one; then by equal normalised content; then by equal normalised label (name
 * or description); the few left are paired by similarity of their words, most similar first, the
 * nearer position deciding ties. Items that both carry (different) ids are never paired, except
 * services (a renamed service keeps its name and content).
 */
final class Matching {

  /**
   * Above this many candidate pairs the similarity stage is skipped (added and removed instead).
   */
  private static final long MOST_PAIRS = 250_000;

  private static final double ITEM_SIMILARITY = 0.5;
  private static final double SERVICE_SIMILARITY = 0.6;

  private final int[] oldToNew;
  private final int[] newToOld;

  private Matching(int n, int m) {
    oldToNew = new int[n];
    newToOld = new int[m];
    Arrays.fill(oldToNew, -1);
    Arrays.fill(newToOld, -1);
  }

  static Matching items(Items a, Items b) {
    Matching m = new Matching(a.size(), b.size());
    m.byKey(a, b, Items::id);
    m.byKey(a, b, (items, i) -> Values.normalisedJson(items.get(i)));
    m.byKey(a, b, (items, i) -> Values.labelKey(items.get(i)));
    m.bySimilarity(a, b, ITEM_SIMILARITY, false);
    return m;
  }

  static Matching services(Items a, Items b) {
    Matching m = new Matching(a.size(), b.size());
    m.byKey(a, b, Items::id);
    m.bySimilarity(a, b, SERVICE_SIMILARITY, true);
    return m;
  }

  int newOf(int oldIndex) {
    return oldToNew[oldIndex];
  }

  int oldOf(int newIndex) {
    return newToOld[newIndex];
  }

  /** Whether the matched items are in another relative order. */
  boolean reordered() {
    int last = -1;
    for (int j : oldToNew) {
      if (j >= 0) {
        if (j < last) {
          return true;
        }
        last = j;
      }
    }
    return false;
  }

  static String id(JsonNode item) {
    JsonNode id = item.get("id");
    return id != null && id.isTextual() ? "id:" + id.asText() : "";
  }

  private void byKey(Items a, Items b, BiFunction<Items, Integer, String> key) {
    Map<String, ArrayDeque<Integer>> open = new HashMap<>();
    for (int j = 0; j < b.size(); j++) {
      if (newToOld[j] < 0) {
        String k = key.apply(b, j);
        if (!k.isEmpty()) {
          open.computeIfAbsent(k, x -> new ArrayDeque<>()).add(j);
        }
      }
    }
    if (open.isEmpty()) {
      return;
    }
    for (int i = 0; i < a.size(); i++) {
      if (oldToNew[i] >= 0) {
        continue;
      }
      String k = key.apply(a, i);
      ArrayDeque<Integer> candidates = k.isEmpty() ? null : open.get(k);
      if (candidates == null) {
        continue;
      }
      for (Iterator<Integer> it = candidates.iterator(); it.hasNext(); ) {
        int j = it.next();
        if (!idsConflict(a.id(i), b.id(j))) {
          it.remove();
          pair(i, j);
          break;
        }
      }
    }
  }

  private void bySimilarity(Items a, Items b, double least, boolean services) {
    List<Integer> olds = new ArrayList<>();
    List<Integer> news = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (oldToNew[i] < 0) {
        olds.add(i);
      }
    }
    for (int j = 0; j < b.size(); j++) {
      if (newToOld[j] < 0) {
        news.add(j);
      }
    }
    if (olds.isEmpty() || news.isEmpty() || (long) olds.size() * news.size() > MOST_PAIRS) {
      return;
    }
    Map<Integer, JsonNode> newItems = new HashMap<>();
    Map<Integer, Set<String>> newWords = new HashMap<>();
    Map<Integer, Set<String>> newNames = new HashMap<>();
    for (int j : news) {
      JsonNode y = b.get(j);
      newItems.put(j, y);
      newWords.put(j, Values.words(y));
      newNames.put(j, Values.words(y.path("name")));
    }
    List<double[]> candidates = new ArrayList<>();
    for (int i : olds) {
      JsonNode x = a.get(i);
      if (!services && x.isTextual() && Values.isConstant(x)) {
        continue;
      }
      Set<String> words = Values.words(x);
      Set<String> name = Values.words(x.path("name"));
      for (int j : news) {
        JsonNode y = newItems.get(j);
        if (!services && (idsConflict(a.id(i), b.id(j)) || x.getNodeType() != y.getNodeType())) {
          continue;
        }
        double content = Values.similarity(words, newWords.get(j));
        double score =
            services ? (Values.similarity(name, newNames.get(j)) + content) / 2 : content;
        if (score >= least) {
          candidates.add(new double[] {score, i, j});
        }
      }
    }
    candidates.sort(
        Comparator.<double[]>comparingDouble(c -> -c[0])
            .thenComparingDouble(c -> Math.abs(c[1] - c[2]))
            .thenComparingDouble(c -> c[1] + c[2]));
    for (double[] c : candidates) {
      int i = (int) c[1];
      int j = (int) c[2];
      if (oldToNew[i] < 0 && newToOld[j] < 0) {
        pair(i, j);
      }
    }
  }

  private static boolean idsConflict(String a, String b) {
    return !a.isEmpty() && !b.isEmpty() && !a.equals(b);
  }

  private void pair(int i, int j) {
    oldToNew[i] = j;
    newToOld[j] = i;
  }
}
