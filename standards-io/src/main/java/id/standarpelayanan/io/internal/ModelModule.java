package id.standarpelayanan.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.BuilderBasedDeserializer;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import id.standarpelayanan.io.ReadErrorCode;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.Rupiah;
import id.standarpelayanan.model.TimeSpan;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The Jackson module that binds the model: registers {@link ModelIntrospector} (property order and
 * builder-based reading), writes a {@link Rupiah} as a plain integer and reads only whole,
 * non-negative rupiah, reads dates only as ISO-8601 {@code yyyy-MM-dd} strings, and writes and
 * reads times of day only as {@code HH:mm} (service hours are kept to the minute), and writes a
 * {@link BigDecimal} (a survey's converted value, weights and means) as a plain JSON number with
 * its scale ({@code 82.50} stays {@code 82.50}), reading only numbers (text in XML) with at most 20
 * digits before and 20 after the point.
 */
final class ModelModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Digits only: the XML codec receives amounts as text. */
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,19}");

  /** A decimal as XML text: digits, optionally a point and more digits (no exponent, no sign +). */
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,20}(\\.[0-9]{1,20})?");

  /** The most digits before and after the point a decimal may have (a survey figure needs few). */
  private static final int DECIMAL_PLACES = 20;

  /** An ISO-8601 calendar date, yyyy-MM-dd (LocalDate.parse alone also takes signed years). */
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** A time of day to the minute, 00:00 to 23:59. */
  private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

  private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

  /** Creates the module. */
  ModelModule() {
    super("standar-pelayanan-model");
    addSerializer(Rupiah.class, new RupiahSerializer());
    addDeserializer(Rupiah.class, new RupiahDeserializer());
    addDeserializer(Boolean.class, new BooleanDeserializer());
    addDeserializer(boolean.class, new BooleanDeserializer());
    // LocalDate.parse also rejects impossible days (2024-02-30) within the form.
    addDeserializer(LocalDate.class, new TextValueDeserializer<>("date", DATE, LocalDate::parse));
    addSerializer(BigDecimal.class, new DecimalSerializer());
    addDeserializer(BigDecimal.class, new DecimalDeserializer());
    addSerializer(LocalTime.class, new TimeSerializer());
    addDeserializer(LocalTime.class, new TextValueDeserializer<>("time", TIME, LocalTime::parse));
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.insertAnnotationIntrospector(new ModelIntrospector());
    context.addBeanDeserializerModifier(new Checks());
  }

  /**
   * Our own checks of what the model's builders would refuse, made before a builder is called: a
   * required property left out ({@code MISSING_FIELD}, naming every one), a negative time span
   * ({@code INVALID_VALUE} at the amount). The builder never sees such input, so no builder's
   * message is ever read.
   */
  private static final class Checks extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public BeanDeserializerBuilder updateBuilder(
        DeserializationConfig config, BeanDescription beanDesc, BeanDeserializerBuilder builder) {
      if (beanDesc.getBeanClass() == ModelIntrospector.builderOf(TimeSpan.class)) {
        SettableBeanProperty amount = builder.findProperty(PropertyName.construct("amount"));
        if (amount != null) {
          builder.addOrReplaceProperty(
              amount.withValueDeserializer(new NonNegativeIntDeserializer()), true);
        }
      }
      return builder;
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      if (deserializer instanceof BuilderBasedDeserializer builder
          && !(deserializer instanceof RequiredChecked)) {
        return new RequiredChecked(builder);
      }
      // Another module's modifier (the XML codec's) may have wrapped it already.
      if (deserializer.getDelegatee() instanceof BuilderBasedDeserializer builder
          && !(builder instanceof RequiredChecked)) {
        return deserializer.replaceDelegatee(new RequiredChecked(builder));
      }
      return deserializer;
    }
  }

  /** A builder-based deserializer that checks the required properties before building. */
  private static final class RequiredChecked extends BuilderBasedDeserializer {
    private static final long serialVersionUID = 1L;

    RequiredChecked(BuilderBasedDeserializer src) {
      super(src);
    }

    @Override
    protected Object finishBuild(DeserializationContext ctxt, Object builder) throws IOException {
      List<String> missing = RequiredProperties.missing(builder);
      if (!missing.isEmpty()) {
        JsonParser p = ctxt.getParser();
        // After the object's end, the context is the parent's, whose pointer is the object's.
        Pointer pointer = Pointer.parse(Problems.pointerOf(p.getParsingContext()));
        com.fasterxml.jackson.core.JsonLocation at = p.currentTokenLocation();
        throw Problems.of(
            ReadErrorCode.MISSING_FIELD,
            pointer.child(missing.get(0)),
            at.getLineNr(),
            at.getColumnNr(),
            String.join(", ", missing));
      }
      return super.finishBuild(ctxt, builder);
    }

    @Override
    public BeanDeserializerBase withObjectIdReader(
        com.fasterxml.jackson.databind.deser.impl.ObjectIdReader oir) {
      return rewrap(super.withObjectIdReader(oir));
    }

    @Override
    public BeanDeserializerBase withByNameInclusion(Set<String> ignorals, Set<String> includable) {
      return rewrap(super.withByNameInclusion(ignorals, includable));
    }

    @Override
    public BeanDeserializerBase withIgnoreAllUnknown(boolean ignoreUnknown) {
      return rewrap(super.withIgnoreAllUnknown(ignoreUnknown));
    }

    @Override
    public BeanDeserializerBase withBeanProperties(
        com.fasterxml.jackson.databind.deser.impl.BeanPropertyMap props) {
      return rewrap(super.withBeanProperties(props));
    }

    private static BeanDeserializerBase rewrap(BeanDeserializerBase deserializer) {
      return deserializer instanceof BuilderBasedDeserializer b && !(b instanceof RequiredChecked)
          ? new RequiredChecked(b)
          : deserializer;
    }
  }

  /**
   * Knows each Immutables builder's required properties and which of them a builder still lacks,
   * from the builder's own bookkeeping ({@code INIT_BIT_X} constants and its {@code initBits}).
   */
  static final class RequiredProperties {
    private static final ClassValue<RequiredProperties> BY_BUILDER =
        new ClassValue<>() {
          @Override
          protected RequiredProperties computeValue(Class<?> type) {
            return new RequiredProperties(type);
          }
        };

    private final Field initBits;
    private final long[] bits;
    private final String[] names;

    private RequiredProperties(Class<?> builder) {
      Field state = null;
      List<long[]> found = new ArrayList<>();
      List<String> foundNames = new ArrayList<>();
      try {
        for (Field field : builder.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers())
              && field.getType() == long.class
              && field.getName().startsWith("INIT_BIT_")) {
            field.setAccessible(true);
            found.add(new long[] {field.getLong(null)});
            foundNames.add(camelCase(field.getName().substring("INIT_BIT_".length())));
          } else if (!Modifier.isStatic(field.getModifiers())
              && field.getType() == long.class
              && field.getName().equals("initBits")) {
            field.setAccessible(true);
            state = field;
          }
        }
      } catch (IllegalAccessException | RuntimeException e) {
        state = null;
      }
      this.initBits = found.isEmpty() ? null : state;
      this.bits = found.stream().mapToLong(b -> b[0]).toArray();
      this.names = foundNames.toArray(String[]::new);
    }

    /** The required properties the builder lacks, in the model's order; empty if none. */
    static List<String> missing(Object builder) {
      RequiredProperties required = BY_BUILDER.get(builder.getClass());
      if (required.initBits == null) {
        return List.of();
      }
      long state;
      try {
        state = required.initBits.getLong(builder);
      } catch (IllegalAccessException e) {
        return List.of();
      }
      if (state == 0) {
        return List.of();
      }
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < required.bits.length; i++) {
        if ((state & required.bits[i]) != 0) {
          missing.add(required.names[i]);
        }
      }
      return missing;
    }

    private static String camelCase(String upperSnake) {
      StringBuilder name = new StringBuilder();
      for (String part : upperSnake.toLowerCase(java.util.Locale.ROOT).split("_")) {
        name.append(
            name.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
      }
      return name.toString();
    }
  }

  /** Reads a whole number that must not be negative (a time span's amount). */
  private static final class NonNegativeIntDeserializer extends JsonDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      int amount;
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
        amount = p.getIntValue();
      } else if (p.currentToken() == JsonToken.VALUE_STRING
          && ctxt.isEnabled(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          && WHOLE_NUMBER.matcher(p.getText().trim()).matches()) {
        try {
          amount = Integer.parseInt(p.getText().trim());
        } catch (NumberFormatException e) {
          throw Problems.numberOutOfRange(p, "integer");
        }
      } else {
        throw Problems.wrongType(p, "integer");
      }
      if (amount < 0) {
        throw Problems.invalidValue(p, "negativeAmount");
      }
      return amount;
    }
  }

  /** Writes a decimal as a plain number, never in exponent form, with its scale. */
  private static final class DecimalSerializer extends JsonSerializer<BigDecimal> {
    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      if (gen instanceof TokenBuffer) {
        // The tree the XML writer starts from keeps the value itself (see XmlCore).
        gen.writeNumber(value);
      } else {
        gen.writeNumber(value.toPlainString());
      }
    }
  }

  /**
   * Reads a decimal from a JSON number, or in XML from text of digits with an optional fraction;
   * refuses one with more than 20 digits before or after the point (also when written with an
   * exponent); {@code 1E+2} is read as {@code 100}.
   */
  private static final class DecimalDeserializer extends JsonDeserializer<BigDecimal> {
    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      BigDecimal value;
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        try {
          value = p.getDecimalValue();
        } catch (NumberFormatException | ArithmeticException e) {
          throw Problems.numberOutOfRange(p, "decimal");
        }
      } else if (token == JsonToken.VALUE_STRING
          && ctxt.isEnabled(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          && DECIMAL.matcher(p.getText()).matches()) {
        value = new BigDecimal(p.getText());
      } else {
        throw Problems.wrongType(p, "decimal");
      }
      // A large exponent would expand to a huge plain text when written.
      if (value.precision() - value.scale() > DECIMAL_PLACES) {
        throw Problems.numberOutOfRange(p, "decimal");
      }
      if (value.scale() < 0) {
        value = value.setScale(0);
      }
      if (value.scale() > DECIMAL_PLACES) {
        throw Problems.numberOutOfRange(p, "decimal");
      }
      return value;
    }
  }

  private static final class RupiahSerializer extends JsonSerializer<Rupiah> {
    @Override
    public void serialize(Rupiah value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeNumber(value.getAmount());
    }
  }

  private static final class RupiahDeserializer extends JsonDeserializer<Rupiah> {
    @Override
    public Rupiah deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      long amount;
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          throw Problems.numberOutOfRange(p);
        }
        amount = p.getLongValue();
      } else if (p.currentToken() == JsonToken.VALUE_STRING
          && ctxt.isEnabled(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          && WHOLE_NUMBER.matcher(p.getText()).matches()) {
        try {
          amount = Long.parseLong(p.getText());
        } catch (NumberFormatException e) {
          throw Problems.numberOutOfRange(p);
        }
      } else {
        throw Problems.wrongType(p, "wholeRupiah");
      }
      if (amount < 0) {
        throw Problems.invalidValue(p, "negativeAmount");
      }
      return Rupiah.of(amount);
    }
  }

  /**
   * Reads {@code true} and {@code false}; text only where scalars come as text (XML), where other
   * text is {@code INVALID_VALUE}; any other token is {@code WRONG_TYPE}, {@code null} is {@code
   * NULL_VALUE}.
   */
  private static final class BooleanDeserializer extends JsonDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_TRUE) {
        return Boolean.TRUE;
      }
      if (token == JsonToken.VALUE_FALSE) {
        return Boolean.FALSE;
      }
      if (token == JsonToken.VALUE_STRING
          && ctxt.isEnabled(MapperFeature.ALLOW_COERCION_OF_SCALARS)) {
        String text = p.getText().trim();
        if (text.equals("true")) {
          return Boolean.TRUE;
        }
        if (text.equals("false")) {
          return Boolean.FALSE;
        }
        throw Problems.invalidValue(p, "boolean");
      }
      throw Problems.wrongType(p, "boolean");
    }

    @Override
    public Boolean getNullValue(DeserializationContext ctxt) {
      throw Problems.at(ctxt.getParser(), ReadErrorCode.NULL_VALUE);
    }
  }

  private static final class TimeSerializer extends JsonSerializer<LocalTime> {
    @Override
    public void serialize(LocalTime value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      // The model keeps service hours to the minute, so HH:mm loses nothing.
      gen.writeString(value.format(HOURS_MINUTES));
    }
  }

  /**
   * Reads a value written as a string of a strict form: a wrong token is {@code WRONG_TYPE}, a
   * string of another form {@code INVALID_VALUE}, both naming the kind expected.
   */
  private static final class TextValueDeserializer<T> extends JsonDeserializer<T> {

    private final String kind;
    private final Pattern form;
    private final Function<String, T> parse;

    TextValueDeserializer(String kind, Pattern form, Function<String, T> parse) {
      this.kind = kind;
      this.form = form;
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw Problems.wrongType(p, kind);
      }
      String text = p.getText();
      if (!form.matcher(text).matches()) {
        throw Problems.invalidValue(p, kind);
      }
      try {
        return parse.apply(text);
      } catch (DateTimeParseException e) {
        throw Problems.invalidValue(p, kind);
      }
    }
  }
}
