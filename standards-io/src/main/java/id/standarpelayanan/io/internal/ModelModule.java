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
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The Jackson module that binds the model: registers {@link ModelIntrospector} (property order and
 * builder-based reading), writes a {@link Rupiah} as a plain integer and reads only whole,
 * non-negative rupiah, and reads dates only as ISO-8601 {@code yyyy-MM-dd} strings. Not API.
 */
final class ModelModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Digits only: the XML codec receives amounts as text. */
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,19}");

  /** Creates the module. */
  ModelModule() {
    super("standar-pelayanan-model");
    addSerializer(Rupiah.class, new RupiahSerializer());
    addDeserializer(Rupiah.class, new RupiahDeserializer());
    addDeserializer(LocalDate.class, new DateDeserializer());
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

  private static final class DateDeserializer extends JsonDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw Problems.wrongType(p, "date");
      }
      String text = p.getText();
      try {
        // LocalDate.parse accepts exactly ISO-8601 yyyy-MM-dd (and signed years beyond 9999).
        if (text.length() != 10) {
          throw Problems.invalidValue(p, "date");
        }
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw Problems.invalidValue(p, "date");
      }
    }
  }
}
