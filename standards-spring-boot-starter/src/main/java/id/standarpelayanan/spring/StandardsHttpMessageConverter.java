package id.standarpelayanan.spring;

import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.io.StandardsReadException;
import id.standarpelayanan.io.StandardsXml;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;

/**
 * Reads request bodies of type {@code ServiceStandard} or {@code StandardsCatalog} with the strict
 * codecs, and writes responses of those types as canonical JSON: a controller's {@code @RequestBody
 * ServiceStandard} is read as {@code sp validate} reads a file.
 *
 * <ul>
 *   <li><b>Reads</b> {@code application/json} and {@code application/*+json} with {@link
 *       StandardsJson}, {@code application/xml} and {@code text/xml} with {@link StandardsXml}:
 *       unknown fields, a key given twice, a missing {@code schemaVersion} and documents beyond the
 *       {@code ReadLimits} are refused, with the line, column and JSON Pointer of the problem. A
 *       refused document fails with Spring's {@link HttpMessageNotReadableException} (HTTP 400),
 *       whose cause is the {@link StandardsReadException}; {@link StandardsProblemDetails} answers
 *       it as a problem detail.
 *   <li><b>Writes</b> JSON only ({@code application/json}), byte for byte as {@link
 *       StandardsJson#write(ServiceStandard, java.io.OutputStream)}, whatever XML the client would
 *       also accept: a browser's {@code Accept} header prefers {@code application/xml} to {@code
 *       *}{@code /*}, and would otherwise turn the answer into XML.
 * </ul>
 *
 * <p>Other types (an application's own wrapper around a standard, a {@code List} of them) are left
 * to the application's Jackson converter, where the {@code StandardsModule} binds the model with
 * the mapper's settings. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class StandardsHttpMessageConverter extends AbstractHttpMessageConverter<Object> {

  private final StandardsJson json;
  private final StandardsXml xml;

  /**
   * Creates a converter over the two codecs.
   *
   * @param json the JSON codec, for reading JSON and for writing
   * @param xml the XML codec, for reading XML
   * @throws NullPointerException if an argument is null
   */
  public StandardsHttpMessageConverter(StandardsJson json, StandardsXml xml) {
    super(
        MediaType.APPLICATION_JSON,
        new MediaType("application", "*+json"),
        MediaType.APPLICATION_XML,
        MediaType.TEXT_XML);
    this.json = Objects.requireNonNull(json, "json");
    this.xml = Objects.requireNonNull(xml, "xml");
  }

  /**
   * Tells whether the type is a standard or a catalogue.
   *
   * @param type the body's type
   * @return whether this converter reads and writes it
   */
  @Override
  protected boolean supports(Class<?> type) {
    return ServiceStandard.class.isAssignableFrom(type)
        || StandardsCatalog.class.isAssignableFrom(type);
  }

  /**
   * Tells whether a standard or catalogue can be written as the media type: JSON only.
   *
   * @param type the body's type
   * @param mediaType the media type asked for, or {@code null} for any
   * @return whether the body is written
   */
  @Override
  public boolean canWrite(Class<?> type, MediaType mediaType) {
    return (mediaType == null || !isXml(mediaType)) && super.canWrite(type, mediaType);
  }

  /**
   * Returns the media types a body of the type can be produced as, which Spring MVC matches with a
   * request's {@code Accept} header: JSON only, so that XML is never chosen.
   *
   * @param type the body's type
   * @return {@code application/json} for a standard or catalogue, nothing for another type
   */
  @Override
  public List<MediaType> getSupportedMediaTypes(Class<?> type) {
    return supports(type) ? List.of(MediaType.APPLICATION_JSON) : List.of();
  }

  /**
   * Reads the body with the codec of its content type.
   *
   * @param type the body's type, {@code ServiceStandard} or {@code StandardsCatalog}
   * @param input the request
   * @return the standard or catalogue
   * @throws IOException if the body cannot be read from the request
   * @throws HttpMessageNotReadableException if the codec refuses the document; the cause is its
   *     {@link StandardsReadException}
   */
  @Override
  protected Object readInternal(Class<?> type, HttpInputMessage input) throws IOException {
    MediaType contentType = input.getHeaders().getContentType();
    boolean isXml = contentType != null && isXml(contentType);
    InputStream body = input.getBody();
    try {
      if (StandardsCatalog.class.isAssignableFrom(type)) {
        return isXml ? xml.readCatalog(body) : json.readCatalog(body);
      }
      return isXml ? xml.readStandard(body) : json.readStandard(body);
    } catch (StandardsReadException e) {
      throw new HttpMessageNotReadableException(e.getMessage(Locale.ENGLISH), e, input);
    }
  }

  /**
   * Writes the standard or catalogue as canonical JSON.
   *
   * @param value the standard or catalogue
   * @param output the response
   * @throws IOException if the response cannot be written
   */
  @Override
  protected void writeInternal(Object value, HttpOutputMessage output) throws IOException {
    if (value instanceof StandardsCatalog catalog) {
      json.write(catalog, output.getBody());
    } else if (value instanceof ServiceStandard standard) {
      json.write(standard, output.getBody());
    } else {
      throw new HttpMessageNotWritableException(
          "not a standard or catalogue: " + value.getClass().getName());
    }
  }

  private static boolean isXml(MediaType mediaType) {
    String subtype = mediaType.getSubtype();
    return "xml".equals(subtype) || subtype.endsWith("+xml");
  }
}
