package id.standarpelayanan.cli.internal;

import java.util.Objects;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --lang id|en} option, mixed into every command. Its description is the usage bundle's
 * {@code lang} key.
 */
public final class LanguageOption {

  /** The option's name. */
  public static final String NAME = "--lang";

  /** The end of options: what follows is never an option, so never a {@code --lang}. */
  private static final String END_OF_OPTIONS = "--";

  @Option(
      names = NAME,
      defaultValue = "id",
      paramLabel = "${bundle:label.lang:-LANG}",
      descriptionKey = "lang")
  private Language language;

  /**
   * Returns the chosen language.
   *
   * @return the language, Indonesian by default
   */
  public Language language() {
    return language;
  }

  /**
   * Finds the language asked for on a command line before it is parsed, so that the usage help and
   * the errors of parsing it can be given in that language: the last {@code --lang VALUE} or {@code
   * --lang=VALUE} before {@code --} (the one the command that runs receives), its value in any
   * case. Indonesian when there is none, when the last one has no value, or when its value is
   * neither {@code id} nor {@code en} (parsing then refuses it, in Indonesian).
   *
   * @param args the arguments, as the tool received them
   * @return the language
   */
  public static Language scan(String[] args) {
    Objects.requireNonNull(args, "args");
    String value = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (END_OF_OPTIONS.equals(arg)) {
        break;
      }
      if (NAME.equals(arg)) {
        value = i + 1 < args.length ? args[i + 1] : "";
      } else if (arg != null && arg.startsWith(NAME + "=")) {
        value = arg.substring(NAME.length() + 1);
      }
    }
    return value == null ? Language.ID : Language.ofTag(value).orElse(Language.ID);
  }

  /**
   * Returns the default-value provider that makes {@code language} the default of {@code --lang} in
   * every command, so that {@code sp --lang en validate} checks in English as {@code sp validate
   * --lang en} does; every other option keeps the default its annotation gives.
   *
   * @param language the language found by {@link #scan(String[])}
   * @return the provider
   */
  public static IDefaultValueProvider defaultingTo(Language language) {
    Objects.requireNonNull(language, "language");
    return argument ->
        argument.isOption() && NAME.equals(((OptionSpec) argument).longestName())
            ? language.tag()
            : null;
  }
}
