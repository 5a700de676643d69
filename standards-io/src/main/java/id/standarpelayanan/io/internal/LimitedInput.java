package id.standarpelayanan.io.internal;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Wraps a caller's input so that reading past a length limit fails, whatever the parser, and so
 * that bytes that are not UTF-8 are found by our own check, located, before the parser sees them.
 */
final class LimitedInput {

  private LimitedInput() {}

  /** Thrown when the input is longer than a limit: the document's, or a stream record's. */
  static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * @serial the limit's key: documentLength or recordLength
     */
    final String key;

    /**
     * @serial the limit
     */
    final long limit;

    TooLong(String key, long limit) {
      super(key + " exceeds " + limit);
      this.key = key;
      this.limit = limit;
    }
  }

  /** Thrown when the bytes are not UTF-8, with the place of the first bad byte. */
  static final class NotUtf8 extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * @serial the 1-based line
     */
    final int line;

    /**
     * @serial the 1-based column, in characters
     */
    final int column;

    NotUtf8(int line, int column) {
      super("not UTF-8 at line " + line + ", column " + column);
      this.line = line;
      this.column = column;
    }
  }

  /**
   * Checks UTF-8 byte by byte (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF)
   * and counts lines and columns, to locate the first bad byte.
   */
  static final class Utf8Check {
    private static final VarHandle LONGS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private int pending;
    private int codePoint;
    private int min;
    private int line = 1;
    private int column = 1;
    private int startLine = 1;
    private int startColumn = 1;

    /**
     * Checks bytes.
     *
     * @return the index of the first byte of a bad sequence, or {@code end} if all are good
     */
    int check(byte[] bytes, int offset, int end) {
      int i = offset;
      while (i < end) {
        if (pending == 0) {
          // Eight ASCII bytes without a line feed at a time: the common case.
          while (i + 8 <= end) {
            long word = (long) LONGS.get(bytes, i);
            long feeds = word ^ 0x0A0A0A0A0A0A0A0AL;
            if (((word | ((feeds - 0x0101010101010101L) & ~feeds)) & 0x8080808080808080L) != 0) {
              break;
            }
            i += 8;
            column += 8;
          }
          if (i >= end) {
            break;
          }
        }
        int b = bytes[i] & 0xFF;
        if (pending == 0) {
          if (b < 0x80) {
            if (b == '\n') {
              line++;
              column = 1;
            } else {
              column++;
            }
            i++;
            continue;
          }
          startLine = line;
          startColumn = column;
          if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
            codePoint = b & 0x1F;
            min = 0x80;
          } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            codePoint = b & 0x0F;
            min = 0x800;
          } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            codePoint = b & 0x07;
            min = 0x10000;
          } else {
            return i;
          }
        } else {
          if ((b & 0xC0) != 0x80) {
            return i;
          }
          codePoint = (codePoint << 6) | (b & 0x3F);
          pending--;
          if (pending == 0) {
            if (codePoint < min
                || codePoint > 0x10FFFF
                || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
              return i;
            }
            column += codePoint >= 0x10000 ? 2 : 1;
          }
        }
        i++;
      }
      return end;
    }

    /** Whether the bytes so far end in the middle of a sequence. */
    boolean incomplete() {
      return pending != 0;
    }

    /** The failure at the sequence that is bad. */
    NotUtf8 failure() {
      return pending != 0 ? new NotUtf8(startLine, startColumn) : new NotUtf8(line, column);
    }
  }

  /**
   * Returns a stream that fails past {@code limit} bytes (for XML, whose parser checks the declared
   * encoding itself).
   */
  static Bounded of(InputStream in, long limit) {
    return new Bounded(in, "documentLength", limit, false);
  }

  /**
   * Returns a stream that fails past {@code limit} bytes and, when the input is UTF-8 (no UTF-16 or
   * UTF-32 byte order mark or zero byte in its first four bytes), at its first bad byte: a JSON
   * document. The bytes before a failure are delivered first, so that what precedes it is still
   * read.
   */
  static Bounded json(InputStream in, long limit) {
    return new Bounded(in, "documentLength", limit, true);
  }

  /**
   * Returns a stream of records: it fails when more than {@code limit} bytes are read since the
   * last {@link Bounded#boundary(long) boundary}, and at its first byte that is not UTF-8.
   */
  static Bounded window(InputStream in, long limit) {
    return new Bounded(in, "recordLength", limit, true);
  }

  /**
   * Returns a stream of XML records: it fails when more than {@code limit} bytes are read since the
   * last {@link Bounded#boundary(long) boundary}; the XML parser checks the declared encoding
   * itself.
   */
  static Bounded xmlWindow(InputStream in, long limit) {
    return new Bounded(in, "recordLength", limit, false);
  }

  /**
   * A byte input with a limit on the bytes read since the last {@link #boundary(long) boundary}
   * (the whole input, unless boundaries are set) and the UTF-8 check.
   */
  static final class Bounded extends FilterInputStream {
    private final String key;
    private final long limit;
    private final boolean windowed;
    private final Utf8Check utf8 = new Utf8Check();
    private final byte[] prefix = new byte[4];
    private int prefixLength;

    /** null until decided from the first bytes. */
    private Boolean checking;

    private long total;
    private long boundary;
    private IOException failure;
    private boolean ended;

    /** The bytes read so far (a parser may not have used them all yet). */
    long total() {
      return total;
    }

    /** Whether the input's end has been read. */
    boolean ended() {
      return ended;
    }

    Bounded(InputStream in, String key, long limit, boolean utf8) {
      super(in);
      if (!utf8) {
        checking = Boolean.FALSE;
      }
      this.key = key;
      this.limit = limit;
      this.windowed = !"documentLength".equals(key);
    }

    /**
     * Starts a new window at a byte offset (a record's start or end): the limit bounds the bytes
     * read since then.
     */
    void boundary(long offset) {
      boundary = Math.max(boundary, offset);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (failure != null) {
        throw failure;
      }
      if (length == 0) {
        return 0;
      }
      // The parser asks for more only when it has used all it got: past the limit since the last
      // boundary, the document (or the record, or the gap between records) is too long.
      if (windowed && total - boundary > limit) {
        throw failure = new TooLong(key, limit);
      }
      int n = in.read(buffer, offset, length);
      if (n < 0) {
        ended = true;
        if (checking == null && prefixLength > 0) {
          decide();
          if (checking) {
            int bad = utf8.check(prefix, 0, prefixLength);
            if (bad < prefixLength) {
              throw failure = utf8.failure();
            }
          }
        }
        if (Boolean.TRUE.equals(checking) && utf8.incomplete()) {
          throw failure = utf8.failure();
        }
        return n;
      }
      total += n;
      if (!windowed && total > limit) {
        // A whole document: deliver what is within the limit, fail on the next read.
        long over = total - limit;
        int kept = (int) (n - over);
        total = limit;
        if (kept <= 0) {
          throw failure = new TooLong(key, limit);
        }
        int delivered = check(buffer, offset, kept);
        if (failure == null) {
          failure = new TooLong(key, limit);
        }
        return delivered;
      }
      return check(buffer, offset, n);
    }

    private int check(byte[] buffer, int offset, int n) throws IOException {
      int start = offset;
      if (checking == null) {
        while (prefixLength < 4 && start < offset + n) {
          prefix[prefixLength++] = buffer[start++];
        }
        if (prefixLength < 4) {
          return n;
        }
        decide();
        if (checking) {
          int bad = utf8.check(prefix, 0, 4);
          if (bad < 4) {
            failure = utf8.failure();
            // The bad byte is among the first four: deliver none after it.
            int keep = Math.max(0, bad - (prefixLength - (start - offset)));
            if (keep == 0) {
              throw failure;
            }
            return keep;
          }
        }
      }
      if (!checking) {
        return n;
      }
      int end = offset + n;
      int bad = utf8.check(buffer, start, end);
      if (bad < end) {
        failure = utf8.failure();
        int keep = bad - offset;
        if (keep == 0) {
          throw failure;
        }
        return keep;
      }
      return n;
    }

    private void decide() {
      boolean utf16or32 = false;
      if (prefixLength >= 2) {
        int b0 = prefix[0] & 0xFF;
        int b1 = prefix[1] & 0xFF;
        utf16or32 = (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE);
      }
      for (int i = 0; i < prefixLength; i++) {
        utf16or32 |= prefix[i] == 0;
      }
      checking = !utf16or32;
    }

    @Override
    public long skip(long n) throws IOException {
      // Every byte passes the checks.
      byte[] buffer = new byte[(int) Math.min(8192, Math.max(0, n))];
      int read = read(buffer, 0, buffer.length);
      return Math.max(0, read);
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public void close() {
      // The caller owns the stream.
    }
  }

  /** Counts characters read and fails past the limit. */
  static BoundedReader of(Reader in, long limit) {
    return new BoundedReader(in, limit);
  }

  /** A character input that fails past a limit and knows whether its end has been read. */
  static final class BoundedReader extends FilterReader {
    private final long limit;
    private long count;
    private boolean ended;

    BoundedReader(Reader in, long limit) {
      super(in);
      this.limit = limit;
    }

    /** Whether the input's end has been read. */
    boolean ended() {
      return ended;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      add(c >= 0 ? 1 : 0);
      ended |= c < 0;
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      add(n);
      ended |= n < 0;
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      add(skipped);
      return skipped;
    }

    private void add(long n) throws TooLong {
      count += Math.max(0, n);
      if (count > limit) {
        throw new TooLong("documentLength", limit);
      }
    }

    @Override
    public void close() {
      // The caller owns the reader.
    }
  }
}
