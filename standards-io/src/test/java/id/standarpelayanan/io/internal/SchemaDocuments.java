package id.standarpelayanan.io.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.standarpelayanan.io.Schema;
import id.standarpelayanan.model.Labelled;
import id.standarpelayanan.model.Languages;
import id.standarpelayanan.model.ModelLabels;
import id.standarpelayanan.model.Rupiah;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.model.internal.Labels;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Renders the four published schemas ({@link Schema}) from the model, so that they describe exactly
 * what the codecs read and write and carry every title and description in Indonesian and English.
 * Test code: {@code SchemaFilesTest} fails when a shipped file differs from what this renders, and
 * rewrites the files with {@code -Dschema.update=true}.
 *
 * <p>Sources, and what each decides:
 *
 * <ul>
 *   <li>the wire order of each model type's properties ({@link ModelIntrospector#PROPERTY_ORDER})
 *       and the item element of each XML list ({@link XmlNames#ITEMS});
 *   <li>the getters' generic return types: {@code Optional<T>} is optional, {@code List}, {@code
 *       Set} and {@code SortedSet} are arrays (a repeated constant of a set is read once, as in
 *       1.0, so the schemas do not forbid repeats), the {@code SortedMap<String, String>}
 *       extensions an object of strings; a default getter (an Immutables {@code @Value.Default}) is
 *       optional on the wire although it is always written; every other property is required, as
 *       the builders require it;
 *   <li>what the codecs do with the scalars ({@link ModelModule}, Jackson's JSR-310 module, {@link
 *       XmlCore}): a {@link Rupiah} is a whole, non-negative {@code long}, a date an ISO-8601
 *       {@code yyyy-MM-dd} that exists, a time of day {@code HH:mm}, an {@code int} a 32-bit
 *       integer, a {@link TimeSpan}'s amount one that is not negative (its {@code @Value.Check});
 *   <li>the texts of {@link ModelLabels}, the enum constants' {@link Labelled} labels and
 *       descriptions, and, for {@link DayOfWeek}, the model's labels and description bundle.
 * </ul>
 *
 * <p>The Bean Validation constraints of the model (sizes, the identifier pattern, not blank,
 * positive counts) are not in the schemas: they are tier 2 ({@code ModelValidation}), which the
 * readers do not apply either, so that a draft with violations can be exchanged; the schemas
 * published for 1.0 did not enforce them and the schemas for 1.1 do not.
 *
 * <p>JSON Schema carries the Indonesian texts in {@code title} and {@code description} and the
 * English ones in the annotation keywords {@code x-title-en} and {@code x-description-en}; enums
 * are {@code oneOf} lists of {@code const}s with their own four texts. XSD carries the four as
 * {@code <xs:documentation xml:lang="id|en" source="title|description">}. Output is deterministic:
 * two-space indentation and {@code \n} line ends on every platform, a final line break.
 */
public final class SchemaDocuments {

  /** The base of every schema's {@code $id}; the file name follows. */
  public static final String BASE = "https://standar-pelayanan.github.io/schema/1.1/";

  /**
   * The ISO-8601 dates {@code LocalDate.parse} accepts in ten characters: a four-digit year, a
   * month from 01 to 12 and a day that exists in that month, 29 February in leap years only (every
   * fourth year, centuries only when divisible by 400). Unanchored, in the regular-expression
   * dialect JSON Schema and XSD share.
   */
  public static final String DATE_PATTERN =
      "([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)"
          + "|02-(0[1-9]|1[0-9]|2[0-8]))"
          + "|([0-9]{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)-02-29)";

  /**
   * The times of day {@code ModelModule} reads and writes: {@code HH:mm} on the 24-hour clock, from
   * 00:00 to 23:59 (the model keeps service hours to the minute). Unanchored.
   */
  public static final String TIME_PATTERN = "([01][0-9]|2[0-3]):[0-5][0-9]";

