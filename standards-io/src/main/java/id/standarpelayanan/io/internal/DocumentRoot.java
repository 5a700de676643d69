package id.standarpelayanan.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.util.NameTransformer;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A document's root object: {@code schemaVersion} first, then the properties of the catalogue or
 * standard it holds, written straight to the generator in one pass. Its serializer writes the model
 * value's properties with Jackson's unwrapping form of the value's own serializer, so that no
 * wrapper sits between the serializers and the generator for the rest of the document.
 *
 * @param value a catalogue or a standard
 */
record DocumentRoot(Object value) {

  /**
   * Writes a document root. Registered on one mapper; thread-safe, with the unwrapping serializer
   * of each model class made once.
   */
  static final class Serializer extends JsonSerializer<DocumentRoot> {

    private final Map<Class<?>, JsonSerializer<Object>> unwrapping = new ConcurrentHashMap<>();

    @Override
    public void serialize(DocumentRoot root, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      Object value = root.value();
      gen.writeStartObject(value);
      gen.writeStringField(SchemaVersionParser.FIELD, SchemaVersionParser.VERSION);
      JsonSerializer<Object> fields = unwrapping.get(value.getClass());
      if (fields == null) {
        fields =
            provider
                .findValueSerializer(value.getClass())
                .unwrappingSerializer(NameTransformer.NOP);
        unwrapping.put(value.getClass(), fields);
      }
      fields.serialize(value, gen, provider);
      gen.writeEndObject();
    }
  }
}
