package id.standarpelayanan.cli;

import id.standarpelayanan.cli.internal.Choice;
import id.standarpelayanan.cli.internal.CliException;
import id.standarpelayanan.cli.internal.Environment;
import id.standarpelayanan.cli.internal.Language;
import id.standarpelayanan.cli.internal.Version;
import id.standarpelayanan.reports.Outcome;
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
 * <p>Exit codes, the worst over all inputs: {@code 0} every input passed; {@code 1} a finding at
 * ERROR; {@code 2} an unreadable input or a usage error; {@code 3} an internal failure (a virtual
 * machine error such as an {@code OutOfMemoryError} or a {@code StackOverflowError}, or an
 * unexpected exception), never reported as bad data. Each is told in one line, never a stack trace;
 * with several inputs, one input's failure does not stop the others.
 */
@Command(
    name = "sp",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Memeriksa, mengonversi dan menjelaskan standar pelayanan publik (UU 25/2009).",
      "Checks, converts and describes Indonesian public service standards."
    },
    footerHeading = "%n",
    footer = {
      "Kode keluar / exit codes: 0 lulus/passed, 1 temuan ERROR/ERROR findings, 2 tidak terbaca/unreadable or usage,",
      "3 kegagalan internal/internal failure (mis. kehabisan memori / e.g. out of memory)."
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

  /**
   * The tool failed, not the input: a virtual machine error (out of memory, stack overflow) or an
   * unexpected exception.
   */
  public static final int INTERNAL = 3;

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
   * @return the exit code: {@link #PASSED}, {@link #FINDINGS}, {@link #UNUSABLE} or {@link
   *     #INTERNAL}
   */
  public static int run(
      String[] args, InputStream in, PrintStream out, PrintStream err, Clock clock) {
    PrintWriter outWriter =
        new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter =
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    Environment environment = new Environment(in, outWriter, errWriter, clock);
    CommandLine commandLine =
        commandLine(environment)
            .setOut(outWriter)
            .setErr(errWriter)
            .setExecutionExceptionHandler(
                (exception, line, parsed) -> {
                  if (exception instanceof CliException) {
                    line.getErr().println("sp: " + exception.getMessage());
                    return UNUSABLE;
                  }
                  line.getErr().println(internal(exception, line));
                  return INTERNAL;
                });
    int code;
    try {
      code = commandLine.execute(args);
    } catch (RuntimeException | Error e) {
      // An Error (VirtualMachineError included) passes picocli's handler: it is the tool's
      // failure, told in one line with exit code 3, never as bad data.
      errWriter.println(internal(e, commandLine));
      code = INTERNAL;
    }
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  /**
   * The tool's command line, its subcommands created with the environment they run in; also what
   * {@link CompletionScript} describes.
   */
  static CommandLine commandLine(Environment environment) {
    return Choice.registerAll(new CommandLine(new Sp(), new Factory(environment)));
  }

  private static String internal(Throwable failure, CommandLine line) {
    Language language = Language.ID;
    try {
      CommandLine.ParseResult parsed = line.getParseResult();
      if (parsed != null
          && parsed.subcommand() != null
          && parsed.subcommand().hasMatchedOption("--lang")) {
        language = parsed.subcommand().matchedOptionValue("--lang", Language.ID);
      }
    } catch (RuntimeException ignored) {
      // the default language is used
    }
    return language.message("error.internalRun", Outcome.Failed.text(failure));
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
