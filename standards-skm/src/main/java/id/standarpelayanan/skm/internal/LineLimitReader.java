package id.standarpelayanan.skm.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes characters through and fails with {@link RowTooLong} as soon as a line (ended by CR or LF)
 * passes the limit, so that a parser never buffers a runaway row. A UTF-8 byte order mark at the
 * start is dropped.
 */
final class LineLimitReader extends FilterReader {

  /** A line longer than the limit. */
  static final class RowTooLong extends IOException {
    private static final long serialVersionUID = 1L;
    final long line;

    RowTooLong(long line) {
      super("line " + line + " is too long");
      this.line = line;
    }
  }

  private final int limit;
  private int length;
  private long line = 1;
  private boolean started;

  LineLimitReader(Reader in, int limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] buffer, int offset, int count) throws IOException {
    int n = super.read(buffer, offset, count);
    if (n <= 0) {
      return n;
    }
    int start = offset;
    if (!started) {
      started = true;
      if (buffer[offset] == '\uFEFF') {
        System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
        n--;
        if (n == 0) {
          return read(buffer, offset, count);
        }
      }
    }
    for (int i = start; i < offset + n; i++) {
      char c = buffer[i];
      if (c == '\n' || c == '\r') {
        if (c == '\n') {
          line++;
        }
        length = 0;
      } else if (++length > limit) {
        throw new RowTooLong(line);
      }
    }
    return n;
  }
}
