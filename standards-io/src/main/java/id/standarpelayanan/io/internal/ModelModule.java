package id.standarpelayanan.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import id.standarpelayanan.model.Rupiah;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The Jackson module that binds the model: registers {@link ModelIntrospector} (property order and
 * builder-based reading), writes a {@link Rupiah} as a plain integer and reads only whole,
 * non-negative rupiah, reads dates only as ISO-8601 {@code yyyy-MM-dd} strings, and writes and
 * reads times of day only as {@code HH:mm} (service hours are kept to the minute). Not API.
 */
final class ModelModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Digits only: the XML codec receives amounts as text. */
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,19}");

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
    addSerializer(LocalTime.class, new TimeSerializer());
    addDeserializer(LocalTime.class, new TextValueDeserializer<>("time", TIME, LocalTime::parse));
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.insertAnnotationIntrospector(new ModelIntrospector());
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
   * text is {@code INVALID_VALUE}; any other token is {@code WRONG_TYPE}, {@code null} is
   * {@code NULL_VALUE}.
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
      throw Problems.at(ctxt.getParser(), id.standarpelayanan.io.ReadErrorCode.NULL_VALUE);
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
