package id.standarpelayanan.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import id.standarpelayanan.io.ReadErrorCode;
import id.standarpelayanan.io.ReadLimits;
import id.standarpelayanan.io.StandardsReadException;
import id.standarpelayanan.model.ServiceStandard;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Reads newline-delimited JSON: splits the bytes into lines itself (each line, and the blank lines
 * between two records, bounded by the record length) and parses each line with a parser of its own,
 * so that a bad line (malformed, not UTF-8, a key given twice, over a limit, two documents on one
 * line) is reported with its index, line and column and the next line is read all the same. Only a
 * failure of the input itself, or a line or gap longer than the record length, ends the stream.
 */
final class JsonLines extends RecordIterator {

  private static final int BUFFER = 64 * 1024;

  private final InputStream in;
  private final JsonFactory factory;
  private final ObjectReader reader;
  private final ReadLimits limits;
  private final Consumer<? super StandardsReadException> onBadRecord;

  /** Receives each record's positions; null when they are not kept. */
  private final PositionRecorder recorder;

  private final byte[] buffer = new byte[BUFFER];
  private int position;
  private int limit;
  private boolean eof;
  private boolean started;

  /** The line being assembled when it spans buffers. */
  private byte[] line = new byte[0];

  private int lineLength;

  /** The 1-based number of the next line to read. */
  private long lineNumber = 1;

  /** Bytes of blank lines since the last record. */
  private long gap;

  private long index = -1;

  JsonLines(
      InputStream in,
      JsonFactory factory,
      ObjectReader reader,
      ReadLimits limits,
      Consumer<? super StandardsReadException> onBadRecord,
      PositionRecorder recorder) {
    this.in = in;
    this.recorder = recorder;
    this.factory = factory;
    this.reader = reader;
    this.limits = limits;
    this.onBadRecord = onBadRecord;
  }

  @Override
  public void close() {
    finished = true;
  }

  /** Reads the next line and, unless it is blank, its record. */
  @Override
  void advance() {
    byte[] bytes;
    int offset;
    int length;
    long number = lineNumber;
    try {
      if (!readLine()) {
        finished = true;
        return;
      }
    } catch (IOException e) {
      finished = true;
      throw Problems.ioFailure(e, "", (int) Math.min(Integer.MAX_VALUE, lineNumber), 1);
    }
    if (lineLength >= 0 && line != null && lineBytesInBuffer < 0) {
      bytes = line;
      offset = 0;
      length = lineLength;
    } else {
      bytes = buffer;
      offset = lineBytesInBuffer;
      length = lineLength;
    }
    if (blank(bytes, offset, length)) {
      gap += length + 1;
      if (gap > limits.maxRecordLength()) {
        finished = true;
        throw Problems.limit(
            "recordLength",
            saturatedIncrement(limits.maxRecordLength()),
            limits.maxRecordLength(),
            "",
            lineOf(number),
            1);
      }
      return;
    }
    gap = 0;
    index++;
    next = parse(bytes, offset, length, number);
  }

  /**
   * Where the current line lies: its start in {@link #buffer}, or -1 when it is in {@link #line}.
   */
  private int lineBytesInBuffer;

  /**
   * Reads one line, without its line feed, into {@link #buffer} (when it lies within it) or {@link
   * #line}.
   *
   * @return false at the end of the input
   */
  private boolean readLine() throws IOException {
    lineLength = 0;
    lineBytesInBuffer = -1;
    boolean assembling = false;
    long max = limits.maxRecordLength();
    while (true) {
      if (position >= limit) {
        if (eof || !fill()) {
          eof = true;
          if (!assembling) {
            return false;
          }
          lineNumber++;
          return true;
        }
      }
      if (!started) {
        started = true;
        skipByteOrderMark();
      }
      int start = position;
      int end = lineFeed(buffer, start, limit);
      int n = end - start;
      if ((long) lineLength + n > max) {
        finished = true;
        throw Problems.limit(
            "recordLength",
            saturatedIncrement(max),
            max,
            "",
            lineOf(lineNumber),
            (int) Math.min(Integer.MAX_VALUE, max + 1));
      }
      if (end < limit) {
        position = end + 1;
        if (!assembling) {
          lineBytesInBuffer = start;
          lineLength = n;
        } else {
          append(start, n);
        }
        lineNumber++;
        return true;
      }
      // The line goes on past the buffer: keep what we have and read on.
      append(start, n);
      assembling = true;
      position = limit;
    }
  }

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
          long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  /** The index of the first line feed from {@code start}, or {@code end}: eight bytes a step. */
  private static int lineFeed(byte[] bytes, int start, int end) {
    int i = start;
    while (i + 8 <= end) {
      long feeds = (long) LONGS.get(bytes, i) ^ 0x0A0A0A0A0A0A0A0AL;
      if (((feeds - 0x0101010101010101L) & ~feeds & 0x8080808080808080L) != 0) {
        break;
      }
      i += 8;
    }
    while (i < end && bytes[i] != '\n') {
      i++;
    }
    return i;
  }

