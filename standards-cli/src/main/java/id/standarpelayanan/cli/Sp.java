package id.standarpelayanan.cli;

import id.standarpelayanan.cli.internal.Choice;
import id.standarpelayanan.cli.internal.CliException;
import id.standarpelayanan.cli.internal.Environment;
import id.standarpelayanan.cli.internal.Language;
import id.standarpelayanan.cli.internal.LanguageOption;
import id.standarpelayanan.cli.internal.UsageErrors;
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
import picocli.CommandLine.Mixin;
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
 *
 * <p>The usage help and the errors of a wrong command line are in the language of {@code --lang
 * id|en}, read from the arguments before they are parsed ({@link LanguageOption#scan}); every
 * command takes the option, {@code sp} itself too ({@code sp --lang en validate} is {@code sp
 * validate --lang en}). The texts of the help are in the resource bundles {@code
 * id/standarpelayanan/cli/Usage.properties} (Indonesian) and {@code Usage_en.properties}, with the
 * keys picocli gives them; the errors are in the tool's {@code Messages} ({@link UsageErrors}).
 */
@Command(
    name = "sp",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    subcommands = {
      ValidateCommand.class,
      ConvertCommand.class,
      SchemaCommand.class,
      RulesCommand.class,
      PublishCommand.class,
      SkmCommand.class,
      DiffCommand.class,
      ServeCommand.class,
      HelpCommand.class
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

  /** Not read here: the language is the one {@link #run} found before parsing. */
  @Mixin private LanguageOption lang;

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
    // Help and parse errors come before (or while) the command line is parsed: its language is
    // found first.
    Language language = LanguageOption.scan(args);
    CommandLine commandLine =
        commandLine(environment, language)
            .setOut(outWriter)
            .setErr(errWriter)
            .setParameterExceptionHandler(new UsageErrors(language, UNUSABLE))
            .setExecutionExceptionHandler(
                (exception, line, parsed) -> {
                  if (exception instanceof CliException) {
                    line.getErr().println("sp: " + exception.getMessage());
                    return UNUSABLE;
                  }
                  line.getErr().println(internal(exception, line, language));
                  return INTERNAL;
                });
    int code;
    try {
      code = commandLine.execute(args);
    } catch (RuntimeException | Error e) {
      // An Error (VirtualMachineError included) passes picocli's handler: it is the tool's
      // failure, told in one line with exit code 3, never as bad data.
      errWriter.println(internal(e, commandLine, language));
      code = INTERNAL;
    }
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  /**
   * The tool's command line in Indonesian, its subcommands created with the environment they run
   * in; also what {@link CompletionScript} describes.
   */
  static CommandLine commandLine(Environment environment) {
    return commandLine(environment, Language.ID);
  }

  /**
   * The tool's command line, its subcommands created with the environment they run in, its help in
   * {@code language} and {@code language} the default of every {@code --lang}.
   */
  static CommandLine commandLine(Environment environment, Language language) {
    CommandLine line = Choice.registerAll(new CommandLine(new Sp(), new Factory(environment)));
    // Set after the subcommands are added: picocli hands the bundle down to each of them. Loaded
    // by the model's Languages on this module's behalf: picocli cannot load it on the module path.
    return line.setResourceBundle(language.usage())
        .setDefaultValueProvider(LanguageOption.defaultingTo(language));
  }

  private static String internal(Throwable failure, CommandLine line, Language found) {
    Language language = found;
    try {
      CommandLine.ParseResult parsed = line.getParseResult();
      if (parsed != null
          && parsed.subcommand() != null
          && parsed.subcommand().hasMatchedOption(LanguageOption.NAME)) {
        language = parsed.subcommand().matchedOptionValue(LanguageOption.NAME, found);
      }
    } catch (RuntimeException ignored) {
      // the language found before parsing is used
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
