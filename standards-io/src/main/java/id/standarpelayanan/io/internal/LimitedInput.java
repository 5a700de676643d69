package id.standarpelayanan.io.internal;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Wraps a caller's input so that reading past the document length limit fails, whatever the
 * parser. Not API.
 */
final class LimitedInput {

  private LimitedInput() {}

  /** Thrown when the input is longer than the limit. */
  static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;

    TooLong() {
      super("document too long");
    }
  }

  /** Counts characters or bytes read and fails past the limit. */
  private static final class Counter {
    private final long limit;
    private long count;

    Counter(long limit) {
      this.limit = limit;
    }

    void add(long n) throws TooLong {
      count += Math.max(0, n);
      if (count > limit) {
        throw new TooLong();
      }
    }
  }

  static InputStream of(InputStream in, long limit) {
    Counter counter = new Counter(limit);
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        counter.add(b >= 0 ? 1 : 0);
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        counter.add(n);
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counter.add(skipped);
        return skipped;
      }

      @Override
      public void close() {
        // The caller owns the stream.
      }
    };
  }

  static Reader of(Reader in, long limit) {
    Counter counter = new Counter(limit);
    return new FilterReader(in) {
      @Override
      public int read() throws IOException {
        int c = super.read();
        counter.add(c >= 0 ? 1 : 0);
        return c;
      }

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        counter.add(n);
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counter.add(skipped);
        return skipped;
      }

      @Override
      public void close() {
        // The caller owns the reader.
      }
    };
  }
}
