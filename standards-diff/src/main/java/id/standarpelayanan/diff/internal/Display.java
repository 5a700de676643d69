package id.standarpelayanan.diff.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.standarpelayanan.model.DurationUnit;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.StringJoiner;

/** A value of the canonical JSON as a person reads it, in a language. */
public final class Display {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Display() {}

  /**
   * Returns a value as text: a time as its amount and unit, a fee by what it costs, an object by
   * its name or description, a list item by item.
   *
   * @param json the value, as canonical JSON text
   * @param locale the language
   * @return the text, not escaped
   */
  public static String text(String json, Locale locale) {
    try {
      return text(MAPPER.readTree(json), Texts.of(locale));
    } catch (JsonProcessingException notJson) {
      return json;
    }
  }

  static String text(JsonNode node, Texts texts) {
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isBoolean()) {
      return texts.text(node.asBoolean() ? "value.yes" : "value.no");
    }
    if (node.isNumber()) {
      return node.asText();
    }
    if (node.isNull()) {
      return "-";
    }
    if (Values.isTimeSpan(node)) {
      return node.get("amount").asText()
          + " "
          + DurationUnit.valueOf(node.get("unit").asText())
              .label(texts.locale())
              .toLowerCase(texts.locale());
    }
    if (node.isArray()) {
      boolean spans = node.size() > 0;
      for (JsonNode item : node) {
        spans &= Values.isTimeSpan(item);
      }
      StringJoiner joined = new StringJoiner(spans ? " + " : "; ");
      node.forEach(item -> joined.add(text(item, texts)));
      return joined.toString();
    }
    if (node.has("free") || node.has("items")) {
      return fee(node, texts);
    }
    if (node.has("number") && node.has("date")) {
      return texts.format("value.decree", node.get("number").asText(), node.get("date").asText());
    }
    if (node.size() == 2 && node.path("id").isTextual() && node.path("name").isTextual()) {
      return node.get("name").asText() + " (" + node.get("id").asText() + ")";
    }
    String label = Values.displayLabel(node);
    JsonNode amount = node.get("amount");
    if (amount != null && amount.isIntegralNumber() && node.has("name")) {
      return label + ": " + rupiah(amount.asLong(), texts);
    }
    return label;
  }

  private static String fee(JsonNode fee, Texts texts) {
    StringJoiner joined = new StringJoiner("; ");
    if (!Values.isPaid(fee)) {
      joined.add(texts.text("value.free"));
    }
    for (JsonNode item : fee.path("items")) {
      JsonNode amount = item.get("amount");
      String name = item.path("name").asText("");
      joined.add(
          amount != null && amount.isIntegralNumber()
              ? name + ": " + rupiah(amount.asLong(), texts)
              : name);
    }
    if (fee.has("description") && joined.length() == 0) {
      joined.add(fee.get("description").asText());
    }
    return joined.toString();
  }

  static String rupiah(long amount, Texts texts) {
    return "Rp " + NumberFormat.getIntegerInstance(Locale.forLanguageTag("id")).format(amount);
  }
}
