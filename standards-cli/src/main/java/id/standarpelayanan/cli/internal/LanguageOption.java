package id.standarpelayanan.cli.internal;

import picocli.CommandLine.Option;

/** The {@code --lang id|en} option, mixed into the commands that print messages. */
public final class LanguageOption {

  @Option(
      names = "--lang",
      defaultValue = "id",
      paramLabel = "LANG",
      description = "Bahasa / language: ${COMPLETION-CANDIDATES}")
  private Language language;

  /**
   * Returns the chosen language.
   *
   * @return the language, Indonesian by default
   */
  public Language language() {
    return language;
  }
}
