/**
 * Reading and writing service standards as documents: the JSON codec ({@link
 * id.standarpelayanan.io.StandardsJson}, canonical) and the XML codec ({@link
 * id.standarpelayanan.io.StandardsXml}), both {@link id.standarpelayanan.io.StandardsCodec}s built
 * once and shared; streaming readers for many standards; {@link id.standarpelayanan.io.ReadLimits}
 * and the one read failure, {@link id.standarpelayanan.io.StandardsReadException} with its {@link
 * id.standarpelayanan.io.ReadErrorCode}; the published {@link id.standarpelayanan.io.Schema}s; and
 * {@link id.standarpelayanan.io.StandardsModule}, the same JSON binding for an application's own
 * Jackson {@code ObjectMapper}.
 *
 * <p>Locations are RFC 6901 JSON Pointers into the document as the JSON codec writes it, the same
 * path language as the model's validation and the rule engine. Depends on the model only; the model
 * knows nothing of this package.
 */
package id.standarpelayanan.io;
