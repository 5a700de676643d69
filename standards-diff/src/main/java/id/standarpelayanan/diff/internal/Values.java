package id.standarpelayanan.diff.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.standarpelayanan.model.DurationUnit;
import id.standarpelayanan.model.TimeSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What the comparison reads from canonical JSON values: times, fees, labels, normalised text. */
final class Values {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern NOT_WORD =
      Pattern.compile("[^\\p{L}\\p{N}]+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
  static final List<String> LABELS =
      List.of("name", "description", "title", "text", "number", "address", "summary", "kind");

  private Values() {}

  static boolean isTimeSpan(JsonNode node) {
    if (!node.isObject() || node.size() != 2) {
      return false;
    }
    JsonNode amount = node.get("amount");
    JsonNode unit = node.get("unit");
    if (amount == null
        || !amount.canConvertToInt()
        || !amount.isIntegralNumber()
        || amount.asInt() < 0) {
      return false;
    }
    if (unit == null || !unit.isTextual()) {
      return false;
    }
    for (DurationUnit known : DurationUnit.values()) {
      if (known.name().equals(unit.asText())) {
        return true;
      }
    }
    return false;
  }

  static TimeSpan timeSpan(JsonNode node) {
    return TimeSpan.of(node.get("amount").asInt(), DurationUnit.valueOf(node.get("unit").asText()));
  }

  /** The maximum and its additions ({@code maximumPlus}); empty without a readable maximum. */
  static List<TimeSpan> maximumParts(JsonNode completionTime) {
    JsonNode maximum = completionTime.get("maximum");
    if (maximum == null || !isTimeSpan(maximum)) {
      return List.of();
    }
    List<TimeSpan> parts = new ArrayList<>();
    parts.add(timeSpan(maximum));
    for (JsonNode plus : completionTime.path("maximumPlus")) {
      if (!isTimeSpan(plus)) {
        return List.of();
      }
      parts.add(timeSpan(plus));
    }
    return Collections.unmodifiableList(parts);
  }

  /** The maximum as one span, or with its additions as an array of spans. */
  static JsonNode partsNode(JsonNode completionTime) {
    JsonNode plus = completionTime.path("maximumPlus");
    if (!plus.isArray() || plus.isEmpty()) {
      return completionTime.get("maximum");
    }
    ArrayNode parts = JsonNodeFactory.instance.arrayNode();
    parts.add(completionTime.get("maximum"));
    parts.addAll((ArrayNode) plus);
    return parts;
  }

  /** Whether a fee asks the public for money: not free and an item not at Rp 0. */
  static boolean isPaid(JsonNode fee) {
    if (!fee.isObject() || fee.path("free").asBoolean(false)) {
      return false;
    }
    for (JsonNode item : fee.path("items")) {
      if (isPricedItem(item)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a fee item costs something (an amount above zero, or a price set elsewhere). */
  static boolean isPricedItem(JsonNode item) {
    JsonNode amount = item.get("amount");
    return amount == null || !amount.isNumber() || amount.asLong() > 0;
  }

  /** Whether a text is an enumerated constant (IN_PERSON) rather than wording. */
  static boolean isConstant(JsonNode text) {
    return CONSTANT.matcher(text.asText()).matches();
  }

  /** Whether a text is wording (it has a space) rather than a code, a number or a date. */
  static boolean isProse(JsonNode text) {
    return text.asText().strip().indexOf(' ') > 0;
  }

  /** A service's id and name, what a rename shows. */
  static JsonNode identity(JsonNode service) {
    ObjectNode identity = JsonNodeFactory.instance.objectNode();
    for (String field : List.of("id", "name")) {
      JsonNode value = service.get(field);
      if (value != null) {
        identity.set(field, value);
      }
    }
    return identity;
  }

  /** The text an item is known by: its id, else its name or description, else its JSON. */
  static String label(JsonNode node) {
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isObject()) {
      JsonNode id = node.get("id");
      if (id != null && id.isTextual()) {
        return id.asText();
      }
      Optional<String> field = labelField(node);
      if (field.isPresent()) {
        return node.get(field.get()).asText();
      }
    }
    return json(node);
  }

  /** The text an item is known by apart from its id, normalised; empty when it has none. */
  static String labelKey(JsonNode node) {
    if (node.isTextual()) {
      return normalise(node.asText());
    }
    return labelField(node)
        .map(field -> field + ":" + normalise(node.get(field).asText()))
        .orElse("");
  }

  /** The text a person knows an item by: its name or description, else its id, else its JSON. */
  static String displayLabel(JsonNode node) {
    return labelField(node).map(field -> node.get(field).asText()).orElseGet(() -> label(node));
  }

  /**
   * The first field of {@link #LABELS} an object holds as text: the one a person knows it by.
   *
   * @param node the value
   * @return the field's name; empty for a value that is not an object or has none of them
   */
  static Optional<String> labelField(JsonNode node) {
    if (node.isObject()) {
      for (String field : LABELS) {
        JsonNode value = node.get(field);
        if (value != null && value.isTextual()) {
          return Optional.of(field);
        }
      }
    }
    return Optional.empty();
  }

  static String json(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException cannot) {
      throw new IllegalStateException("a tree that cannot be written", cannot);
    }
  }

  static String normalise(String text) {
    return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** The value with every text normalised, as JSON: equal for items that differ in case only. */
  static String normalisedJson(JsonNode node) {
    return json(normalised(node));
  }

  private static JsonNode normalised(JsonNode node) {
    if (node.isTextual()) {
      return TextNode.valueOf(normalise(node.asText()));
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> copy.add(normalised(item)));
      return copy;
    }
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        copy.set(field.getKey(), normalised(field.getValue()));
      }
      return copy;
    }
    return node;
  }

  /** The words of every text and the numbers in a value, normalised. */
  static Set<String> words(JsonNode node) {
    Set<String> words = new HashSet<>();
    collect(node, words);
    return words;
  }

  private static void collect(JsonNode node, Set<String> words) {
    if (node.isTextual()) {
      for (String word : normalise(node.asText()).split(" ")) {
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
    } else if (node.isNumber()) {
      words.add(node.asText());
    } else {
      node.forEach(child -> collect(child, words));
    }
  }

  /** Jaccard similarity of two word sets, 1 for two empty ones. */
  static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    int common = 0;
    for (String word : a) {
      if (b.contains(word)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }
}
