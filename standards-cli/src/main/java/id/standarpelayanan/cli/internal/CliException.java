package id.standarpelayanan.cli.internal;

/**
 * A failure the user can act on (unknown profile, unwritable file): printed as one line, exit code
 * 2, never a stack trace.
 */
public final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the failure.
   *
   * @param message the localized message
   */
  public CliException(String message) {
    super(message);
  }
}