  private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  private static final String XS = "http://www.w3.org/2001/XMLSchema";
  private static final Locale ID = Languages.INDONESIAN;
  private static final Locale EN = Locale.ENGLISH;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  // The format's own vocabulary: these are no model texts, so they are kept with the format.
  private static final Doc SCHEMA_VERSION =
      new Doc(
          "Versi format",
          "Versi format dokumen ini, \"1.0\" atau \"1.1\". Dokumen 1.0 dibaca tanpa perubahan arti;"
              + " penulis selalu menulis \"1.1\".",
          "Format version",
          "The version of this document's format, \"1.0\" or \"1.1\". A 1.0 document is read with"
              + " its meaning unchanged; writers always write \"1.1\".");
  private static final Map<String, Doc> VERSIONS =
      Map.of(
          "1.0",
              new Doc(
                  "Versi 1.0",
                  "Format pertama yang diterbitkan.",
                  "Version 1.0",
                  "The first published format."),
          "1.1",
              new Doc(
                  "Versi 1.1",
                  "Menambahkan properti dan konstanta baru pada versi 1.0 tanpa mengubah arti dokumen"
                      + " 1.0; id dan nama standar, nomor surat keputusan, besaran pos biaya, dan dimensi"
                      + " kompetensi menjadi opsional.",
                  "Version 1.1",
                  "Adds properties and constants to version 1.0 without changing what a 1.0 document"
                      + " means; a standard's id and name, a decree's number, a fee item's amount and a"
                      + " competence's dimension became optional."));
  private static final Doc EXTENSIONS =
      new Doc(
          "Ekstensi",
          "Data khusus integrator berupa pasangan kunci dan nilai teks, dibawa tanpa diubah oleh"
              + " setiap codec; setiap kunci paling banyak satu kali.",
          "Extensions",
          "Integrator-specific data as key and text value pairs, carried untouched by every codec;"
              + " each key at most once.");
  private static final Doc EXTENSION =
      new Doc(
          "Entri ekstensi",
          "Satu kunci beserta nilainya.",
          "Extension entry",
          "One key with its value.");
  private static final Doc KEY =
      new Doc(
          "Kunci",
          "Kunci entri, unik dalam ekstensinya.",
          "Key",
          "The entry's key, unique in its" + " extensions.");
  private static final Doc VALUE =
      new Doc("Nilai", "Nilai teks entri.", "Value", "The entry's text value.");
  private static final Doc NON_NEGATIVE_INT =
      new Doc(
          "Bilangan bulat tidak negatif",
          "Bilangan bulat dari 0 sampai 2147483647.",
          "Non-negative integer",
          "A whole number from 0 to 2147483647.");
  private static final Doc BOOLEAN =
      new Doc(
          "Nilai benar atau salah",
          "true atau false, ditulis dengan huruf kecil (bukan 1 atau 0).",
          "Boolean",
          "true or false, in lower case (not 1 or 0).");
  private static final Doc DATE =
      new Doc(
          "Tanggal",
          "Tanggal ISO-8601 YYYY-MM-DD yang ada di kalender, misalnya 2024-02-29.",
          "Date",
          "An ISO-8601 date YYYY-MM-DD that exists in the calendar, e.g. 2024-02-29.");
  private static final Doc TIME =
      new Doc(
          "Jam",
          "Waktu dalam sehari dengan format HH:MM (24 jam, tanpa detik), dari 00:00 sampai 23:59,"
              + " misalnya 08:00.",
          "Time of day",
          "A time of day as HH:MM (24-hour clock, no seconds), from 00:00 to 23:59, e.g. 08:00.");

  private static final Doc DECIMAL =
      new Doc(
          "Bilangan desimal",
          "Bilangan desimal dengan titik sebagai pemisah, paling banyak 20 angka sebelum dan 20"
              + " angka sesudah titik, misalnya 82.47.",
          "Decimal number",
          "A decimal number with a point, at most 20 digits before and 20 after the point, e.g."
              + " 82.47.");

  /** The decimals the readers take as XML text (ModelModule). */
  static final String DECIMAL_PATTERN = "-?[0-9]{1,20}(\\.[0-9]{1,20})?";

  private SchemaDocuments() {}

