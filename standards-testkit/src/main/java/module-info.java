/**
 * jqwik arbitraries for service standards, for our tests and for downstream projects.
 *
 * <p>Exports {@code id.standarpelayanan.testkit} only and registers the model's default arbitraries
 * with jqwik as an {@code ArbitraryProvider} service.
 */
module id.standarpelayanan.testkit {
  requires transitive id.standarpelayanan.model;
  // Arbitrary and the other jqwik types appear in the API.
  requires transitive net.jqwik.api;
  // @API on our public types (as JUnit declares it): users compiling against us see it.
  requires static transitive org.apiguardian.api;

  exports id.standarpelayanan.testkit;

  provides net.jqwik.api.providers.ArbitraryProvider with
      id.standarpelayanan.testkit.internal.ModelArbitraryProvider;
}
