package id.standarpelayanan.examples;

import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.io.StandardsReadException;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.Checker;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Streams a large newline-delimited JSON file (one standard per line) through read and check,
 * holding one standard in memory at a time, and goes on past bad records: what a national
 * aggregator does with every province's standards.
 */
public final class StreamingExample {

  private static final StandardsJson JSON = StandardsJson.builder().build();

  private StreamingExample() {}

  /** What a streamed check found. */
  public record Tally(int checked, int passed, List<String> badRecords) {}

  /**
   * Writes {@code count} standards (the sample's, with distinct ids) and one broken line to an
   * NDJSON file.
   *
   * @param file the file to write
   * @param count how many standards
   * @throws IOException if writing fails
   */
  public static void writeNdjson(Path file, int count) throws IOException {
    StandardsCatalog sample =
        JSON.readCatalog(Files.readAllBytes(Samples.file("kanwil-kemenag-aceh.json")));
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        ServiceStandard standard = sample.getStandards().get(i % sample.getStandards().size());
        writer.write(
            JSON.writeToString(
                ImmutableServiceStandard.copyOf(standard)
                    .withId(standard.getId().orElse("layanan") + "-" + i)));
        writer.newLine();
        if (i == count / 2) {
          writer.write(
              "{\"schemaVersion\": \"1.0\", \"id\": \"rusak\", \"name\": \"Rusak\", \"fee\": {\"items\": [{\"name\": \"x\", \"amount\": -5}]}}");
          writer.newLine();
        }
      }
    }
  }

  /**
   * Checks every record of an NDJSON file, collecting bad records instead of stopping.
   *
   * @param file the file
   * @param checker the checker
   * @return the tally
   */
  public static Tally check(Path file, Checker checker) {
    AtomicInteger checked = new AtomicInteger();
    AtomicInteger passed = new AtomicInteger();
    List<String> bad = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        Stream<ServiceStandard> standards =
            JSON.streamLines(
                in,
                (StandardsReadException e) ->
                    bad.add(
                        "rekaman "
                            + e.getRecordIndex().orElse(-1)
                            + " "
                            + e.getPointer()
                            + ": "
                            + e.getMessage()))) {
      standards.forEach(
          standard -> {
            checked.incrementAndGet();
            if (checker.check(standard).passed()) {
              passed.incrementAndGet();
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Tally(checked.get(), passed.get(), bad);
  }

  /**
   * Writes and checks 2,000 standards.
   *
   * @param out where to print
   * @return the tally
   * @throws IOException if the temporary file cannot be written
   */
  public static Tally run(PrintStream out) throws IOException {
    Path file = Files.createTempFile("standar-pelayanan", ".ndjson");
    try {
      writeNdjson(file, 2_000);
      Tally tally = check(file, Checker.builder().build());
      out.println(
          "Diperiksa: "
              + tally.checked()
              + ", lulus: "
              + tally.passed()
              + ", rekaman rusak: "
              + tally.badRecords());
      return tally;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   * @throws IOException if the temporary file cannot be written
   */
  public static void main(String[] args) throws IOException {
    run(System.out);
  }
}
