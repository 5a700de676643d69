package id.standarpelayanan.cli;

import id.standarpelayanan.cli.internal.CliException;
import id.standarpelayanan.cli.internal.Environment;
import id.standarpelayanan.cli.internal.Language;
import id.standarpelayanan.cli.internal.LanguageOption;
import id.standarpelayanan.cli.internal.Version;
import id.standarpelayanan.server.StandardsServer;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sp serve}: the validation service over HTTP ({@link StandardsServer}) until the process is
 * stopped (SIGTERM, Ctrl+C), which stops it gracefully.
 *
 * <p>Its help texts are in the usage bundles ({@code sp.serve.*} in {@code
 * id/standarpelayanan/cli/Usage.properties} and {@code Usage_en.properties}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class ServeCommand implements Callable<Integer>, Sp.EnvironmentAware {

  /** How long requests in progress get to finish once the process is told to stop. */
  static final Duration GRACE = Duration.ofSeconds(5);

  /**
   * The JDK server's own settings, JVM-wide system properties that it reads once: the idle time of
   * a kept-alive connection and the time a request may take to arrive (seconds; its line and
   * headers, the body being bounded by the server's read timeout), and TCP_NODELAY on its sockets
   * (without it, an answer's headers and body wait for the client's delayed acknowledgement: some
   * 40 ms a request on Linux, ServerLoad in benchmarks/README.md). Set unless the user set them.
   */
  private static final String[][] JDK_SERVER_SETTINGS = {
    {"sun.net.httpserver.idleInterval", "30"},
    {"sun.net.httpserver.maxReqTime", "60"},
    {"sun.net.httpserver.nodelay", "true"}
  };

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "${bundle:label.port:-PORT}",
      descriptionKey = "port")
  private int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      paramLabel = "${bundle:label.address:-ADDRESS}",
      descriptionKey = "bind")
  private String bind;

  @Option(names = "--threads", paramLabel = "${bundle:label.count:-N}", descriptionKey = "threads")
  private Integer threads;

  @Mixin private LanguageOption lang;

  private final Environment environment;

  ServeCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InterruptedException {
    Language language = lang.language();
    for (String[] setting : JDK_SERVER_SETTINGS) {
      if (System.getProperty(setting[0]) == null) {
        System.setProperty(setting[0], setting[1]);
      }
    }
    StandardsServer.Builder builder = StandardsServer.builder().clock(environment.clock());
    try {
      builder.port(port).bind(address(language));
      if (threads != null) {
        builder.threads(threads);
      }
    } catch (IllegalArgumentException e) {
      throw new CliException(language.message("serve.badOption", e.getMessage()));
    }
    StandardsServer server;
    try {
      server = builder.build().start();
    } catch (UncheckedIOException e) {
      throw new CliException(
          language.message("serve.cannotListen", bind + ":" + port, e.getCause().getMessage()));
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  environment.err().println(language.message("serve.stopping"));
                  server.stop(GRACE);
                  environment.err().println(language.message("serve.stopped"));
                  stopped.countDown();
                },
                "sp-serve-shutdown"));
    environment.out().println(language.message("serve.listening", server.uri()));
    environment.out().flush();
    // Served by the server's threads until the shutdown hook has stopped it.
    stopped.await();
    return Sp.PASSED;
  }

  private InetAddress address(Language language) {
    try {
      return InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new CliException(language.message("serve.badAddress", bind));
    }
  }
}
