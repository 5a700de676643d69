package id.standarpelayanan.benchmarks;

import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.reports.DocumentChecks;
import id.standarpelayanan.reports.DocumentInput;
import id.standarpelayanan.reports.ReportFormat;
import id.standarpelayanan.reports.ReportWriter;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.server.StandardsServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load run of {@code sp serve}'s server: C concurrent clients (default 16) send N requests
 * (default 20,000) of the sample standard (the first of the Kanwil Kemenag Aceh catalogue, as a
 * standard document) to {@code POST /v1/validate} on loopback; then the same N checks run
 * in-process on C threads ({@code DocumentChecks} writing the same JSON report), in the same JVM,
 * for the ratio. Reports throughput, p50/p99 latency, the heap in use before and after (after a
 * GC), and checks every response: status 200 and the report byte for byte as the in-process one.
 * Sets {@code sun.net.httpserver.nodelay} as {@code sp serve} does, unless given.
 *
 * <pre>
 * {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar id.standarpelayanan.benchmarks.ServerLoad 20000 16}
 * </pre>
 *
 * <p>Exits with 1 when a response was wrong. Not run by {@code mvn verify}.
 */
public final class ServerLoad {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-08-01T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

  private ServerLoad() {}

  /**
   * Runs the load.
   *
   * @param args the number of requests (default 20,000) and of clients (default 16)
   * @throws Exception if the run cannot be set up
   */
  public static void main(String[] args) throws Exception {
    // As sp serve sets it (ServeCommand): without it, every answer waits for a delayed ACK.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    ServiceStandard standard = Documents.sample().getStandards().get(0);
    byte[] body = Documents.JSON.writeToString(standard).getBytes(StandardCharsets.UTF_8);
    DocumentChecks checks =
        DocumentChecks.of(Checker.builder().clock(CLOCK).locale(new Locale("id")).build());
    byte[] expected = inProcess(checks, body);

    long heapBefore = usedHeapAfterGc();
    StandardsServer server = StandardsServer.builder().port(0).clock(CLOCK).build().start();
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    URI validate = server.uri().resolve("/v1/validate");
    HttpRequest request =
        HttpRequest.newBuilder(validate)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    AtomicLong wrong = new AtomicLong();
    // Warm-up, not counted: a tenth of the requests.
    run(Math.max(1, requests / 10), clients, i -> send(client, request, expected, wrong));
    long[] latencies = new long[requests];
    long httpNanos =
        run(
            requests,
            clients,
            i -> {
              long start = System.nanoTime();
              send(client, request, expected, wrong);
              latencies[i] = System.nanoTime() - start;
            });
    server.stop(Duration.ofSeconds(1));
    long heapAfter = usedHeapAfterGc();

    long[] inLatencies = new long[requests];
    run(Math.max(1, requests / 10), clients, i -> inProcess(checks, body));
    long inNanos =
        run(
            requests,
            clients,
            i -> {
              long start = System.nanoTime();
              if (!Arrays.equals(inProcess(checks, body), expected)) {
                wrong.incrementAndGet();
              }
              inLatencies[i] = System.nanoTime() - start;
            });

    double httpRate = requests / (httpNanos / 1e9);
    double inRate = requests / (inNanos / 1e9);
    System.out.printf(
        Locale.ROOT,
        "requests %d, clients %d, body %d bytes, report %d bytes, processors %d%n",
        requests,
        clients,
        body.length,
        expected.length,
        Runtime.getRuntime().availableProcessors());
    System.out.printf(
        Locale.ROOT,
        "over HTTP:  %.0f requests/s, p50 %.2f ms, p99 %.2f ms%n",
        httpRate,
        percentile(latencies, 50),
        percentile(latencies, 99));
    System.out.printf(
        Locale.ROOT,
        "in-process: %.0f checks/s, p50 %.2f ms, p99 %.2f ms%n",
        inRate,
        percentile(inLatencies, 50),
        percentile(inLatencies, 99));
    System.out.printf(Locale.ROOT, "ratio HTTP / in-process throughput: %.2f%n", httpRate / inRate);
    System.out.printf(
        Locale.ROOT,
        "heap in use after GC: before %.1f MB, after %.1f MB%n",
        heapBefore / 1e6,
        heapAfter / 1e6);
    System.out.printf(Locale.ROOT, "wrong responses: %d%n", wrong.get());
    System.exit(wrong.get() == 0 ? 0 : 1);
  }

  private static void send(
      HttpClient client, HttpRequest request, byte[] expected, AtomicLong wrong) {
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200 || !Arrays.equals(response.body(), expected)) {
        wrong.incrementAndGet();
      }
    } catch (Exception e) {
      wrong.incrementAndGet();
    }
  }

  private static byte[] inProcess(DocumentChecks checks, byte[] body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStreamWriter out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    try (ReportWriter report =
        ReportWriter.builder(ReportFormat.JSON)
            .profile(checks.checker().profile())
            .locale(checks.checker().locale())
            .build(out)) {
      checks.check(
          DocumentInput.of("request", "request", () -> new ByteArrayInputStream(body)), report);
    }
    return bytes.toByteArray();
  }

  /** Runs {@code count} tasks on {@code threads} threads; returns the wall time in nanoseconds. */
  private static long run(int count, int threads, java.util.function.IntConsumer task)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    Thread[] workers = new Thread[threads];
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      workers[t] =
          new Thread(
              () -> {
                for (int i; (i = next.getAndIncrement()) < count; ) {
                  task.accept(i);
                }
              });
      workers[t].start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    return System.nanoTime() - start;
  }

  private static double percentile(long[] nanos, int percent) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  private static long usedHeapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
