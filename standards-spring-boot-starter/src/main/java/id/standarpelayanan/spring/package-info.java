/**
 * Spring Boot 3 auto-configuration of the library: {@link
 * id.standarpelayanan.spring.StandardsAutoConfiguration} (the profile, checker, codecs, document
 * reader and document checks as beans, and the model's Jackson module in Boot's {@code
 * ObjectMapper}), {@link id.standarpelayanan.spring.StandardsWebAutoConfiguration} (strict request
 * bodies through {@link id.standarpelayanan.spring.StandardsHttpMessageConverter}, and read errors
 * and validation failures as RFC 9457 problem details through {@link
 * id.standarpelayanan.spring.StandardsProblemDetails}), configured by {@link
 * id.standarpelayanan.spring.StandardsProperties} ({@code standar-pelayanan.*}).
 *
 * <p>An adapter above {@code standards-rules}, {@code standards-io} and, where present, {@code
 * standards-reports}; nothing in the library depends on it.
 */
package id.standarpelayanan.spring;