  private void append(int start, int n) {
    if (lineLength + n > line.length) {
      line = Arrays.copyOf(line, Math.max(lineLength + n, Math.max(BUFFER, line.length * 2)));
    }
    System.arraycopy(buffer, start, line, lineLength, n);
    lineLength += n;
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  /** A UTF-8 byte order mark at the start of the input is no part of the first line. */
  private void skipByteOrderMark() throws IOException {
    while (limit - position < 3 && !eof) {
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      limit -= position;
      position = 0;
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n <= 0) {
        eof = n < 0;
        break;
      }
      limit += n;
    }
    if (limit - position >= 3
        && (buffer[position] & 0xFF) == 0xEF
        && (buffer[position + 1] & 0xFF) == 0xBB
        && (buffer[position + 2] & 0xFF) == 0xBF) {
      position += 3;
    }
  }

  private static boolean blank(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Parses one line's record; a bad one goes to the handler and gives {@code null}. */
  private ServiceStandard parse(byte[] bytes, int offset, int length, long number) {
    LimitedInput.Utf8Check utf8 = new LimitedInput.Utf8Check();
    int bad = utf8.check(bytes, offset, offset + length);
    if (bad < offset + length || utf8.incomplete()) {
      LimitedInput.NotUtf8 where = utf8.failure();
      report(Problems.of(ReadErrorCode.INVALID_ENCODING, "", lineOf(number), where.column));
      return null;
    }
    JsonParser raw = null;
    try {
      raw = factory.createParser(bytes, offset, length);
      SchemaVersionParser parser = new SchemaVersionParser(raw, 1, limits);
      if (recorder != null) {
        // The line's parser counts from 1: its lines are the stream's from the record's own.
        recorder.lineOffset(lineOf(number) - 1);
        parser.recording(recorder);
      }
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw Problems.at(raw, ReadErrorCode.WRONG_TYPE, "object");
      }
      ServiceStandard value = reader.readValue(parser);
      JsonToken after;
      try {
        after = raw.nextToken();
      } catch (IOException e) {
        after = JsonToken.NOT_AVAILABLE;
      }
      if (after != null) {
        throw Problems.of(
            ReadErrorCode.TRAILING_CONTENT,
            "",
            1,
            Math.max(1, raw.currentTokenLocation().getColumnNr()));
      }
      if (recorder != null) {
        nextPositions = recorder.take();
      }
      return value;
    } catch (Exception e) {
      if (recorder != null) {
        recorder.take();
      }
      StandardsReadException problem =
          JsonCore.truncatedAtEnd(
              Problems.translate(e, raw),
              raw != null && raw.currentLocation().getByteOffset() >= length);
      report(
          Problems.relocate(
              problem,
              problem.getPointer(),
              problem.getLine() > 0 ? lineOf(number + problem.getLine() - 1) : lineOf(number),
              Math.max(1, problem.getColumn()),
              index));
      return null;
    } finally {
      JsonCore.closeQuietly(raw);
    }
  }

  private void report(StandardsReadException problem) {
    StandardsReadException located =
        problem.getRecordIndex().isPresent()
            ? problem
            : Problems.relocate(
                problem, problem.getPointer(), problem.getLine(), problem.getColumn(), index);
    onBadRecord.accept(located);
  }

  private static int lineOf(long number) {
    return (int) Math.min(Integer.MAX_VALUE, number);
  }

  private static long saturatedIncrement(long value) {
    return value == Long.MAX_VALUE ? value : value + 1;
  }
}
