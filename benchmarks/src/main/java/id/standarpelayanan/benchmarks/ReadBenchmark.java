package id.standarpelayanan.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import id.standarpelayanan.io.StandardsDocument;
import id.standarpelayanan.io.StandardsDocuments;
import id.standarpelayanan.model.StandardsCatalog;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading a catalogue into the model, against two floors on the same bytes: Jackson's token pass
 * (the least any reader must do) and Jackson into a {@code JsonNode} tree (a generic reader). And
 * the cost of keeping source positions: {@code jsonDocument}/{@code xmlDocument} read the document
 * through {@link StandardsDocuments} as {@code sp} does, the {@code WithPositions} variants keep
 * where each value came from.
 */
public class ReadBenchmark extends Settings {

  @Param({"SAMPLE", "LARGE"})
  Documents.Size size;

  private byte[] json;
  private byte[] xml;
  private final JsonFactory jsonFactory = new JsonFactory();
  private final ObjectMapper jsonMapper = new ObjectMapper();
  private final XmlMapper xmlMapper = new XmlMapper();
  private final XmlFactory xmlFactory = xmlMapper.getFactory();
  private final StandardsDocuments documents = StandardsDocuments.strict();
  private final StandardsDocuments withPositions = documents.withSourcePositions();

  /** Writes the documents once. */
  @Setup
  public void setUp() {
    StandardsCatalog catalog = Documents.catalog(size);
    json = Documents.JSON.writeToString(catalog).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    xml = Documents.XML.writeToString(catalog).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Reads JSON into the model: strict, limited, through the builders.
   *
   * @return the catalogue
   */
  @Benchmark
  public StandardsCatalog jsonModel() {
    return Documents.JSON.readCatalog(json);
  }

  /**
   * Floor: Jackson's token pass over the same JSON.
   *
   * @param hole consumes the tokens
   * @throws IOException never, in memory
   */
  @Benchmark
  public void jsonTokenPass(Blackhole hole) throws IOException {
    try (JsonParser parser = jsonFactory.createParser(json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        hole.consume(token);
      }
    }
  }

  /**
   * Floor: Jackson into a {@code JsonNode} tree.
   *
   * @return the tree
   * @throws IOException never, in memory
   */
  @Benchmark
  public JsonNode jsonTree() throws IOException {
    return jsonMapper.readTree(json);
  }

  /**
   * Reads XML into the model.
   *
   * @return the catalogue
   */
  @Benchmark
  public StandardsCatalog xmlModel() {
    return Documents.XML.readCatalog(xml);
  }

  /**
   * Floor: Jackson's XML token pass over the same XML.
   *
   * @param hole consumes the tokens
   * @throws IOException never, in memory
   */
  @Benchmark
  public void xmlTokenPass(Blackhole hole) throws IOException {
    try (JsonParser parser = xmlFactory.createParser(xml)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        hole.consume(token);
      }
    }
  }

  /**
   * Floor: Jackson's XML into a {@code JsonNode} tree.
   *
   * @return the tree
   * @throws IOException never, in memory
   */
  @Benchmark
  public JsonNode xmlTree() throws IOException {
    return xmlMapper.readTree(xml);
  }

  /**
   * Reads the JSON catalogue through {@link StandardsDocuments}, detecting its kind, without
   * positions.
   *
   * @return the document
   */
  @Benchmark
  public StandardsDocument jsonDocument() {
    return documents.read(json);
  }

  /**
   * Reads the JSON catalogue through {@link StandardsDocuments}, keeping its source positions.
   *
   * @return the document
   */
  @Benchmark
  public StandardsDocument jsonDocumentWithPositions() {
    return withPositions.read(json);
  }

  /**
   * Reads the XML catalogue through {@link StandardsDocuments}, without positions.
   *
   * @return the document
   */
  @Benchmark
  public StandardsDocument xmlDocument() {
    return documents.read(xml);
  }

  /**
   * Reads the XML catalogue through {@link StandardsDocuments}, keeping its source positions.
   *
   * @return the document
   */
  @Benchmark
  public StandardsDocument xmlDocumentWithPositions() {
    return withPositions.read(xml);
  }
}
