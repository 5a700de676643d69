package id.standarpelayanan.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.util.NameTransformer;
import id.standarpelayanan.io.ReadErrorCode;
import id.standarpelayanan.io.StandardsReadException;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * What {@code StandardsModule} installs in an application's own {@code ObjectMapper}: the model's
 * binding ({@link ModelModule}, the same as the codecs'), plus what the codecs' own mapper
 * configuration or readers otherwise provide.
 *
 * <ul>
 *   <li>Dates are written as ISO-8601 strings whatever the mapper's {@code
 *       WRITE_DATES_AS_TIMESTAMPS}.
 *   <li>A standard or catalogue at the root of the output is written as a whole document, {@code
 *       schemaVersion} first (the version the codecs write); nested anywhere else it is written
 *       without it, as inside a catalogue.
 *   <li>{@code schemaVersion} is accepted on a standard or catalogue object when it names a version
 *       the codecs read ({@code UNSUPPORTED_SCHEMA_VERSION} otherwise), and then ignored: every
 *       readable version means the same under the newest. It is not required.
 *   <li>A {@link StandardsReadException} raised while a standard or catalogue is built reaches the
 *       caller as a {@link JsonMappingException} (Jackson's bad-input type, which frameworks answer
 *       with 400), with the {@code StandardsReadException} as its cause.
 * </ul>
 */
public final class ApplicationBinding {

  private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

  private ApplicationBinding() {}

  /**
   * Sets the binding up in a mapper.
   *
   * @param context the mapper's setup context
   */
  public static void setUp(Module.SetupContext context) {
    Objects.requireNonNull(context, "context");
    new ModelModule().setupModule(context);
    SimpleSerializers dates = new SimpleSerializers();
    dates.addSerializer(LocalDate.class, new DateSerializer());
    context.addSerializers(dates);
    context.addBeanSerializerModifier(new RootDocuments());
    context.addBeanDeserializerModifier(new BadInputAsMappingException());
    context.addDeserializationProblemHandler(new SchemaVersionField());
  }

  /**
   * Returns the schema version the codecs write.
   *
   * @return the version, such as {@code 1.1}
   */
  public static String schemaVersion() {
    return SchemaVersionParser.VERSION;
  }

  private static boolean isDocumentType(Class<?> type) {
    return ServiceStandard.class.isAssignableFrom(type)
        || StandardsCatalog.class.isAssignableFrom(type);
  }

  private static boolean isDocumentBuilder(Object builderOrClass) {
    Class<?> type =
        builderOrClass instanceof Class<?> c
            ? c
            : builderOrClass == null ? null : builderOrClass.getClass();
    return type == ModelIntrospector.builderOf(ServiceStandard.class)
        || type == ModelIntrospector.builderOf(StandardsCatalog.class);
  }

  /** Writes a date as {@code yyyy-MM-dd}, as the codecs do. */
  private static final class DateSerializer extends JsonSerializer<LocalDate> {
    @Override
    public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(value.format(ISO_DATE));
    }
  }

  /** Wraps the serializers of standards and catalogues in {@link RootVersioned}. */
  private static final class RootDocuments extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    @SuppressWarnings("unchecked")
    public JsonSerializer<?> modifySerializer(
        SerializationConfig config, BeanDescription beanDesc, JsonSerializer<?> serializer) {
      return isDocumentType(beanDesc.getBeanClass())
          ? new RootVersioned((JsonSerializer<Object>) serializer)
          : serializer;
    }
  }

  /**
   * Writes {@code schemaVersion} first when the value is the root of the output, then the value's
   * own properties; elsewhere, the value as its own serializer writes it.
   */
  private static final class RootVersioned extends JsonSerializer<Object>
      implements ResolvableSerializer, ContextualSerializer {

    private final JsonSerializer<Object> delegate;
    private volatile JsonSerializer<Object> unwrapping;

    RootVersioned(JsonSerializer<Object> delegate) {
      this.delegate = delegate;
    }

    @Override
    public void resolve(SerializerProvider provider) throws JsonMappingException {
      if (delegate instanceof ResolvableSerializer resolvable) {
        resolvable.resolve(provider);
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonSerializer<?> createContextual(SerializerProvider prov, BeanProperty property)
        throws JsonMappingException {
      if (delegate instanceof ContextualSerializer contextual) {
        JsonSerializer<?> made = contextual.createContextual(prov, property);
        if (made != delegate) {
          return new RootVersioned((JsonSerializer<Object>) made);
        }
      }
      return this;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (!gen.getOutputContext().inRoot()) {
        delegate.serialize(value, gen, provider);
        return;
      }
      JsonSerializer<Object> fields = unwrapping;
      if (fields == null) {
        fields = delegate.unwrappingSerializer(NameTransformer.NOP);
        unwrapping = fields;
      }
      gen.writeStartObject(value);
      gen.writeStringField(SchemaVersionParser.FIELD, SchemaVersionParser.VERSION);
      fields.serialize(value, gen, provider);
      gen.writeEndObject();
    }

    @Override
    public void serializeWithType(
        Object value, JsonGenerator gen, SerializerProvider provider, TypeSerializer typeSer)
        throws IOException {
      delegate.serializeWithType(value, gen, provider, typeSer);
    }

    @Override
    public JsonSerializer<Object> unwrappingSerializer(NameTransformer transformer) {
      return delegate.unwrappingSerializer(transformer);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Object value) {
      return delegate.isEmpty(provider, value);
    }

    @Override
    public Class<Object> handledType() {
      return delegate.handledType();
    }
  }

  /** Wraps the deserializers of standards and catalogues in {@link MappingExceptions}. */
  private static final class BadInputAsMappingException extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      // A builder-based deserializer is described by its builder class.
      Class<?> type = beanDesc.getBeanClass();
      return isDocumentType(type) || isDocumentBuilder(type)
          ? new MappingExceptions(deserializer)
          : deserializer;
    }
  }

  /**
   * Turns a {@link StandardsReadException} into a {@link JsonMappingException} with it as the
   * cause: the model's checks run in builders, outside the spots where Jackson wraps failures.
   */
  private static final class MappingExceptions extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    MappingExceptions(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new MappingExceptions(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        return super.deserialize(p, ctxt);
      } catch (StandardsReadException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }

  /** Accepts a readable {@code schemaVersion} on a standard or catalogue, and ignores it. */
  private static final class SchemaVersionField extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        JsonDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName)
        throws IOException {
      if (!SchemaVersionParser.FIELD.equals(propertyName) || !isDocumentBuilder(beanOrClass)) {
        return false;
      }
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw Problems.wrongType(p, "string");
      }
      if (!SchemaVersionParser.READABLE.contains(p.getText())) {
        throw Problems.at(
            p,
            ReadErrorCode.UNSUPPORTED_SCHEMA_VERSION,
            p.getText(),
            SchemaVersionParser.READABLE_TEXT);
      }
      return true;
    }
  }
}