  /**
   * A title and a description, in Indonesian and in English.
   *
   * @param titleId the Indonesian title
   * @param descriptionId the Indonesian description
   * @param titleEn the English title
   * @param descriptionEn the English description
   */
  public record Doc(String titleId, String descriptionId, String titleEn, String descriptionEn) {
    /** Requires all four texts. */
    public Doc {
      Objects.requireNonNull(titleId, "titleId");
      Objects.requireNonNull(descriptionId, "descriptionId");
      Objects.requireNonNull(titleEn, "titleEn");
      Objects.requireNonNull(descriptionEn, "descriptionEn");
    }
  }

  /** Where the schemas' texts come from; {@link #MODEL} in the shipped files. */
  public interface Texts {

    /** The model's own texts. */
    Texts MODEL = new ModelTexts();

    /**
     * Returns the texts of a model type or enum.
     *
     * @param type the type
     * @return the texts
     */
    Doc type(Class<?> type);

    /**
     * Returns the texts of a property.
     *
     * @param type the model type that declares it
     * @param property its JSON name
     * @return the texts
     */
    Doc property(Class<?> type, String property);

    /**
     * Returns the texts of an enum constant.
     *
     * @param constant the constant
     * @return the texts
     */
    Doc constant(Enum<?> constant);
  }

  /** The texts of {@link ModelLabels}, {@link Labelled} and, for the days, the model bundles. */
  private static final class ModelTexts implements Texts {
    private static final String DESCRIPTIONS = "id.standarpelayanan.model.Descriptions";

    @Override
    public Doc type(Class<?> type) {
      return new Doc(
          ModelLabels.typeTitle(type, ID), ModelLabels.typeDescription(type, ID),
          ModelLabels.typeTitle(type, EN), ModelLabels.typeDescription(type, EN));
    }

    @Override
    public Doc property(Class<?> type, String property) {
      return new Doc(
          ModelLabels.propertyTitle(type, property, ID),
          ModelLabels.propertyDescription(type, property, ID),
          ModelLabels.propertyTitle(type, property, EN),
          ModelLabels.propertyDescription(type, property, EN));
    }

    @Override
    public Doc constant(Enum<?> constant) {
      if (constant instanceof Labelled labelled) {
        return new Doc(
            labelled.label(ID),
            labelled.description(ID),
            labelled.label(EN),
            labelled.description(EN));
      }
      if (constant instanceof DayOfWeek day) {
        return new Doc(
            Labels.label(day, ID),
            dayDescription(day, ID),
            Labels.label(day, EN),
            dayDescription(day, EN));
      }
      throw new IllegalArgumentException("no texts for " + constant.getDeclaringClass());
    }

    private static String dayDescription(DayOfWeek day, Locale locale) {
      return Languages.bundle(DESCRIPTIONS, locale, ModelLabels.class.getClassLoader())
          .getString("constant.DayOfWeek." + day.name() + ".description");
    }
  }

  // ---- the wire shapes of the model ----

  /** How a value is written. */
  public enum Kind {
    /** A JSON string, {@code xs:string}. */
    STRING,
    /** A 32-bit integer. */
    INT,
    /** A 32-bit integer, zero or more. */
    NON_NEGATIVE_INT,
    /** Whole rupiah: a 64-bit integer, zero or more. */
    RUPIAH,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** An ISO-8601 date. */
    DATE,
    /** A time of day, {@code HH:mm}. */
    TIME,
    /** A decimal number ({@code BigDecimal}), written plain. */
    DECIMAL,
    /** An enum constant's name. */
    ENUM,
    /** A model type, as an object. */
    OBJECT,
    /** Extensions: an object of strings (XML: key/value entries). */
    EXTENSIONS
  }

  /**
   * One property of a model type as it is written.
   *
   * @param owner the model type that declares it
   * @param name its JSON name
   * @param kind how one value is written
   * @param type the enum or model type of {@link Kind#ENUM} and {@link Kind#OBJECT}, else the Java
   *     type
   * @param list whether it is an array of such values
   * @param required whether a document must have it
   */
  public record Property(
      Class<?> owner, String name, Kind kind, Class<?> type, boolean list, boolean required) {}

