package id.standarpelayanan.benchmarks;

import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.testkit.StandardsArbitraries;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The batch run: generates N complete standards (default 100,000) as newline-delimited JSON, then
 * streams them through read and check and reports standards per second and the peak heap. Run it
 * with a small heap to show memory stays constant:
 *
 * <pre>
 * {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar id.standarpelayanan.benchmarks.Batch 100000}
 * </pre>
 */
public final class Batch {

  private Batch() {}

  /**
   * Runs the batch.
   *
   * @param args the number of standards (optional) and the file to use (optional; a temporary file
   *     by default)
   * @throws IOException if the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path file = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("batch", ".ndjson");
    StandardsJson json = StandardsJson.builder().build();
    try {
      long generated = generate(json, file, count);
      System.out.printf(
          Locale.ROOT, "generated %,d standards, %,d bytes of NDJSON%n", count, generated);

      Checker checker =
          Checker.builder()
              .clock(Clock.fixed(Instant.parse("2025-08-01T00:00:00Z"), ZoneOffset.UTC))
              .build();
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      AtomicLong checked = new AtomicLong();
      AtomicLong passed = new AtomicLong();
      long start = System.nanoTime();
      try (InputStream in = Files.newInputStream(file);
          Stream<ServiceStandard> standards = json.streamLines(in)) {
        standards.forEach(
            standard -> {
              checked.incrementAndGet();
              if (checker.check(standard).passed()) {
                passed.incrementAndGet();
              }
            });
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long peak =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(pool -> pool.getType() == MemoryType.HEAP)
              .mapToLong(pool -> pool.getPeakUsage().getUsed())
              .sum();
      System.out.printf(
          Locale.ROOT,
          "read+checked %,d standards (%,d passed) in %.1f s: %,.0f standards/s%n",
          checked.get(),
          passed.get(),
          seconds,
          checked.get() / seconds);
      System.out.printf(
          Locale.ROOT,
          "peak heap used %,.1f MiB of max %,.1f MiB; cores %d%n",
          peak / 1048576.0,
          Runtime.getRuntime().maxMemory() / 1048576.0,
          Runtime.getRuntime().availableProcessors());
    } finally {
      if (args.length <= 1) {
        Files.deleteIfExists(file);
      }
    }
  }

  /**
   * Writes {@code count} generated complete standards (jqwik's sample stream, which runs outside a
   * property; the content varies from run to run, its kind does not).
   */
  private static long generate(StandardsJson json, Path file, int count) throws IOException {
    AtomicLong index = new AtomicLong();
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (ServiceStandard standard :
          (Iterable<ServiceStandard>)
              StandardsArbitraries.serviceStandards().sampleStream().limit(count)::iterator) {
        writer.write(
            json.writeToString(
                ImmutableServiceStandard.copyOf(standard)
                    .withId("layanan-" + index.getAndIncrement())));
        writer.newLine();
      }
    }
    return Files.size(file);
  }
}
