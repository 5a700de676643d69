package id.standarpelayanan.spring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small Spring Boot application that uses the starter as an integrator would: {@link
 * StandardsController} takes standards and catalogues as request bodies and checks them. The web
 * tests run it on a random loopback port; a developer starts it with {@code mvn -pl
 * standards-spring-boot-starter -am spring-boot:test-run} (README, "Spring Boot") on port 8080.
 */
@SpringBootApplication
public class SampleApplication {

  /**
   * Starts the application.
   *
   * @param args Spring Boot's arguments, such as {@code --server.port=9090}
   */
  public static void main(String[] args) {
    SpringApplication.run(SampleApplication.class, args);
  }
}