  /**
   * Returns the properties of a model type in wire order.
   *
   * @param owner a type of {@link ModelIntrospector#PROPERTY_ORDER}
   * @return its properties
   * @throws IllegalStateException if a property has no getter or a type with no wire form (a new
   *     model type must be given one here)
   */
  public static List<Property> properties(Class<?> owner) {
    List<String> order = ModelIntrospector.PROPERTY_ORDER.get(owner);
    if (order == null) {
      throw new IllegalStateException(owner + " is not a model type with a wire order");
    }
    List<Property> properties = new ArrayList<>(order.size());
    for (String name : order) {
      properties.add(property(owner, name));
    }
    return properties;
  }

  /** Returns the model types a schema file defines, objects first (depth first), then enums. */
  public static List<Class<?>> definitions(Schema schema) {
    Definitions standard = new Definitions(Set.of());
    standard.visit(ServiceStandard.class);
    if (schema == Schema.STANDARD_JSON || schema == Schema.STANDARD_XSD) {
      return standard.all();
    }
    Definitions catalog = new Definitions(standard.all());
    catalog.visit(StandardsCatalog.class);
    return catalog.all();
  }

  private static Property property(Class<?> owner, String name) {
    Method getter = getter(owner, name);
    Type type = getter.getGenericReturnType();
    boolean optional = false;
    boolean list = false;
    if (raw(type) == Optional.class) {
      optional = true;
      type = argument(type, 0);
    }
    Class<?> raw = raw(type);
    if (raw == List.class || Set.class.isAssignableFrom(raw)) {
      list = true;
      type = argument(type, 0);
      raw = raw(type);
    }
    Kind kind;
    if (raw == SortedMap.class) {
      if (raw(argument(type, 0)) != String.class || raw(argument(type, 1)) != String.class) {
        throw new IllegalStateException(
            owner.getSimpleName() + "." + name + ": a map of text only");
      }
      kind = Kind.EXTENSIONS;
    } else {
      kind = kind(owner, name, raw);
    }
    // A default getter is an Immutables @Value.Default: written always, but optional to read.
    boolean required = !optional && !list && kind != Kind.EXTENSIONS && !getter.isDefault();
    return new Property(owner, name, kind, raw, list, required);
  }

  private static Kind kind(Class<?> owner, String name, Class<?> raw) {
    if (raw == String.class) {
      return Kind.STRING;
    }
    if (raw == int.class || raw == Integer.class) {
      // TimeSpan's @Value.Check rejects a negative amount, so reading does.
      return owner == TimeSpan.class && name.equals("amount") ? Kind.NON_NEGATIVE_INT : Kind.INT;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return Kind.BOOLEAN;
    }
    if (raw == Rupiah.class) {
      return Kind.RUPIAH;
    }
    if (raw == LocalDate.class) {
      return Kind.DATE;
    }
    if (raw == LocalTime.class) {
      return Kind.TIME;
    }
    if (raw == java.math.BigDecimal.class) {
      return Kind.DECIMAL;
    }
    if (raw.isEnum()) {
      return Kind.ENUM;
    }
    if (ModelIntrospector.PROPERTY_ORDER.containsKey(raw)) {
      return Kind.OBJECT;
    }
    throw new IllegalStateException(
        owner.getSimpleName() + "." + name + ": no wire form for " + raw.getName());
  }

  private static Method getter(Class<?> owner, String name) {
    String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (String prefix : new String[] {"get", "is"}) {
      try {
        return owner.getMethod(prefix + capitalised);
      } catch (NoSuchMethodException e) {
        // try the next prefix
      }
    }
    throw new IllegalStateException(owner.getSimpleName() + " has no getter for " + name);
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalStateException("unexpected type " + type);
  }

  private static Type argument(Type type, int index) {
    return ((ParameterizedType) type).getActualTypeArguments()[index];
  }

  /** The types reachable from a root, objects in depth-first order, enums by name. */
  private static final class Definitions {
    private final Set<Class<?>> elsewhere;
    private final Set<Class<?>> objects = new LinkedHashSet<>();
    private final Set<Class<?>> enums = new TreeSet<>(Comparator.comparing(Class::getSimpleName));

    Definitions(Collection<Class<?>> elsewhere) {
      this.elsewhere = Set.copyOf(elsewhere);
    }

