package id.standarpelayanan.benchmarks;

import id.standarpelayanan.model.Languages;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.publish.Edition;
import id.standarpelayanan.publish.Layout;
import id.standarpelayanan.publish.Publisher;
import id.standarpelayanan.publish.pdf.PdfPublisher;
import id.standarpelayanan.rules.Checker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Publishing the sample catalogue (seven services) as HTML, with the JSON write of the same
 * catalogue as the reference in the same run. {@code annexHtml} renders an edition already checked
 * (the templates and the seven flowcharts); {@code publishAnnex} is what {@code sp publish} does
 * per document (check, decide, render); {@code flowchartsSvg} draws the seven flowcharts alone. The
 * PDF module adds its method here.
 */
public class PublishBenchmark extends Settings {

  private StandardsCatalog catalog;
  private Publisher publisher;
  private Edition edition;
  private PdfPublisher pdf;

  /** Reads the sample and builds the publisher (templates compiled) and the edition once. */
  @Setup
  public void setUp() {
    catalog = Documents.sample();
    Clock clock = Clock.fixed(Instant.parse("2026-08-01T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    publisher =
        Publisher.builder()
            .locale(Languages.INDONESIAN)
            .checker(Checker.builder().clock(clock).build())
            .build();
    edition = publisher.edition(catalog);
    pdf = PdfPublisher.builder().publisher(publisher).build();
  }

  /**
   * Renders the decree annex of the checked sample as UTF-8 HTML.
   *
   * @return the bytes
   * @throws IOException never
   */
  @Benchmark
  public byte[] annexHtml() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      publisher.writeHtml(edition, Layout.ANNEX, writer);
    }
    return out.toByteArray();
  }

  /**
   * Lays out the decree annex of the checked sample as PDF (the HTML rendered, parsed, laid out on
   * A4 and written tagged with the font subset and the flowcharts as paths).
   *
   * @return the bytes
   * @throws IOException never
   */
  @Benchmark
  public byte[] annexPdf() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
    pdf.write(edition, Layout.ANNEX, out);
    return out.toByteArray();
  }

  /**
   * Checks the sample and renders its annex: one document of {@code sp publish}.
   *
   * @return the HTML
   */
  @Benchmark
  public String publishAnnex() {
    return publisher.html(catalog, Layout.ANNEX);
  }

  /**
   * Draws the flowchart of every service as SVG.
   *
   * @param sink consumes each drawing
   */
  @Benchmark
  public void flowchartsSvg(Blackhole sink) {
    for (ServiceStandard standard : catalog.getStandards()) {
      sink.consume(publisher.flowchartSvg(standard));
    }
  }

  /**
   * Reference: writes the same catalogue as JSON.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] jsonWrite() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    Documents.JSON.write(catalog, out);
    return out.toByteArray();
  }
}
