/**
 * The library over HTTP: {@code POST /v1/validate}, {@code POST /v1/convert}, the schemas, the
 * rules, {@code /health} and {@code /openapi.json}, on the JDK's own HTTP server ({@code
 * jdk.httpserver}), bounded in threads, queue, body length and body time.
 *
 * <p>Exports {@code id.standarpelayanan.server} only; the handlers stay in the internal package.
 * Logs through the SLF4J API and never binds a logger.
 */
module id.standarpelayanan.server {
  requires transitive id.standarpelayanan.reports;
  requires com.fasterxml.jackson.databind;
  requires jdk.httpserver;
  requires org.slf4j;
  // @API on our public types (as JUnit declares it): users compiling against us see it.
  requires static transitive org.apiguardian.api;

  exports id.standarpelayanan.server;

  // The message bundle is read on this module's behalf by the model's Languages.bundle.
  opens id.standarpelayanan.server to
      id.standarpelayanan.model;
}
