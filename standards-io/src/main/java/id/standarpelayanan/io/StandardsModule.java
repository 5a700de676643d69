package id.standarpelayanan.io;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import id.standarpelayanan.io.internal.ApplicationBinding;
import org.apiguardian.api.API;

/**
 * A Jackson {@link Module} that binds {@code ServiceStandard} and {@code StandardsCatalog} (and
 * every model value inside them) in an application's own {@code ObjectMapper}, in the canonical
 * JSON shape {@link StandardsJson} writes: register it, and controllers can take and return the
 * model as request and response bodies.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new StandardsModule());
 * String json = mapper.writeValueAsString(catalog);          // as StandardsJson writes it
 * StandardsCatalog back = mapper.readValue(json, StandardsCatalog.class);
 * }</pre>
 *
 * <p><b>Shape.</b> Property names, order, enums, ISO-8601 dates, whole rupiah, absent values left
 * out: all as the JSON codec, whatever the mapper's own settings for dates ({@code
 * WRITE_DATES_AS_TIMESTAMPS}) or property order. A standard or catalogue written as the root of the
 * output starts with {@code "schemaVersion"} (the version {@link StandardsJson} writes), so a
 * response body is a whole document that {@code StandardsJson} and {@code sp validate} read; nested
 * in an application's own object or list it is written without it, as inside a catalogue. With the
 * mapper's defaults (compact output), the bytes equal {@link StandardsJson}'s compact output.
 *
 * <p><b>{@code schemaVersion} on reading.</b> Accepted on a standard or catalogue object, root or
 * nested, when it names a version the codecs read (and then ignored: every readable version means
 * the same under the newest); another version fails ({@link
 * ReadErrorCode#UNSUPPORTED_SCHEMA_VERSION}). Unlike {@link StandardsJson}, the module does not
 * require it: a client may post the bare object.
 *
 * <p><b>Strictness is the application's.</b> The module binds values; the mapper's configuration
 * decides everything else, and {@link ReadLimits} do not apply:
 *
 * <ul>
 *   <li>unknown fields fail only where {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} is
 *       on (a plain {@code ObjectMapper}'s default; Spring Boot turns it off);
 *   <li>a key given twice is taken at its last value unless {@code
 *       StreamReadFeature.STRICT_DUPLICATE_DETECTION} is on;
 *   <li>document size, nesting depth and string and number length are limited only by the mapper's
 *       {@code StreamReadConstraints} (Jackson's defaults unless the application sets its own), not
 *       by {@code ReadLimits};
 *   <li>coercions the mapper allows apply (with {@code MapperFeature.ALLOW_COERCION_OF_SCALARS},
 *       Jackson's default, {@code "12"} is read as a number and {@code "true"} as a boolean); the
 *       model's own checks still hold: whole non-negative rupiah, {@code yyyy-MM-dd} dates, {@code
 *       HH:mm} times, required properties, {@code null} for no boolean.
 * </ul>
 *
 * <p>For documents from outside, with the strict defaults, read with {@link StandardsJson} (for
 * example from a request's bytes) rather than through the application's mapper.
 *
 * <p><b>Errors.</b> A value the model refuses fails with Jackson's {@code JsonMappingException}
 * (which frameworks answer as bad input, HTTP 400 in Spring MVC), whose cause chain holds the
 * {@link StandardsReadException} with its {@link ReadErrorCode}, {@link
 * StandardsReadException#getPointer() pointer}, line and column.
 *
 * <p>Registers nothing else: no date-time or {@code Optional} module, no change to the mapper's
 * features. Stateless and thread-safe; registering it twice in one mapper is a no-op (Jackson keeps
 * one module per {@link #getTypeId() type id}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class StandardsModule extends Module {

  /** Creates the module. */
  public StandardsModule() {}

  /**
   * Returns the module's name.
   *
   * @return {@code "standar-pelayanan"}
   */
  @Override
  public String getModuleName() {
    return "standar-pelayanan";
  }

  /**
   * Returns the module's version; unknown, as the library does not stamp one.
   *
   * @return {@link Version#unknownVersion()}
   */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /**
   * Returns the id Jackson uses to register the module only once per mapper.
   *
   * @return this class's name
   */
  @Override
  public Object getTypeId() {
    return StandardsModule.class.getName();
  }

  /**
   * Installs the model's serializers, deserializers and introspection in the mapper being set up;
   * called by Jackson when the module is registered.
   *
   * @param context the mapper's setup context
   */
  @Override
  public void setupModule(SetupContext context) {
    ApplicationBinding.setUp(context);
  }
}
