package id.standarpelayanan.cli;

import id.standarpelayanan.cli.internal.CliException;
import id.standarpelayanan.cli.internal.Environment;
import id.standarpelayanan.cli.internal.Version;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code sp} command-line tool (alat baris perintah standar pelayanan).
 *
 * <p>Exit codes: {@code 0} every input passed; {@code 1} a finding at ERROR; {@code 2} an
 * unreadable input or a usage error (a one-line message, never a stack trace).
 */
@Command(
    name = "sp",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Memeriksa, mengonversi dan menjelaskan standar pelayanan publik (UU 25/2009).",
      "Checks, converts and describes Indonesian public service standards."
    },
    subcommands = {
      ValidateCommand.class,
      ConvertCommand.class,
      SchemaCommand.class,
      RulesCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Sp implements Callable<Integer> {

  /** Every input passed. */
  public static final int PASSED = 0;

  /** Some input has a finding at ERROR. */
  public static final int FINDINGS = 1;

  /** An input could not be read, or the command line was wrong. */
  public static final int UNUSABLE = 2;

  @Spec private CommandSpec spec;

  /** Creates the top-level command; picocli calls it. */
  public Sp() {}

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return UNUSABLE;
  }

  /**
   * Runs the tool on the process's streams and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // The tool owns this process: route Hibernate Validator's JBoss Logging to SLF4J (bound to
    // the no-op provider) so that its start-up notice does not clutter reports.
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    System.exit(run(args, System.in, System.out, System.err, Clock.systemDefaultZone()));
  }

  /**
   * Runs the tool in-process.
   *
   * @param args the arguments
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @param clock the clock reports are dated by
   * @return the exit code: {@link #PASSED}, {@link #FINDINGS} or {@link #UNUSABLE}
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Clock clock) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    Environment environment = new Environment(in, outWriter, errWriter, clock);
    CommandLine commandLine = new CommandLine(new Sp(), new Factory(environment))
        .setOut(outWriter)
        .setErr(errWriter)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((exception, line, parsed) -> {
          line.getErr().println("sp: " + describe(exception));
          return UNUSABLE;
        });
    int code = commandLine.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  private static String describe(Exception exception) {
    if (exception instanceof CliException) {
      return exception.getMessage();
    }
    return exception.getClass().getSimpleName() + (exception.getMessage() == null ? "" : ": " + exception.getMessage());
  }

  /** Creates the subcommands with the environment they run in. */
  private static final class Factory implements CommandLine.IFactory {
    private final Environment environment;

    Factory(Environment environment) {
      this.environment = environment;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (EnvironmentAware.class.isAssignableFrom(type)) {
        return type.cast(type.getDeclaredConstructor(Environment.class).newInstance(environment));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  /** Marks a subcommand constructed with the {@link Environment}. */
  interface EnvironmentAware {}
}
