package id.standarpelayanan.diff.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * A list compared item by item: a JSON array, or a catalogue's standards whose trees are made one
 * at a time when asked for (so that comparing two large catalogues never holds their whole trees).
 */
interface Items {

  /** The number of items. */
  int size();

  /** The item's canonical JSON tree. */
  JsonNode get(int index);

  /** The item's id as a matching key ({@code "id:…"}), or empty when it has none. */
  String id(int index);

  /** The text the item is known by in a reorder. */
  String label(int index);

  static Items of(ArrayNode array) {
    return new Items() {
      @Override
      public int size() {
        return array.size();
      }

      @Override
      public JsonNode get(int index) {
        return array.get(index);
      }

      @Override
      public String id(int index) {
        return Matching.id(array.get(index));
      }

      @Override
      public String label(int index) {
        return Values.label(array.get(index));
      }
    };
  }
}
