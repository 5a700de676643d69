package id.standarpelayanan.reports.internal;

import java.io.IOException;

/** A file that is a directory, a FIFO, a socket or a device, refused before it is opened. */
public final class NotRegularFile extends IOException {
  private static final long serialVersionUID = 1L;

  /** Whether it is a directory. */
  private final boolean directory;

  /**
   * Creates the failure.
   *
   * @param file the file
   * @param directory whether it is a directory
   */
  public NotRegularFile(String file, boolean directory) {
    super(file);
    this.directory = directory;
  }

  /**
   * Tells whether the file is a directory.
   *
   * @return whether it is a directory
   */
  public boolean directory() {
    return directory;
  }
}
