/**
 * Report writers and the one-call check of a document: reads any document {@code standards-io}
 * defines, checks it with a {@code standards-rules} checker, and writes the report as JSON, SARIF
 * 2.1.0 or text, streaming. The pieces {@code sp validate} is made of, for integrators.
 *
 * <p>Exports {@code id.standarpelayanan.reports} only; the writers themselves, and Jackson's
 * streaming generator behind them, stay in the internal package.
 */
module id.standarpelayanan.reports {
  requires transitive id.standarpelayanan.rules;
  requires transitive id.standarpelayanan.io;
  requires com.fasterxml.jackson.core;
  // @API on our public types (as JUnit declares it): users compiling against us see it.
  requires static transitive org.apiguardian.api;

  exports id.standarpelayanan.reports;

  // The message bundle is read on this module's behalf by the model's Languages.bundle.
  opens id.standarpelayanan.reports to
      id.standarpelayanan.model;
}
