package id.standarpelayanan.diff.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.ChannelKind;
import id.standarpelayanan.model.CompetencyDimension;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ConsultationForm;
import id.standarpelayanan.model.DeliveryChannel;
import id.standarpelayanan.model.DocumentForm;
import id.standarpelayanan.model.DurationUnit;
import id.standarpelayanan.model.EvaluationFrequency;
import id.standarpelayanan.model.EvaluationMethod;
import id.standarpelayanan.model.FacilityCategory;
import id.standarpelayanan.model.FeePricing;
import id.standarpelayanan.model.Labelled;
import id.standarpelayanan.model.Languages;
import id.standarpelayanan.model.Occasion;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.PublicationMedium;
import id.standarpelayanan.model.QualificationKind;
import id.standarpelayanan.model.RegulationType;
import id.standarpelayanan.model.RequirementKind;
import id.standarpelayanan.model.SocialPlatform;
import id.standarpelayanan.model.SurveyGrade;
import id.standarpelayanan.model.VulnerableGroup;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/** A value of the canonical JSON as a person reads it, in a language. */
public final class Display {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** An ISO date as the canonical JSON writes it. */
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /**
   * The model's enumerations by the canonical JSON's field names that hold them (the schema's
   * {@code $ref}s); a field name two enumerations share is told apart by the constant.
   */
  private static final Map<String, List<Class<? extends Enum<?>>>> ENUMS =
      Map.ofEntries(
          Map.entry("status", List.of(CatalogStatus.class)),
          Map.entry("additionalKinds", List.of(ChannelKind.class)),
          Map.entry("kind", List.of(ChannelKind.class, RequirementKind.class)),
          Map.entry("category", List.of(FacilityCategory.class)),
          Map.entry("deliveryChannels", List.of(DeliveryChannel.class)),
          Map.entry("dimension", List.of(CompetencyDimension.class)),
          Map.entry("emptyComponents", List.of(Component.class)),
          Map.entry("form", List.of(DocumentForm.class, ConsultationForm.class)),
          Map.entry("frequency", List.of(EvaluationFrequency.class)),
          Map.entry("grade", List.of(SurveyGrade.class)),
          Map.entry("medium", List.of(PublicationMedium.class)),
          Map.entry("methods", List.of(EvaluationMethod.class)),
          Map.entry("occasion", List.of(Occasion.class)),
          Map.entry("platform", List.of(SocialPlatform.class)),
          Map.entry("pricing", List.of(FeePricing.class)),
          Map.entry("qualification", List.of(QualificationKind.class)),
          Map.entry("type", List.of(RegulationType.class)),
          Map.entry("unit", List.of(DurationUnit.class)),
          Map.entry("vulnerableGroups", List.of(VulnerableGroup.class)),
          Map.entry("days", List.of(DayOfWeek.class)));

  private Display() {}

  /**
   * Returns a value as text, a constant of the model's enumerations by its label when the field the
   * pointer names holds one.
   *
   * @param json the value, as canonical JSON text
   * @param pointer where the value is: its last field name (an item's: its list's) tells the
   *     enumeration
   * @param locale the language
   * @return the text, not escaped
   */
  public static String text(String json, Optional<Pointer> pointer, Locale locale) {
    try {
      return text(
          MAPPER.readTree(json), pointer.flatMap(Display::field).orElse(""), Texts.of(locale));
    } catch (JsonProcessingException notJson) {
      return json;
    }
  }

  /** The last token of a pointer that is not an index. */
  private static Optional<String> field(Pointer pointer) {
    List<String> tokens = pointer.tokens();
    for (int i = tokens.size() - 1; i >= 0; i--) {
      if (!Pointer.isIndex(tokens.get(i))) {
        return Optional.of(tokens.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a text of the document as a person reads it: a constant of the enumeration the field
   * holds by its label, an ISO date in the language's long form ("15 Agustus 2024"), any other as
   * it is.
   *
   * @param value the text
   * @param field the field that holds it, "" when not known
   * @param texts the language
   * @return the text
   */
  static String word(String value, String field, Texts texts) {
    for (Class<? extends Enum<?>> type : ENUMS.getOrDefault(field, List.of())) {
      for (Enum<?> constant : type.getEnumConstants()) {
        if (constant.name().equals(value)) {
          if (constant instanceof DayOfWeek day) {
            return day.getDisplayName(TextStyle.FULL, texts.locale());
          }
          return constant instanceof Labelled labelled ? labelled.label(texts.locale()) : value;
        }
      }
    }
    return date(value, texts);
  }

  /**
   * Returns an ISO date (yyyy-MM-dd) in the language's long form, as the publication writes it; any
   * other text as it is.
   *
   * @param value the text
   * @param texts the language
   * @return the date in words, or the text
   */
  public static String date(String value, Texts texts) {
    if (!ISO_DATE.matcher(value).matches()) {
      return value;
    }
    try {
      return Languages.longDate(LocalDate.parse(value), texts.locale());
    } catch (DateTimeParseException notADate) {
      return value;
    }
  }

  /**
   * Returns a value as text: a time as its amount and unit, a fee by what it costs, an object by
   * its name or description, a list item by item.
   *
   * @param json the value, as canonical JSON text
   * @param locale the language
   * @return the text, not escaped
   */
  public static String text(String json, Locale locale) {
    return text(json, Optional.empty(), locale);
  }

  static String text(JsonNode node, Texts texts) {
    return text(node, "", texts);
  }

  static String text(JsonNode node, String field, Texts texts) {
    if (node.isTextual()) {
      return word(node.asText(), field, texts);
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
      node.forEach(item -> joined.add(text(item, field, texts)));
      return joined.toString();
    }
    if (node.has("free") || node.has("items")) {
      return fee(node, texts);
    }
    if (node.has("number") && node.has("date")) {
      return texts.format(
          "value.decree", node.get("number").asText(), date(node.get("date").asText(), texts));
    }
    if (node.size() == 2 && node.path("id").isTextual() && node.path("name").isTextual()) {
      return node.get("name").asText() + " (" + node.get("id").asText() + ")";
    }
    String label = label(node, texts);
    JsonNode amount = node.get("amount");
    if (amount != null && amount.isIntegralNumber() && node.has("name")) {
      return label + ": " + rupiah(amount.asLong(), texts);
    }
    return label;
  }

  /** The text a person knows an object by, a constant (a channel's kind) by its label. */
  private static String label(JsonNode node, Texts texts) {
    return Values.labelField(node)
        .map(field -> word(node.get(field).asText(), field, texts))
        .orElseGet(() -> Values.displayLabel(node));
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
