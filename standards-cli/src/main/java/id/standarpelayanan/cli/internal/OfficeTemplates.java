package id.standarpelayanan.cli.internal;

import id.standarpelayanan.publish.Publisher;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code --templates DIR} option of {@code sp publish} and {@code sp diff --format html}: an
 * office's templates directory, checked before the publisher compiles it, with the reason in the
 * user's language.
 */
public final class OfficeTemplates {

  private OfficeTemplates() {}

  /**
   * Builds a publisher with the office's templates, if any.
   *
   * @param builder the publisher's builder, otherwise configured
   * @param directory the directory given with {@code --templates}, or null for the built-in ones
   * @param language the language of the messages
   * @return the publisher
   * @throws CliException if the directory is not one, or a template in it does not compile
   */
  public static Publisher build(Publisher.Builder builder, Path directory, Language language) {
    if (directory != null) {
      if (!Files.isDirectory(directory)) {
        throw new CliException(language.message("publish.templatesDir", directory));
      }
      builder.templates(directory);
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new CliException(language.message("publish.templates", directory, e.getMessage()));
    }
  }
}
