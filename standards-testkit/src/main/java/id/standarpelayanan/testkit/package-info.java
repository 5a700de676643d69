/**
 * jqwik arbitraries for the standar-pelayanan model, for property tests in downstream projects:
 * start at {@link id.standarpelayanan.testkit.StandardsArbitraries}. The arbitraries are also jqwik
 * defaults, so {@code @ForAll ServiceStandard standard} works with no further setup.
 *
 * <p>Use the testkit with test scope, with a jqwik 1.9.x engine (the testkit is built and tested
 * against jqwik 1.9.3; it uses only the {@code jqwik-api} combinators, {@code Builders}, {@code
 * ArbitrarySupplier} and the {@code ArbitraryProvider} SPI).
 */
package id.standarpelayanan.testkit;
