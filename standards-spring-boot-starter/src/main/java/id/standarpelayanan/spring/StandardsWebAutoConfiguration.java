package id.standarpelayanan.spring;

import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.io.StandardsXml;
import id.standarpelayanan.rules.Profile;
import java.time.Clock;
import org.apiguardian.api.API;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The web pieces, in a servlet web application with Spring MVC: the {@link
 * StandardsHttpMessageConverter} for request and response bodies of the model's documents ({@code
 * standar-pelayanan.web.message-converter}, on by default) and the {@link StandardsProblemDetails}
 * advice ({@code standar-pelayanan.web.problem-details}, on by default). Each backs off when the
 * application defines its own bean of the same type.
 *
 * <p>Boot adds an {@code HttpMessageConverter} bean in front of its default converters, so the
 * converter reads a {@code ServiceStandard} or {@code StandardsCatalog} body before Jackson would;
 * other types still go to Jackson.
 */
@AutoConfiguration(
    after = StandardsAutoConfiguration.class,
    before = {HttpMessageConvertersAutoConfiguration.class, WebMvcAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({DispatcherServlet.class, ProblemDetail.class})
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class StandardsWebAutoConfiguration {

  /** Creates the configuration; Spring does. */
  public StandardsWebAutoConfiguration() {}

  /**
   * The message converter over the codec beans.
   *
   * @param json the JSON codec
   * @param xml the XML codec
   * @return the converter
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(
      prefix = "standar-pelayanan.web",
      name = "message-converter",
      havingValue = "true",
      matchIfMissing = true)
  public StandardsHttpMessageConverter standardsHttpMessageConverter(
      StandardsJson json, StandardsXml xml) {
    return new StandardsHttpMessageConverter(json, xml);
  }

  /**
   * The rules' checks of {@code @Valid} request bodies, with the profile bean.
   *
   * @param properties the properties
   * @param profile the profile
   * @param clock the application's clock, if it has one
   * @return the checks
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(
      prefix = "standar-pelayanan.web",
      name = "check-bodies",
      havingValue = "true",
      matchIfMissing = true)
  public StandardsBodyChecks standardsBodyChecks(
      StandardsProperties properties, Profile profile, ObjectProvider<Clock> clock) {
    return new StandardsBodyChecks(
        profile, clock.getIfAvailable(Clock::systemDefaultZone), properties.web().failOn());
  }

  /**
   * The advice that answers read errors and validation failures as problem details.
   *
   * @return the advice
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(
      prefix = "standar-pelayanan.web",
      name = "problem-details",
      havingValue = "true",
      matchIfMissing = true)
  public StandardsProblemDetails standardsProblemDetails() {
    return new StandardsProblemDetails();
  }
}
