package id.standarpelayanan.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A text document a command writes ({@code sp convert}, {@code sp publish}): to standard output, or
 * as UTF-8 to the file {@code -o} names, its directory created when missing, and the file named on
 * standard error once written. A failure is told by {@link WriteFailure}.
 */
public final class TextOutput {

  private TextOutput() {}

  /**
   * Writes the document.
   *
   * @param environment the streams
   * @param output the file, or null for standard output
   * @param document the text
   * @param language the language of the messages
   * @throws CliException if the file cannot be written
   */
  public static void write(
      Environment environment, Path output, String document, Language language) {
    if (output == null) {
      PrintWriter out = environment.out();
      out.print(document);
      out.flush();
      return;
    }
    WriteFailure.requireFile(output, language);
    try {
      createParent(output);
      Files.writeString(output, document, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw WriteFailure.of(output, e, language);
    }
    environment.err().println(language.message("convert.done", output));
  }

  /**
   * Creates the directory of an output file when it is missing.
   *
   * @param output the file
   * @throws IOException if the directory cannot be created
   */
  public static void createParent(Path output) throws IOException {
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }
}
