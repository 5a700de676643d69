package id.standarpelayanan.diff.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.standarpelayanan.model.Pointer;
import java.util.Map;

/**
 * An RFC 6902 JSON Patch that turns one canonical JSON tree into another, for systems that
 * synchronise documents: it describes bytes, not meaning, so a time restated in other units is a
 * {@code replace} here although the comparison reports no change. Objects are patched key by key,
 * lists index by index (the common prefix patched in place, the rest removed from the end or
 * appended).
 */
public final class JsonPatch {

  private JsonPatch() {}

  /**
   * Returns the patch from {@code a} to {@code b}.
   *
   * @param a the old tree
   * @param b the new tree
   * @return the operations, as a JSON array
   */
  public static ArrayNode between(JsonNode a, JsonNode b) {
    ArrayNode ops = JsonNodeFactory.instance.arrayNode();
    diff(a, b, Pointer.root(), ops);
    return ops;
  }

  private static void diff(JsonNode a, JsonNode b, Pointer at, ArrayNode ops) {
    if (a.equals(b)) {
      return;
    }
    if (a.isObject() && b.isObject()) {
      for (Map.Entry<String, JsonNode> field : a.properties()) {
        JsonNode other = b.get(field.getKey());
        if (other == null) {
          op(ops, "remove", at.child(field.getKey()), null);
        } else {
          diff(field.getValue(), other, at.child(field.getKey()), ops);
        }
      }
      for (Map.Entry<String, JsonNode> field : b.properties()) {
        if (!a.has(field.getKey())) {
          op(ops, "add", at.child(field.getKey()), field.getValue());
        }
      }
      return;
    }
    if (a.isArray() && b.isArray()) {
      int common = Math.min(a.size(), b.size());
      for (int i = 0; i < common; i++) {
        diff(a.get(i), b.get(i), at.index(i), ops);
      }
      for (int i = a.size() - 1; i >= common; i--) {
        op(ops, "remove", at.index(i), null);
      }
      for (int i = common; i < b.size(); i++) {
        op(ops, "add", at.child("-"), b.get(i));
      }
      return;
    }
    op(ops, "replace", at, b);
  }

  private static void op(ArrayNode ops, String name, Pointer path, JsonNode value) {
    ObjectNode op = ops.addObject();
    op.put("op", name);
    op.put("path", path.toString());
    if (value != null) {
      op.set("value", value.deepCopy());
    }
  }
}
