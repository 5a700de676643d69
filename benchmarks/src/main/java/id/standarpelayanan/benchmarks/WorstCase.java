package id.standarpelayanan.benchmarks;

import id.standarpelayanan.cli.Sp;
import id.standarpelayanan.io.ReadLimits;
import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.io.StandardsXml;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The worst documents the default {@link ReadLimits} let through, read and checked by {@code sp
 * validate} in every output format, to show that each fits the heap the run is given (run it at
 * {@code -Xmx256m}): the most list items, the most values, the longest texts filling the document
 * length, in JSON and in XML. Prints one line per document and format with the exit code and the
 * heap used, and exits with 1 if any run failed (exit code 2 or 3: unreadable or an internal
 * failure such as running out of memory).
 *
 * <pre>
 * {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar id.standarpelayanan.benchmarks.WorstCase}
 * </pre>
 */
public final class WorstCase {

  private WorstCase() {}

  /**
   * Runs every worst case.
   *
   * @param args the formats to run (default text, json and sarif)
   * @throws IOException if the documents cannot be written
   */
  public static void main(String[] args) throws IOException {
    System.setProperty("org.jboss.logging.provider", "slf4j");
    List<String> formats = args.length > 0 ? List.of(args) : List.of("text", "json", "sarif");
    Path directory = Files.createTempDirectory("worst-case");
    boolean failed = false;
    try {
      for (Map.Entry<String, String> document : documents().entrySet()) {
        for (String extension : List.of("json", "xml")) {
          Path file = directory.resolve(document.getKey() + "." + extension);
          write(file, document.getValue(), extension);
          for (String format : formats) {
            failed |= run(file, format);
          }
          Files.delete(file);
        }
      }
    } finally {
      try (var files = Files.list(directory)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(directory);
    }
    if (failed) {
      System.exit(1);
    }
  }

  /** The documents, as JSON, each at one of the default limits. */
  static Map<String, String> documents() {
    Map<String, String> documents = new LinkedHashMap<>();
    int items = ReadLimits.DEFAULT_MAX_LIST_ITEMS;
    // The most standards a catalogue may hold, each as small as a standard can be.
    documents.put("list-items", catalog(items, i -> "{\"name\":\"L\"}"));
    // The most values: a catalogue of standards each with requirements, up to the value limit.
    int perStandard = 24;
    // In the canonical form both formats write: a requirement is 3 values (itself, its description
    // and "mandatory"), a standard 3 more (itself, its name, its list); the catalogue's own few fit
    // in the one standard left out.
    int standards = Math.min(items, ReadLimits.DEFAULT_MAX_VALUES / (3 * perStandard + 3) - 1);
    documents.put(
        "values",
        catalog(
            standards,
            i -> {
              StringBuilder standard = new StringBuilder("{\"name\":\"L\",\"requirements\":[");
              for (int r = 0; r < perStandard; r++) {
                standard
                    .append(r == 0 ? "" : ",")
                    .append("{\"description\":\"Syarat\",\"mandatory\":true}");
              }
              return standard.append("]}").toString();
            }));
    // One standard with the most steps a procedure may hold.
    StringBuilder steps =
        new StringBuilder("{\"schemaVersion\":\"1.1\",\"name\":\"L\",\"procedure\":{\"steps\":[");
    for (int s = 0; s < items; s++) {
      steps
          .append(s == 0 ? "" : ",")
          .append("{\"number\":")
          .append(s + 1)
          .append(",\"description\":\"Langkah\"}");
    }
    documents.put("steps", steps.append("]}}").toString());
    // The longest texts, filling most of the document length.
    int longest = ReadLimits.DEFAULT_MAX_STRING_LENGTH;
    int count = (int) (ReadLimits.DEFAULT_MAX_DOCUMENT_LENGTH * 9 / 10 / (longest + 40));
    String text = "Uraian pelayanan ".repeat(longest / 17 + 1).substring(0, longest);
    documents.put(
        "long-texts", catalog(count, i -> "{\"name\":\"L\",\"description\":\"" + text + "\"}"));
    return documents;
  }

  private static String catalog(int count, java.util.function.IntFunction<String> standard) {
    StringBuilder catalog =
        new StringBuilder(
            "{\"schemaVersion\":\"1.1\",\"provider\":{\"name\":\"Penyelenggara\"},\"standards\":[");
    for (int i = 0; i < count; i++) {
      catalog.append(i == 0 ? "" : ",").append(standard.apply(i));
    }
    return catalog.append("]}").toString();
  }

  /**
   * Writes a document in a format, converted by the library itself (its limits raised to convert).
   */
  private static void write(Path file, String json, String extension) throws IOException {
    if ("json".equals(extension)) {
      Files.writeString(file, json, StandardCharsets.UTF_8);
      return;
    }
    ReadLimits unbounded =
        ReadLimits.builder().maxValues(Integer.MAX_VALUE).maxListItems(Integer.MAX_VALUE).build();
    StandardsJson reader = StandardsJson.builder().limits(unbounded).build();
    StandardsXml writer = StandardsXml.builder().build();
    try (OutputStream out = Files.newOutputStream(file)) {
      if (json.contains("\"standards\":[")) {
        writer.write(reader.readCatalog(json), out);
      } else {
        writer.write(reader.readStandard(json), out);
      }
    }
  }

  private static boolean run(Path file, String format) {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long[] bytes = {0};
    OutputStream discard =
        new OutputStream() {
          @Override
          public void write(int b) {
            bytes[0]++;
          }

          @Override
          public void write(byte[] buffer, int offset, int length) {
            bytes[0] += length;
          }
        };
    List<String> errors = new ArrayList<>();
    OutputStream err =
        new OutputStream() {
          private final StringBuilder line = new StringBuilder();

          @Override
          public void write(int b) {
            if (b == '\n') {
              errors.add(line.toString());
              line.setLength(0);
            } else if (line.length() < 300) {
              line.append((char) b);
            }
          }
        };
    long start = System.nanoTime();
    int exit =
        Sp.run(
            new String[] {"validate", "--format", format, file.toString()},
            System.in,
            new PrintStream(discard, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Clock.fixed(Instant.parse("2025-08-01T00:00:00Z"), ZoneOffset.UTC));
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .mapToLong(pool -> pool.getPeakUsage().getUsed())
            .sum();
    boolean failed = exit != Sp.PASSED && exit != Sp.FINDINGS;
    System.out.printf(
        Locale.ROOT,
        "%-16s %-5s exit %d in %5.1f s, %,7.1f MiB of output, heap pools' peaks summed %,.1f MiB of max %,.1f MiB%s%n",
        file.getFileName(),
        format,
        exit,
        seconds,
        bytes[0] / 1048576.0,
        peak / 1048576.0,
        Runtime.getRuntime().maxMemory() / 1048576.0,
        failed ? " FAILED: " + String.join(" | ", errors) : "");
    return failed;
  }
}
