package id.standarpelayanan.benchmarks;

import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Streaming the standards of the large catalogue: as newline-delimited JSON ({@code streamLines},
 * one parser per line since issue 13) and as one JSON array ({@code streamArray}).
 */
public class StreamBenchmark extends Settings {

  @Param({"LARGE"})
  Documents.Size size;

  private byte[] lines;
  private byte[] array;

  /** Writes the records once. */
  @Setup
  public void setUp() {
    StandardsCatalog catalog = Documents.catalog(size);
    StringBuilder ndjson = new StringBuilder();
    StringBuilder json = new StringBuilder("[");
    for (ServiceStandard standard : catalog.getStandards()) {
      String record = Documents.JSON.writeToString(standard);
      ndjson.append(record).append('\n');
      json.append(json.length() > 1 ? "," : "").append(record);
    }
    lines = ndjson.toString().getBytes(StandardCharsets.UTF_8);
    array = json.append(']').toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads every record of the NDJSON.
   *
   * @return how many
   */
  @Benchmark
  public long jsonLines() {
    try (Stream<ServiceStandard> records =
        Documents.JSON.streamLines(new ByteArrayInputStream(lines))) {
      return records.count();
    }
  }

  /**
   * Reads every record of the array.
   *
   * @return how many
   */
  @Benchmark
  public long jsonArray() {
    try (Stream<ServiceStandard> records =
        Documents.JSON.streamArray(new ByteArrayInputStream(array))) {
      return records.count();
    }
  }
}
