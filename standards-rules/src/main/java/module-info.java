/**
 * The rule engine and the built-in rule catalogue: {@code Checker}, {@code Profile}, the {@code
 * Rule} SPI and the report types.
 *
 * <p>Exports {@code id.standarpelayanan.rules} only; the built-in rules live in the internal
 * packages. Users add their own rules programmatically or as {@code Rule} services.
 */
module id.standarpelayanan.rules {
  requires transitive id.standarpelayanan.model;
  // @API on our public types (as JUnit declares it): users compiling against us see it.
  requires static transitive org.apiguardian.api;

  exports id.standarpelayanan.rules;

  // The message bundle is read on this module's behalf by the model's Languages.bundle.
  opens id.standarpelayanan.rules to
      id.standarpelayanan.model;

  uses id.standarpelayanan.rules.Rule;
}
