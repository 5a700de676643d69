package id.standarpelayanan.cli;

import id.standarpelayanan.cli.internal.LanguageOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code sp help [COMMAND]}: prints the usage help of a command, or of {@code sp}. It is picocli's
 * {@link CommandLine.HelpCommand} with a {@code --lang} option, so that {@code sp help validate
 * --lang en} is English; the option is read before parsing (Sp), not here. Its descriptions use the
 * keys picocli gives its own help command ({@code helpCommand.help}, {@code helpCommand.command}).
 */
@Command(name = "help", helpCommand = true)
final class HelpCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "${bundle:label.command:-COMMAND}",
      arity = "0..1",
      descriptionKey = "helpCommand.command")
  private String command;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      descriptionKey = "helpCommand.help")
  private boolean helpRequested;

  /** Not read: the language is the one Sp found before parsing. */
  @Mixin private LanguageOption lang;

  @Spec private CommandSpec spec;

  /** Creates the command; picocli calls it. */
  HelpCommand() {}

  @Override
  public Integer call() {
    CommandLine self = spec.commandLine();
    CommandLine parent = self.getParent();
    CommandLine target = command == null ? parent : parent.getSubcommands().get(command);
    if (target == null) {
      // Told like any unknown command, with picocli's suggestions of the closest ones.
      throw new UnmatchedArgumentException(parent, List.of(command));
    }
    target.usage(self.getOut());
    return target.getCommandSpec().exitCodeOnUsageHelp();
  }
}
