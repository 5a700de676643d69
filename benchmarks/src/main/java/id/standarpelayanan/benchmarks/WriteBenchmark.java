package id.standarpelayanan.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import id.standarpelayanan.model.StandardsCatalog;
import java.io.ByteArrayOutputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/** Writing a catalogue from the model, against Jackson writing the equivalent tree. */
public class WriteBenchmark extends Settings {

  @Param({"SAMPLE", "LARGE"})
  Documents.Size size;

  private StandardsCatalog catalog;
  private JsonNode jsonTree;
  private JsonNode xmlTree;
  private final ObjectMapper jsonMapper = new ObjectMapper();
  private final XmlMapper xmlMapper = new XmlMapper();

  /** Builds the model and the equivalent trees once. */
  @Setup
  public void setUp() throws JsonProcessingException {
    catalog = Documents.catalog(size);
    jsonTree = jsonMapper.readTree(Documents.JSON.writeToString(catalog));
    xmlTree = xmlMapper.readTree(Documents.XML.writeToString(catalog));
  }

  /**
   * Writes the model as JSON.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] jsonModel() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    Documents.JSON.write(catalog, out);
    return out.toByteArray();
  }

  /**
   * Floor: Jackson writing the equivalent tree as JSON.
   *
   * @return the bytes
   * @throws JsonProcessingException never
   */
  @Benchmark
  public byte[] jsonTree() throws JsonProcessingException {
    return jsonMapper.writeValueAsBytes(jsonTree);
  }

  /**
   * Writes the model as XML.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] xmlModel() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    Documents.XML.write(catalog, out);
    return out.toByteArray();
  }

  /**
   * Floor: Jackson writing the equivalent tree as XML.
   *
   * @return the bytes
   * @throws JsonProcessingException never
   */
  @Benchmark
  public byte[] xmlTree() throws JsonProcessingException {
    return xmlMapper.writeValueAsBytes(xmlTree);
  }
}