    void visit(Class<?> type) {
      if (elsewhere.contains(type) || !objects.add(type)) {
        return;
      }
      for (Property property : properties(type)) {
        if (property.kind() == Kind.OBJECT) {
          visit(property.type());
        } else if (property.kind() == Kind.ENUM && !elsewhere.contains(property.type())) {
          enums.add(property.type());
        }
      }
    }

    List<Class<?>> all() {
      List<Class<?>> all = new ArrayList<>(objects);
      all.remove(StandardsCatalog.class);
      all.addAll(enums);
      return all;
    }
  }

  // ---- rendering ----

  /**
   * Renders the four schemas with the model's texts.
   *
   * @return each schema's text
   */
  public static Map<Schema, String> render() {
    return render(Texts.MODEL);
  }

  /**
   * Renders the four schemas.
   *
   * @param texts where the titles and descriptions come from
   * @return each schema's text
   */
  public static Map<Schema, String> render(Texts texts) {
    Map<Schema, String> documents = new EnumMap<>(Schema.class);
    for (Schema schema : Schema.values()) {
      documents.put(schema, render(schema, texts));
    }
    return documents;
  }

  /**
   * Renders one schema.
   *
   * @param schema the schema
   * @param texts where the titles and descriptions come from
   * @return its text
   */
  public static String render(Schema schema, Texts texts) {
    return switch (schema) {
      case CATALOG_JSON, STANDARD_JSON -> new JsonSchemaWriter(schema, texts).render();
      case CATALOG_XSD, STANDARD_XSD -> new XsdWriter(schema, texts).render();
    };
  }

  private static boolean isCatalog(Schema schema) {
    return schema == Schema.CATALOG_JSON || schema == Schema.CATALOG_XSD;
  }

  /** Writes one JSON Schema. */
  private static final class JsonSchemaWriter {
    private final Schema schema;
    private final Texts texts;
    private final Set<Class<?>> local;

    JsonSchemaWriter(Schema schema, Texts texts) {
      this.schema = schema;
      this.texts = texts;
      this.local = new LinkedHashSet<>(definitions(schema));
    }

