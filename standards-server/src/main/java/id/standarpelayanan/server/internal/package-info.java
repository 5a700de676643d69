/**
 * The service's handlers, thread pools, body reading, problem documents (RFC 9457) and OpenAPI
 * document. Not API: reach them through {@link id.standarpelayanan.server.StandardsServer}.
 */
package id.standarpelayanan.server.internal;
