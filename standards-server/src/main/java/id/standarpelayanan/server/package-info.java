/**
 * The validation service (layanan pemeriksaan) over HTTP: {@link
 * id.standarpelayanan.server.StandardsServer} answers {@code /v1/validate}, {@code /v1/convert},
 * {@code /v1/schema}, {@code /v1/rules}, {@code /health} and {@code /openapi.json} on the JDK's own
 * HTTP server, for portals that are not written in Java. {@code sp serve} starts one.
 *
 * <p>The server and its builder are the only API; {@code id.standarpelayanan.server.internal} (the
 * handlers, the pools, the problem documents) is not API.
 */
package id.standarpelayanan.server;
