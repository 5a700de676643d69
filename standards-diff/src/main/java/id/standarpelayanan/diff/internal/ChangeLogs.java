package id.standarpelayanan.diff.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.standarpelayanan.diff.Change;
import id.standarpelayanan.diff.Effect;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.internal.text.Printable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The change log as text (the amendment table: semula | menjadi) and as JSON, grouped by service
 * (the catalogue's own fields first) then by component (fields outside the components first).
 */
public final class ChangeLogs {

  /** The version of the JSON change log's shape, written as {@code changeLog}. */
  public static final String VERSION = "1.0";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

  private ChangeLogs() {}

  /**
   * Orders changes for the log: by service in order of first appearance (the catalogue's own fields
   * first), then by component number (fields outside the components first), document order within.
   *
   * @param changes the changes in document order
   * @return them in log order
   */
  public static List<Change> grouped(List<Change> changes) {
    Map<String, List<Change>> byService = new LinkedHashMap<>();
    byService.put("", new ArrayList<>());
    for (Change change : changes) {
      byService.computeIfAbsent(change.serviceId().orElse(""), k -> new ArrayList<>()).add(change);
    }
    List<Change> out = new ArrayList<>(changes.size());
    for (List<Change> group : byService.values()) {
      List<Change> sorted = new ArrayList<>(group);
      sorted.sort(Comparator.comparingInt(c -> c.component().map(Component::number).orElse(0)));
      out.addAll(sorted);
    }
    return List.copyOf(out);
  }

  /**
   * Writes the text change log.
   *
   * @param subject CATALOG or STANDARD
   * @param changes the changes
   * @param oldTree the old document
   * @param newTree the new document
   * @param locale the language
   * @param out where to
   * @throws IOException if writing fails
   */
  public static void text(
      String subject,
      List<Change> changes,
      JsonNode oldTree,
      JsonNode newTree,
      Locale locale,
      Writer out)
      throws IOException {
    Texts texts = Texts.of(locale);
    Locale language = texts.locale();
    out.write(texts.text("log.title." + subject) + "\n");
    out.write(pad(texts.text("log.before")) + line(heading(oldTree, texts)) + "\n");
    out.write(pad(texts.text("log.after")) + line(heading(newTree, texts)) + "\n");
    out.write(summary(changes, texts) + "\n");
    if (changes.isEmpty()) {
      out.write(texts.text("log.equivalent") + "\n");
      return;
    }
    String service = null;
    String component = null;
    int number = 0;
    for (Change change : grouped(changes)) {
      String s = change.serviceId().orElse("");
      if (!s.equals(service)) {
        service = s;
        component = null;
        out.write("\n== ");
        out.write(
            s.isEmpty()
                ? texts.text("log.catalog." + subject)
                : texts.format("log.service", line(change.serviceName().orElse(s)), line(s)));
        out.write(" ==\n");
      }
      String c =
          change
              .component()
              .map(k -> k.number() + ". " + k.label(language))
              .orElse(texts.text("log.general"));
      if (!c.equals(component)) {
        component = c;
        out.write("-- " + c + " --\n");
      }
      number++;
      out.write(
          number
              + ". "
              + texts.text("meaning." + change.meaning().name())
              + " ["
              + texts.text("effect." + change.effect().name())
              + "]\n");
      out.write("   " + pad(texts.text("log.where")) + where(change) + "\n");
      out.write(
          "   "
              + pad(texts.text("log.before"))
              + change.beforeText(language).map(ChangeLogs::line).orElse("-")
              + "\n");
      out.write(
          "   "
              + pad(texts.text("log.after"))
              + change.afterText(language).map(ChangeLogs::line).orElse("-")
              + "\n");
    }
  }

  /**
   * Writes the JSON change log (the shape of {@code change-log.schema.json}).
   *
   * @param subject CATALOG or STANDARD
   * @param changes the changes
   * @param oldTree the old document
   * @param newTree the new document
   * @param locale the language of the display texts
   * @param out where to
   * @throws IOException if writing fails
   */
  public static void json(
      String subject,
      List<Change> changes,
      JsonNode oldTree,
      JsonNode newTree,
      Locale locale,
      Writer out)
      throws IOException {
    Texts texts = Texts.of(locale);
    Locale language = texts.locale();
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("changeLog", VERSION);
      g.writeStringField("subject", subject);
      g.writeStringField("language", language.getLanguage());
      version(g, "old", oldTree);
      version(g, "new", newTree);
      g.writeBooleanField("equivalent", changes.isEmpty());
      Map<Effect, Integer> counts = counts(changes);
      g.writeObjectFieldStart("summary");
      g.writeNumberField("changes", changes.size());
      for (Effect effect : Effect.values()) {
        g.writeNumberField(effect.name().toLowerCase(Locale.ROOT), counts.get(effect));
      }
      g.writeEndObject();
      g.writeArrayFieldStart("changes");
      for (Change change : grouped(changes)) {
        g.writeStartObject();
        g.writeStringField("kind", change.kind().name());
        g.writeStringField("meaning", change.meaning().name());
        g.writeStringField("effect", change.effect().name());
        g.writeStringField("title", texts.text("meaning." + change.meaning().name()));
        if (change.serviceId().isPresent()) {
          g.writeObjectFieldStart("service");
          g.writeStringField("id", change.serviceId().get());
          optional(g, "name", change.serviceName());
          optional(g, "oldId", change.oldServiceId());
          optional(g, "newId", change.newServiceId());
          g.writeEndObject();
        }
        if (change.component().isPresent()) {
          g.writeStringField("component", change.component().get().name());
          g.writeStringField("componentLabel", change.component().get().label(language));
        }
        optional(g, "principle", change.principle().map(Enum::name));
        optional(g, "oldPointer", change.oldPointer().map(Pointer::toString));
        optional(g, "newPointer", change.newPointer().map(Pointer::toString));
        if (change.before().isPresent()) {
          g.writeFieldName("before");
          g.writeTree(MAPPER.readTree(change.before().get()));
        }
        if (change.after().isPresent()) {
          g.writeFieldName("after");
          g.writeTree(MAPPER.readTree(change.after().get()));
        }
        optional(g, "beforeText", change.beforeText(language));
        optional(g, "afterText", change.afterText(language));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void version(JsonGenerator g, String field, JsonNode tree) throws IOException {
    g.writeObjectFieldStart(field);
    textField(g, "id", tree.get("id"));
    textField(g, "name", tree.get("name"));
    textField(g, "version", tree.get("version"));
    textField(g, "status", tree.get("status"));
    textField(g, "effectiveDate", tree.get("effectiveDate"));
    JsonNode decree = tree.path("decree");
    textField(g, "decreeNumber", decree.get("number"));
    textField(g, "decreeDate", decree.get("date"));
    g.writeEndObject();
  }

  private static void textField(JsonGenerator g, String field, JsonNode value) throws IOException {
    if (value != null && value.isTextual()) {
      g.writeStringField(field, value.asText());
    }
  }

  private static void optional(JsonGenerator g, String field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    }
  }

  private static Map<Effect, Integer> counts(List<Change> changes) {
    Map<Effect, Integer> counts = new EnumMap<>(Effect.class);
    for (Effect effect : Effect.values()) {
      counts.put(effect, 0);
    }
    changes.forEach(c -> counts.merge(c.effect(), 1, Integer::sum));
    return counts;
  }

  /**
   * Returns the summary line: how many changes, and how many of each effect.
   *
   * @param changes the changes
   * @param texts the language
   * @return the line, for example "Jumlah perubahan: 3 (membebani 1, ...)"
   */
  public static String summary(List<Change> changes, Texts texts) {
    Map<Effect, Integer> counts = counts(changes);
    return texts.format(
        "log.summary",
        changes.size(),
        counts.get(Effect.BURDENS),
        counts.get(Effect.RELIEVES),
        counts.get(Effect.NEUTRAL),
        counts.get(Effect.UNDETERMINED));
  }

  /**
   * Describes one version as the change log heads it: its decree, name, version, status and
   * effective date, those it states.
   *
   * @param tree the version's canonical JSON (a catalogue without its standards, or a standard)
   * @param texts the language
   * @return the description, not escaped; "-" when it states none of them
   */
  public static String heading(JsonNode tree, Texts texts) {
    List<String> parts = new ArrayList<>();
    JsonNode decree = tree.path("decree");
    if (decree.has("number")) {
      parts.add(
          texts.format(
              "value.decree",
              decree.path("number").asText(),
              Display.date(decree.path("date").asText("-"), texts)));
    }
    if (tree.has("name")) {
      parts.add(tree.get("name").asText());
    }
    if (tree.has("version")) {
      parts.add(texts.format("log.version", tree.get("version").asText()));
    }
    if (tree.has("status")) {
      parts.add(Display.word(tree.get("status").asText(), "status", texts));
    }
    if (tree.has("effectiveDate")) {
      parts.add(
          texts.format("log.effective", Display.date(tree.get("effectiveDate").asText(), texts)));
    }
    return parts.isEmpty() ? "-" : String.join(", ", parts);
  }

  private static String where(Change change) {
    Optional<Pointer> a = change.oldPointer();
    Optional<Pointer> b = change.newPointer();
    if (a.isPresent() && b.isPresent() && !a.equals(b)) {
      return line(a.get().toString()) + " -> " + line(b.get().toString());
    }
    return line(change.pointer().toString());
  }

  private static String pad(String label) {
    StringBuilder padded = new StringBuilder(label);
    while (padded.length() < 8) {
      padded.append(' ');
    }
    return padded.append(": ").toString();
  }

  private static String line(String text) {
    return Printable.of(text, Integer.MAX_VALUE);
  }
}
