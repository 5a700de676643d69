package id.standarpelayanan.cli.internal;

import id.standarpelayanan.model.internal.text.Printable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Tells a user what is wrong with a command line (kesalahan penggunaan) in the tool's language: an
 * unknown option or command (with picocli's suggestions), a missing value or a missing required
 * option or parameter, an option given twice, too many values, or a value that is not one of the
 * choices or not of the option's type. Each is chosen by the type of picocli's exception and the
 * data it carries, never by its English message; an exception of another type is told with
 * picocli's own text. Printed on standard error as {@code sp: <message>} and a line that points to
 * the command's {@code --help}; nothing on standard output. Whatever a user typed is escaped
 * ({@link Printable}), so no argument can put control characters in the output.
 */
public final class UsageErrors implements IParameterExceptionHandler {

  /** How many characters of picocli's own text, in the fallback, are shown. */
  private static final int FALLBACK_LENGTH = 400;

  private final Language language;
  private final int exitCode;

  /**
   * Creates the handler.
   *
   * @param language the language of the messages
   * @param exitCode the exit code of a usage error
   */
  public UsageErrors(Language language, int exitCode) {
    this.language = Objects.requireNonNull(language, "language");
    this.exitCode = exitCode;
  }

  /**
   * Prints the message and the hint on the command's standard error.
   *
   * @param exception what picocli refused
   * @param args the arguments as the tool received them
   * @return the exit code of a usage error
   */
  @Override
  public int handleParseException(ParameterException exception, String[] args) {
    CommandLine line = exception.getCommandLine();
    PrintWriter err = line.getErr();
    err.println("sp: " + message(exception, args));
    err.println(language.message("usage.hint", line.getCommandSpec().qualifiedName() + " --help"));
    err.flush();
    return exitCode;
  }

  /**
   * Returns the message for a refused command line, in the handler's language.
   *
   * @param exception what picocli refused
   * @param args the arguments as the tool received them
   * @return one line, user text escaped
   */
  public String message(ParameterException exception, String[] args) {
    Objects.requireNonNull(exception, "exception");
    Objects.requireNonNull(args, "args");
    if (exception instanceof UnmatchedArgumentException unmatched
        && !unmatched.getUnmatched().isEmpty()) {
      return unmatched(unmatched);
    }
    if (exception instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
      return missing(missing.getMissing(), args);
    }
    if (exception instanceof OverwrittenOptionException overwritten
        && overwritten.getOverwritten() != null) {
      return language.message("usage.overwritten", describe(overwritten.getOverwritten()));
    }
    if (exception instanceof MaxValuesExceededException) {
      // picocli gives no structured data here: its own text says which option.
      return language.message("usage.tooManyValues", fallbackText(exception));
    }
    if (exception.getArgSpec() != null && exception.getValue() != null) {
      if (exception.getCause() instanceof Choice.Refused refused) {
        return language.message(
            "usage.invalidChoice",
            describe(exception.getArgSpec()),
            refused.choices().stream().collect(Collectors.joining(", ", "[", "]")),
            Printable.of(refused.value()));
      }
      if (exception.getCause() != null) {
        // A converter's failure (picocli's TypeConversionException or another exception).
        return language.message(
            "usage.invalidValue",
            describe(exception.getArgSpec()),
            Printable.of(exception.getValue()),
            exception.getArgSpec().type().getSimpleName());
      }
    }
    return language.message("usage.other", fallbackText(exception));
  }

  private String unmatched(UnmatchedArgumentException exception) {
    CommandSpec spec = exception.getCommandLine().getCommandSpec();
    String arguments = quoted(exception.getUnmatched());
    String message;
    List<String> suggestions = new ArrayList<>(exception.getSuggestions());
    if (exception.isUnknownOption()) {
      message = language.message("usage.unknownOption", arguments);
    } else if (!spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()) {
      // A word where only a command can come: picocli suggests commands by their bare names.
      message = language.message("usage.unknownCommand", arguments);
      suggestions.replaceAll(name -> spec.qualifiedName() + " " + name);
    } else {
      message = language.message("usage.unexpectedArgument", arguments);
    }
    if (suggestions.isEmpty()) {
      return message;
    }
    String or = " " + language.message("usage.or") + " ";
    return language.message(
        "usage.didYouMean",
        message,
        suggestions.stream().map(Printable::of).collect(Collectors.joining(or)));
  }

  private String missing(List<ArgSpec> missing, String[] args) {
    List<String> parts = new ArrayList<>();
    List<String> options = new ArrayList<>();
    List<String> parameters = new ArrayList<>();
    for (ArgSpec argument : missing) {
      if (argument instanceof OptionSpec option && given(option, args)) {
        // The option is there but its value is not (at the end, or before another option).
        parts.add(language.message("usage.missingValue", describe(option), option.paramLabel()));
      } else if (argument instanceof OptionSpec option) {
        options.add("'" + option.longestName() + "=" + option.paramLabel() + "'");
      } else {
        parameters.add("'" + argument.paramLabel() + "'");
      }
    }
    if (!options.isEmpty()) {
      parts.add(language.message("usage.missingOption", String.join(", ", options)));
    }
    if (!parameters.isEmpty()) {
      parts.add(language.message("usage.missingParameter", String.join(", ", parameters)));
    }
    return String.join("; ", parts);
  }

  /** Whether the option itself is on the command line, alone or as {@code --name=}. */
  private static boolean given(OptionSpec option, String[] args) {
    return Arrays.stream(args)
        .filter(Objects::nonNull)
        .anyMatch(
            arg ->
                Arrays.stream(option.names())
                    .anyMatch(name -> arg.equals(name) || arg.startsWith(name + "=")));
  }

  private String describe(ArgSpec argument) {
    return argument instanceof OptionSpec option
        ? language.message("usage.option", option.longestName())
        : language.message("usage.parameter", argument.paramLabel());
  }

  private static String quoted(List<String> arguments) {
    return arguments.stream()
        .map(argument -> "'" + Printable.of(argument) + "'")
        .collect(Collectors.joining(", "));
  }

  private static String fallbackText(ParameterException exception) {
    return Printable.of(String.valueOf(exception.getMessage()), FALLBACK_LENGTH);
  }
}