    String render() {
      Class<?> root = isCatalog(schema) ? StandardsCatalog.class : ServiceStandard.class;
      ObjectNode document = NODES.objectNode();
      document.put("$schema", DIALECT);
      document.put("$id", BASE + schema.fileName());
      document.put(
          "$comment",
          (isCatalog(schema)
                  ? "One provider's catalogue of service standards"
                  : "One service standard")
              + " as the JSON codec of standar-pelayanan writes and reads it: format 1.1, and 1.0"
              + " documents, which 1.1 only adds to. Absent optional values and empty lists are left"
              + " out; null is never allowed. Generated from the model: do not edit by hand (see"
              + " standards-io/README.md).");
      texts(document, texts.type(root));
      object(document, root, true);
      ObjectNode definitions = document.putObject("$defs");
      for (Class<?> type : local) {
        definitions.set(type.getSimpleName(), definition(type));
      }
      try {
        return MAPPER.writer(Mappers.prettyPrinter()).writeValueAsString(document) + "\n";
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }

    private ObjectNode definition(Class<?> type) {
      ObjectNode definition = NODES.objectNode();
      texts(definition, texts.type(type));
      if (type.isEnum()) {
        definition.put("type", "string");
        ArrayNode constants = definition.putArray("oneOf");
        for (Object constant : type.getEnumConstants()) {
          ObjectNode entry = constants.addObject();
          entry.put("const", ((Enum<?>) constant).name());
          texts(entry, texts.constant((Enum<?>) constant));
        }
      } else {
        object(definition, type, false);
      }
      return definition;
    }

    private void object(ObjectNode node, Class<?> type, boolean document) {
      node.put("type", "object");
      ObjectNode properties = node.putObject("properties");
      List<String> required = new ArrayList<>();
      if (document) {
        ObjectNode version = properties.putObject(SchemaVersionParser.FIELD);
        texts(version, SCHEMA_VERSION);
        version.put("type", "string");
        ArrayNode versions = version.putArray("enum");
        SchemaVersionParser.READABLE.forEach(versions::add);
        required.add(SchemaVersionParser.FIELD);
      }
      for (Property property : properties(type)) {
        ObjectNode entry = properties.putObject(property.name());
        texts(entry, texts.property(type, property.name()));
        if (property.list()) {
          entry.put("type", "array");
          // No uniqueItems on sets: the readers accept a repeated constant (as 1.0 did) and
          // keep it once, so the schemas accept it too.
          entry.set("items", value(property));
        } else {
          entry.setAll(value(property));
        }
        if (property.required()) {
          required.add(property.name());
        }
      }
      if (!required.isEmpty()) {
        ArrayNode names = node.putArray("required");
        required.forEach(names::add);
      }
      node.put("additionalProperties", false);
    }

    private ObjectNode value(Property property) {
      ObjectNode value = NODES.objectNode();
      switch (property.kind()) {
        case STRING -> value.put("type", "string");
        case INT ->
            value
                .put("type", "integer")
                .put("minimum", Integer.MIN_VALUE)
                .put("maximum", Integer.MAX_VALUE);
        case NON_NEGATIVE_INT ->
            value.put("type", "integer").put("minimum", 0).put("maximum", Integer.MAX_VALUE);
        case RUPIAH ->
            value.put("type", "integer").put("minimum", 0).put("maximum", Long.MAX_VALUE);
        case BOOLEAN -> value.put("type", "boolean");
        case DATE ->
            value
                .put("type", "string")
                .put("format", "date")
                .put("pattern", "^" + DATE_PATTERN + "$");
        case TIME -> value.put("type", "string").put("pattern", "^" + TIME_PATTERN + "$");
        case DECIMAL -> value.put("type", "number");
        case ENUM, OBJECT -> value.put("$ref", reference(property.type()));
        case EXTENSIONS ->
            value.put("type", "object").putObject("additionalProperties").put("type", "string");
      }
      return value;
    }

    private String reference(Class<?> type) {
      String pointer = "#/$defs/" + type.getSimpleName();
      return local.contains(type) ? pointer : Schema.STANDARD_JSON.fileName() + pointer;
    }

    private static void texts(ObjectNode node, Doc doc) {
      node.put("title", doc.titleId());
      node.put("description", doc.descriptionId());
      node.put("x-title-en", doc.titleEn());
      node.put("x-description-en", doc.descriptionEn());
    }
  }

  /** Writes one XSD, in the layout of the hand-written schemas of 1.0. */
  private static final class XsdWriter {
    private final Schema schema;
    private final Texts texts;
    private final StringBuilder out = new StringBuilder(65536);
    private int depth;

    XsdWriter(Schema schema, Texts texts) {
      this.schema = schema;
      this.texts = texts;
    }

    String render() {
      boolean catalog = isCatalog(schema);
      out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      out.append("<!-- ")
          .append(
              catalog ? "One provider's catalogue of service standards" : "One service standard")
          .append(
              " as the XML codec of standar-pelayanan writes and reads it: format 1.1, and"
                  + " 1.0 documents, which 1.1 only adds to. Elements only; lists are wrapped with"
                  + " singular item names; extensions are key/value entries.")
          .append(catalog ? " Includes standard.xsd." : "")
          .append(
              " Generated from the model: do not edit by hand (see standards-io/README.md)."
                  + " -->\n");
      out.append("<xs:schema xmlns:xs=\"")
          .append(XS)
          .append("\"\n")
          .append("           xmlns:sp=\"")
          .append(XmlNames.NAMESPACE)
          .append("\"\n")
          .append("           targetNamespace=\"")
          .append(XmlNames.NAMESPACE)
          .append("\"\n")
          .append("           elementFormDefault=\"qualified\"\n")
          .append("           version=\"")
          .append(SchemaVersionParser.VERSION)
          .append("\">\n");
      depth = 1;
      if (catalog) {
        out.append('\n');
        line("<xs:include schemaLocation=\"" + Schema.STANDARD_XSD.fileName() + "\"/>");
      }
      Class<?> root = catalog ? StandardsCatalog.class : ServiceStandard.class;
      String rootName = catalog ? XmlNames.CATALOG : XmlNames.STANDARD;
      out.append('\n');
      open("xs:element name=\"" + rootName + "\"");
      annotation(texts.type(root));
      open("xs:complexType");
      all(root, catalog ? "Catalog" : "StandardDocument", true);
      close("xs:complexType");
      close("xs:element");
      List<Class<?>> types = definitions(schema);
      for (Class<?> type : types) {
        if (!type.isEnum()) {
          out.append('\n');
          open("xs:complexType name=\"" + type.getSimpleName() + "\"");
          annotation(texts.type(type));
          all(type, type == ServiceStandard.class ? "Standard" : type.getSimpleName(), false);
          close("xs:complexType");
        }
      }
      if (!catalog) {
        helperTypes();
      }
      for (Class<?> type : types) {
        if (type.isEnum()) {
          out.append('\n');
          simpleType(
              type.getSimpleName(), texts.type(type), "xs:string", List.of(), constants(type));
        }
      }
      out.append("</xs:schema>\n");
      return out.toString();
    }

