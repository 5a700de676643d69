package id.standarpelayanan.cli.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why an output file or directory cannot be written, told in the user's language: the usual causes
 * (a directory where a file is expected, a file where a directory is expected, a missing directory,
 * no permission) have messages of their own that keep the path; only a rarer cause falls back to
 * the operating system's own text ({@code error.write}).
 */
public final class WriteFailure {

  private WriteFailure() {}

  /**
   * Checks, before writing, that a file given with {@code -o} is not a directory.
   *
   * @param file the output file
   * @param language the language of the message
   * @throws CliException if it is a directory
   */
  public static void requireFile(Path file, Language language) {
    if (Files.isDirectory(file)) {
      throw new CliException(language.message("error.write.directory", file));
    }
  }

  /**
   * Returns the usage error for a failure to write.
   *
   * @param target the file or directory being written, as the user named it
   * @param e the failure
   * @param language the language of the message
   * @return the exception to throw
   */
  public static CliException of(Path target, IOException e, Language language) {
    if (e instanceof FileSystemException failure) {
      String where = failure.getFile() != null ? failure.getFile() : target.toString();
      String reason =
          failure.getReason() == null ? "" : failure.getReason().toLowerCase(Locale.ROOT);
      if (failure instanceof AccessDeniedException || reason.contains("permission denied")) {
        return new CliException(language.message("error.write.denied", target, where));
      }
      if (failure instanceof NoSuchFileException) {
        return new CliException(language.message("error.write.missing", target, where));
      }
      if (failure instanceof FileAlreadyExistsException
          || failure instanceof NotDirectoryException
          || reason.contains("not a directory")) {
        return new CliException(language.message("error.write.notDirectory", target, where));
      }
      if (reason.contains("is a directory") || Files.isDirectory(target)) {
        return new CliException(language.message("error.write.directory", target));
      }
    }
    return new CliException(language.message("error.write", target, e.getMessage()));
  }
}
