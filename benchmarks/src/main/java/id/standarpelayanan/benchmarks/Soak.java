package id.standarpelayanan.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import id.standarpelayanan.cli.Sp;
import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.testkit.StandardsArbitraries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak run: streams N newline-delimited JSON records (default 1,000,000) with one bad record in
 * every 10,000 through {@code sp validate -} in-process (the CLI's own code path: detection,
 * reading, checking and the report writer), once per output format, and reports records per second,
 * the peak heap, and whether every record was accounted for (checked or reported unreadable). The
 * input is generated on the fly from a pool of generated complete standards, so it never exists as
 * a whole in memory or on disk. Run it with a small heap:
 *
 * <pre>
 * {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar id.standarpelayanan.benchmarks.Soak 1000000 text json}
 * </pre>
 *
 * <p>Exits with 1 when a record was lost, counted twice, or a bad record was not reported.
 */
public final class Soak {

  /** One bad record in every this many. */
  static final int BAD_EVERY = 10_000;

  private static final Pattern TEXT_SUMMARY =
      Pattern.compile("(\\d+) masukan, (\\d+) lulus, (\\d+) tidak lulus, (\\d+) tidak terbaca");

  private Soak() {}

  /**
   * Runs the soak.
   *
   * @param args the number of records (optional), then the formats ({@code text}, {@code json};
   *     default both)
   * @throws Exception if the run cannot be set up
   */
  public static void main(String[] args) throws Exception {
    // As sp does: Hibernate Validator's start-up notice through SLF4J's no-op binding.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    long count = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    List<String> formats =
        args.length > 1 ? List.of(args).subList(1, args.length) : List.of("text", "json");
    List<byte[]> pool = pool(500);
    long expectedBad = count / BAD_EVERY;
    boolean allAccounted = true;
    for (String format : formats) {
      if (!"text".equals(format) && !"json".equals(format)) {
        throw new IllegalArgumentException("format must be text or json: " + format);
      }
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      Counter counter = "text".equals(format) ? new TextCounter() : new JsonCounter();
      long start = System.nanoTime();
      int exit;
      try (Records in = new Records(pool, count);
          OutputStream out = counter.sink()) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        exit =
            Sp.run(
                new String[] {"validate", "--format", format, "-"},
                in,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.parse("2025-08-01T00:00:00Z"), ZoneOffset.UTC));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long[] counted = counter.counts();
      long peak =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(pool2 -> pool2.getType() == MemoryType.HEAP)
              .mapToLong(pool2 -> pool2.getPeakUsage().getUsed())
              .sum();
      boolean accounted = counted[0] + counted[1] == count && counted[1] == expectedBad;
      allAccounted &= accounted;
      System.out.printf(
          Locale.ROOT,
          "%s: %,d records (%,d checked, %,d unreadable; expected %,d unreadable) in %.1f s: %,.0f records/s;"
              + " %,.1f MiB of output; exit %d; heap pools' peaks summed (an upper bound) %,.1f MiB of max %,.1f MiB; %s%n",
          format,
          count,
          counted[0],
          counted[1],
          expectedBad,
          seconds,
          count / seconds,
          counter.bytes() / 1048576.0,
          exit,
          peak / 1048576.0,
          Runtime.getRuntime().maxMemory() / 1048576.0,
          accounted ? "every record accounted for" : "RECORDS LOST");
    }
    if (!allAccounted) {
      System.exit(1);
    }
  }

  /** Serializes {@code size} generated complete standards without their ids. */
  private static List<byte[]> pool(int size) {
    StandardsJson json = StandardsJson.builder().build();
    List<byte[]> pool = new ArrayList<>();
    for (ServiceStandard standard :
        (Iterable<ServiceStandard>)
            StandardsArbitraries.serviceStandards().sampleStream().limit(size)::iterator) {
      String document =
          json.writeToString(ImmutableServiceStandard.copyOf(standard).withId(Optional.empty()));
      // {"schemaVersion":"1.1", ...}: the record's id is put right after the version.
      int comma = document.indexOf(',');
      pool.add(document.substring(comma).getBytes(StandardCharsets.UTF_8));
    }
    return pool;
  }

  /**
   * The bad records, in turn: malformed syntax, an unknown field, invalid UTF-8, a duplicate key, a
   * string over the limit, a wrong type.
   */
  static byte[] bad(long index) {
    String head = "{\"schemaVersion\":\"1.1\",\"id\":\"rusak-" + index + "\",";
    byte[] line =
        switch ((int) (index / BAD_EVERY % 6)) {
          case 0 -> (head + "\"name\":\"Layanan\",,\"unit\":}").getBytes(StandardCharsets.UTF_8);
          case 1 -> (head + "\"nama\":\"Layanan\"}").getBytes(StandardCharsets.UTF_8);
          case 2 -> {
            byte[] text = (head + "\"name\":\"Layanan X\"}").getBytes(StandardCharsets.UTF_8);
            text[text.length - 4] = (byte) 0xC3; // a lead byte without its continuation
            yield text;
          }
          case 3 -> (head + "\"name\":\"A\",\"name\":\"B\"}").getBytes(StandardCharsets.UTF_8);
          case 4 ->
              (head + "\"name\":\"" + "x".repeat(100_001) + "\"}").getBytes(StandardCharsets.UTF_8);
          default -> (head + "\"name\":[1,2]}").getBytes(StandardCharsets.UTF_8);
        };
    return line;
  }

  /** The input: records made on demand, one line at a time. */
  static final class Records extends InputStream {
    private final List<byte[]> pool;
    private final long count;
    private long index;
    private byte[] line = new byte[0];
    private int position;

    Records(List<byte[]> pool, long count) {
      this.pool = pool;
      this.count = count;
    }

    private boolean fill() {
      if (position < line.length) {
        return true;
      }
      if (index >= count) {
        return false;
      }
      byte[] record;
      if (index % BAD_EVERY == BAD_EVERY / 2) {
        record = bad(index);
      } else {
        byte[] head =
            ("{\"schemaVersion\":\"1.1\",\"id\":\"layanan-" + index + "\"")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] body = pool.get((int) (index % pool.size()));
        record = new byte[head.length + body.length];
        System.arraycopy(head, 0, record, 0, head.length);
        System.arraycopy(body, 0, record, head.length, body.length);
      }
      line = new byte[record.length + 1];
      System.arraycopy(record, 0, line, 0, record.length);
      line[record.length] = '\n';
      position = 0;
      index++;
      return true;
    }

    @Override
    public int read() {
      return fill() ? line[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int n = Math.min(length, line.length - position);
      System.arraycopy(line, position, buffer, offset, n);
      position += n;
      return n;
    }
  }

  /** Counts what the report says, without keeping it. */
  private interface Counter {
    OutputStream sink() throws IOException;

    /** Returns {checked, unreadable}; call after the sink is closed. */
    long[] counts() throws InterruptedException;

    long bytes();
  }

  /** Reads the text report's last summary line. */
  private static final class TextCounter implements Counter {
    private final StringBuilder lastLines = new StringBuilder();
    private long bytes;

    @Override
    public OutputStream sink() {
      return new OutputStream() {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        @Override
        public void write(int b) {
          bytes++;
          if (b == '\n') {
            String text = line.toString(StandardCharsets.UTF_8);
            if (TEXT_SUMMARY.matcher(text).find()) {
              lastLines.setLength(0);
              lastLines.append(text);
            }
            line.reset();
          } else if (line.size() < 4096) {
            line.write(b);
          }
        }
      };
    }

    @Override
    public long[] counts() {
      Matcher summary = TEXT_SUMMARY.matcher(lastLines);
      if (!summary.find()) {
        return new long[] {-1, -1};
      }
      return new long[] {
        Long.parseLong(summary.group(2)) + Long.parseLong(summary.group(3)),
        Long.parseLong(summary.group(4))
      };
    }

    @Override
    public long bytes() {
      return bytes;
    }
  }

  /**
   * Parses the JSON report as it is written, on its own thread, counting the entries of {@code
   * inputs} (an entry with {@code error} is unreadable).
   */
  private static final class JsonCounter implements Counter {
    private final AtomicLong checked = new AtomicLong();
    private final AtomicLong unreadable = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private Thread reader;

    @Override
    public OutputStream sink() throws IOException {
      PipedInputStream in = new PipedInputStream(1 << 16);
      PipedOutputStream out = new PipedOutputStream(in);
      reader = new Thread(() -> count(in), "soak-report-reader");
      reader.start();
      return new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          bytes.incrementAndGet();
          out.write(b);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
          bytes.addAndGet(length);
          out.write(buffer, offset, length);
        }

        @Override
        public void close() throws IOException {
          out.close();
        }
      };
    }

    private void count(InputStream in) {
      try (JsonParser parser = new JsonFactory().createParser(in)) {
        int depth = 0;
        boolean inInputs = false;
        boolean entryHasError = false;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            depth++;
            if (inInputs && depth == 3) {
              entryHasError = false;
            }
          } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
            if (inInputs && depth == 3 && token == JsonToken.END_OBJECT) {
              (entryHasError ? unreadable : checked).incrementAndGet();
            }
            if (inInputs && depth == 2) {
              inInputs = false;
            }
            depth--;
          } else if (token == JsonToken.FIELD_NAME) {
            if (depth == 1 && "inputs".equals(parser.currentName())) {
              inInputs = true;
            } else if (inInputs && depth == 3 && "error".equals(parser.currentName())) {
              entryHasError = true;
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public long[] counts() throws InterruptedException {
      reader.join();
      return new long[] {checked.get(), unreadable.get()};
    }

    @Override
    public long bytes() {
      return bytes.get();
    }
  }
}