    private List<Map.Entry<String, Doc>> constants(Class<?> type) {
      List<Map.Entry<String, Doc>> constants = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        constants.add(Map.entry(((Enum<?>) constant).name(), texts.constant((Enum<?>) constant)));
      }
      return constants;
    }

    private void all(Class<?> type, String owner, boolean document) {
      open("xs:all");
      if (document) {
        open("xs:element name=\"" + SchemaVersionParser.FIELD + "\" type=\"sp:schemaVersion\"");
        annotation(SCHEMA_VERSION);
        close("xs:element");
      }
      for (Property property : properties(type)) {
        element(property, owner);
      }
      close("xs:all");
    }

    private void element(Property property, String owner) {
      String optional = property.required() ? "" : " minOccurs=\"0\"";
      Doc doc = texts.property(property.owner(), property.name());
      if (property.list()) {
        String item = XmlNames.itemOf(property.name());
        open("xs:element name=\"" + property.name() + "\"" + optional);
        annotation(doc);
        open("xs:complexType");
        open("xs:sequence");
        open(
            "xs:element name=\""
                + item
                + "\" type=\""
                + type(property)
                + "\""
                + " minOccurs=\"0\" maxOccurs=\"unbounded\"");
        annotation(
            property.kind() == Kind.ENUM || property.kind() == Kind.OBJECT
                ? texts.type(property.type())
                : doc);
        close("xs:element");
        close("xs:sequence");
        close("xs:complexType");
        close("xs:element");
      } else if (property.kind() == Kind.EXTENSIONS) {
        open("xs:element name=\"" + property.name() + "\" type=\"sp:Extensions\"" + optional);
        annotation(doc);
        unique("uniqueExtensionKeyOf" + owner, "sp:" + XmlNames.EXTENSION, "sp:" + XmlNames.KEY);
        close("xs:element");
      } else {
        open(
            "xs:element name=\""
                + property.name()
                + "\" type=\""
                + type(property)
                + "\""
                + optional);
        annotation(doc);
        close("xs:element");
      }
    }

    private void unique(String name, String selector, String field) {
      open("xs:unique name=\"" + name + "\"");
      line("<xs:selector xpath=\"" + selector + "\"/>");
      line("<xs:field xpath=\"" + field + "\"/>");
      close("xs:unique");
    }

    private static String type(Property property) {
      return switch (property.kind()) {
        case STRING -> "xs:string";
        case INT -> "xs:int";
        case NON_NEGATIVE_INT -> "sp:nonNegativeInt";
        case RUPIAH -> "sp:rupiah";
        case BOOLEAN -> "sp:boolean";
        case DATE -> "sp:date";
        case TIME -> "sp:time";
        case DECIMAL -> "sp:decimal";
        case ENUM, OBJECT -> "sp:" + property.type().getSimpleName();
        case EXTENSIONS -> "sp:Extensions";
      };
    }

    private void helperTypes() {
      out.append('\n');
      open("xs:complexType name=\"Extensions\"");
      annotation(EXTENSIONS);
      open("xs:sequence");
      open(
          "xs:element name=\"" + XmlNames.EXTENSION + "\" minOccurs=\"0\" maxOccurs=\"unbounded\"");
      annotation(EXTENSION);
      open("xs:complexType");
      open("xs:all");
      for (Map.Entry<String, Doc> part :
          List.of(Map.entry(XmlNames.KEY, KEY), Map.entry(XmlNames.VALUE, VALUE))) {
        open("xs:element name=\"" + part.getKey() + "\" type=\"xs:string\"");
        annotation(part.getValue());
        close("xs:element");
      }
      close("xs:all");
      close("xs:complexType");
      close("xs:element");
      close("xs:sequence");
      close("xs:complexType");

      out.append('\n');
      List<Map.Entry<String, Doc>> versions = new ArrayList<>();
      for (String version : SchemaVersionParser.READABLE) {
        versions.add(Map.entry(version, VERSIONS.get(version)));
      }
      simpleType("schemaVersion", SCHEMA_VERSION, "xs:string", List.of(), versions);
      out.append('\n');
      simpleType(
          "nonNegativeInt",
          NON_NEGATIVE_INT,
          "xs:int",
          List.of("<xs:minInclusive value=\"0\"/>"),
          List.of());
      out.append('\n');
      // The reader takes digits only: no sign, no fraction, no exponent.
      simpleType(
          "rupiah",
          texts.type(Rupiah.class),
          "xs:long",
          List.of("<xs:minInclusive value=\"0\"/>", "<xs:pattern value=\"[0-9]{1,19}\"/>"),
          List.of());
      out.append('\n');
      simpleType(
          "boolean",
          BOOLEAN,
          "xs:boolean",
          List.of("<xs:pattern value=\"true|false\"/>"),
          List.of());
      out.append('\n');
      // xs:date already refuses days that do not exist (2024-02-30, 2023-02-29).
      simpleType(
          "date",
          DATE,
          "xs:date",
          List.of("<xs:pattern value=\"[0-9]{4}-[0-9]{2}-[0-9]{2}\"/>"),
          List.of());
      out.append('\n');
      // xs:time requires seconds; the reader does not.
      simpleType(
          "time",
          TIME,
          "xs:string",
          List.of("<xs:pattern value=\"" + escape(TIME_PATTERN) + "\"/>"),
          List.of());
      out.append('\n');
      // The reader takes digits with an optional fraction: no sign +, no leading point.
      simpleType(
          "decimal",
          DECIMAL,
          "xs:decimal",
          List.of("<xs:pattern value=\"" + escape(DECIMAL_PATTERN) + "\"/>"),
          List.of());
    }

    private void simpleType(
        String name,
        Doc doc,
        String base,
        List<String> facets,
        List<Map.Entry<String, Doc>> enumeration) {
      open("xs:simpleType name=\"" + name + "\"");
      annotation(doc);
      open("xs:restriction base=\"" + base + "\"");
      facets.forEach(this::line);
      for (Map.Entry<String, Doc> value : enumeration) {
        open("xs:enumeration value=\"" + escape(value.getKey()) + "\"");
        annotation(value.getValue());
        close("xs:enumeration");
      }
      close("xs:restriction");
      close("xs:simpleType");
    }

    private void annotation(Doc doc) {
      open("xs:annotation");
      documentation("id", "title", doc.titleId());
      documentation("id", "description", doc.descriptionId());
      documentation("en", "title", doc.titleEn());
      documentation("en", "description", doc.descriptionEn());
      close("xs:annotation");
    }

    private void documentation(String language, String source, String text) {
      line(
          "<xs:documentation xml:lang=\""
              + language
              + "\" source=\""
              + source
              + "\">"
              + escapeText(text)
              + "</xs:documentation>");
    }

    private void open(String tag) {
      line("<" + tag + ">");
      depth++;
    }

    private void close(String name) {
      depth--;
      line("</" + name + ">");
    }

    private void line(String text) {
      out.append("  ".repeat(depth)).append(text).append('\n');
    }

    private static String capitalise(String name) {
      return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Escapes an attribute value (always in double quotes). */
    private static String escape(String text) {
      return escapeText(text).replace("\"", "&quot;");
    }

    /** Escapes character data: quotes stay as they are, for the reader of the file. */
    private static String escapeText(String text) {
      return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
  }
}
