package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.standarpelayanan.io.StandardsDocument.Record;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.fixtures.KanwilAcehFixtures;
import id.standarpelayanan.testkit.StandardsArbitraries;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Source positions: where each value of a document came from, in JSON (members at their name, items
 * and the root where they start) and XML (elements at their start tag), for whole documents and for
 * each record of a stream (relative to the record, on the stream's lines).
 */
class SourcePositionsTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final StandardsDocuments POSITIONS =
      StandardsDocuments.strict().withSourcePositions();
  private static final StandardsJson PRETTY_JSON = StandardsJson.builder().pretty(true).build();
  private static final StandardsXml PRETTY_XML = StandardsXml.builder().pretty(true).build();
  private static final StandardsJson JSON = StandardsJson.builder().build();
  private static final ServiceStandard FIRST = KanwilAcehFixtures.catalog().getStandards().get(0);

  private static Optional<SourcePosition> at(SourcePositions positions, String pointer) {
    return positions.at(Pointer.parse(pointer));
  }

  @Test
  void aJsonCatalogueHasEveryValueOnItsLine() throws IOException {
    SourcePositions positions =
        POSITIONS.read(GOLDEN.resolve("kanwil-aceh.catalog.json")).positions();

    assertThat(at(positions, "")).contains(new SourcePosition(1, 1));
    assertThat(at(positions, "/provider")).contains(new SourcePosition(3, 3));
    assertThat(at(positions, "/provider/name")).contains(new SourcePosition(4, 5));
    assertThat(at(positions, "/provider/contacts")).contains(new SourcePosition(9, 5));
    assertThat(at(positions, "/provider/contacts/0")).contains(new SourcePosition(10, 7));
    assertThat(at(positions, "/provider/contacts/0/kind")).contains(new SourcePosition(11, 9));
    assertThat(at(positions, "/decree/number")).contains(new SourcePosition(17, 5));
    assertThat(at(positions, "/standards/0")).contains(new SourcePosition(41, 5));
    assertThat(at(positions, "/standards/0/name")).contains(new SourcePosition(43, 7));
  }

  @Test
  void anXmlCatalogueHasEveryElementAtItsStartTag() throws IOException {
    SourcePositions positions =
        POSITIONS.read(GOLDEN.resolve("kanwil-aceh.catalog.xml")).positions();

    assertThat(at(positions, "")).contains(new SourcePosition(2, 1));
    assertThat(at(positions, "/provider")).contains(new SourcePosition(4, 3));
    assertThat(at(positions, "/provider/name")).contains(new SourcePosition(5, 5));
    assertThat(at(positions, "/provider/contacts")).contains(new SourcePosition(10, 5));
    assertThat(at(positions, "/provider/contacts/0")).contains(new SourcePosition(11, 7));
    assertThat(at(positions, "/provider/contacts/0/kind")).contains(new SourcePosition(12, 9));
    // The standards of a catalogue are bound one by one; their positions are kept all the same.
    assertThat(at(positions, "/standards/0")).contains(new SourcePosition(42, 5));
    assertThat(at(positions, "/standards/0/name")).contains(new SourcePosition(44, 7));
  }

  @Test
  void eachRecordOfNdjsonIsPlacedOnItsOwnLine() {
    String lines =
        JSON.writeToString(FIRST) + "\n\n{ not json\n" + JSON.writeToString(FIRST) + "\n";
    List<Record> records;
    try (StandardsDocument document = POSITIONS.read(lines)) {
      records = ((StandardsDocument.Records) document).records().toList();
    }

    assertThat(records).hasSize(3);
    assertThat(at(records.get(0).positions(), "")).contains(new SourcePosition(1, 1));
    assertThat(records.get(1).positions().size()).isZero();
    // Pointers are relative to the record, lines are the stream's.
    assertThat(at(records.get(2).positions(), "")).contains(new SourcePosition(4, 1));
    assertThat(at(records.get(2).positions(), "/schemaVersion")).contains(new SourcePosition(4, 2));
    // {"schemaVersion":"1.1","id":… : the id's name starts at column 24.
    assertThat(at(records.get(2).positions(), "/id")).contains(new SourcePosition(4, 24));
    assertThat(at(records.get(2).positions(), "/id/0")).isEmpty();
  }

  @Test
  void eachRecordOfAJsonArrayIsRelativeToTheRecord() {
    String array =
        "[\n" + PRETTY_JSON.writeToString(FIRST) + ",\n" + PRETTY_JSON.writeToString(FIRST) + "]";
    // "[", the first record's lines, ",": the second record starts two lines after the first's.
    int secondLine = 2 + PRETTY_JSON.writeToString(FIRST).split("\n", -1).length;
    List<Record> records;
    try (StandardsDocument document = POSITIONS.read(array)) {
      records = ((StandardsDocument.Records) document).records().toList();
    }

    assertThat(at(records.get(0).positions(), "")).contains(new SourcePosition(2, 1));
    assertThat(at(records.get(0).positions(), "/id")).contains(new SourcePosition(4, 3));
    assertThat(at(records.get(1).positions(), "")).contains(new SourcePosition(secondLine, 1));
    assertThat(at(records.get(1).positions(), "/0")).isEmpty();
    assertThat(records.get(0).positions().size()).isEqualTo(records.get(1).positions().size());
  }

  @Test
  void withoutTheRequestNothingIsKept() throws IOException {
    StandardsDocument document =
        StandardsDocuments.strict().read(GOLDEN.resolve("kanwil-aceh.catalog.json"));

    assertThat(StandardsDocuments.strict().keepsSourcePositions()).isFalse();
    assertThat(POSITIONS.keepsSourcePositions()).isTrue();
    assertThat(POSITIONS.withSourcePositions()).isSameAs(POSITIONS);
    assertThat(document.positions()).isSameAs(SourcePositions.none());
    assertThat(document.positions().nearest(Pointer.parse("/provider/name"))).isEmpty();
  }

  @Test
  void aValueNotInTheTextIsPlacedOnItsNearestAncestor() throws IOException {
    SourcePositions positions =
        POSITIONS.read(GOLDEN.resolve("kanwil-aceh.catalog.json")).positions();

    assertThat(at(positions, "/provider/website")).isEmpty();
    assertThat(positions.nearest(Pointer.parse("/provider/website")))
        .contains(new SourcePosition(3, 3));
    assertThat(positions.nearest(Pointer.parse("/provider/contacts/0/kind")))
        .contains(new SourcePosition(11, 9));
  }

  @Test
  void aPositionStartsAtLineOneColumnOne() {
    assertThat(new SourcePosition(12, 7)).hasToString("12:7");
    assertThatThrownBy(() -> new SourcePosition(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SourcePosition(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Keeping positions never changes what reading gives: over every hostile input of the reader
   * tests, both formats, the same document or records, or the same error, code and place.
   */
  @Test
  void keepingPositionsChangesNothingReadOfAnyHostileInput() {
    List<HostileInputs.Case> cases = new ArrayList<>(HostileInputs.cases("json"));
    cases.addAll(HostileInputs.cases("xml"));
    assertThat(cases).hasSizeGreaterThan(50);
    for (HostileInputs.Case c : cases) {
      byte[] bytes = c.bytes();
      assertThat(outcome(POSITIONS, bytes))
          .as("%s", c)
          .isEqualTo(outcome(StandardsDocuments.strict(), bytes));
    }
  }

  /** What reading gives, as comparable text: the values, or each error with its place. */
  private static List<String> outcome(StandardsDocuments documents, byte[] bytes) {
    List<String> outcome = new ArrayList<>();
    try (StandardsDocument document = documents.read(bytes)) {
      if (document instanceof StandardsDocument.Records records) {
        records
            .records()
            .forEach(
                r ->
                    outcome.add(
                        r.index()
                            + " "
                            + r.standard().map(Object::toString).orElse("")
                            + r.error().map(SourcePositionsTest::error).orElse("")));
      } else if (document instanceof StandardsDocument.Catalog catalog) {
        outcome.add(catalog.catalog().toString());
      } else {
        outcome.add(((StandardsDocument.Standard) document).standard().toString());
      }
    } catch (StandardsReadException e) {
      outcome.add(error(e));
    }
    return outcome;
  }

  private static String error(StandardsReadException e) {
    return e.getCode()
        + " "
        + e.getPointer()
        + " "
        + e.getLine()
        + ":"
        + e.getColumn()
        + " "
        + e.getRecordIndex();
  }

  @Provide
  Arbitrary<StandardsCatalog> catalogs() {
    return StandardsArbitraries.draftCatalogs();
  }

  /**
   * Every value of a pretty JSON document is recorded, and placed where its text starts: a member
   * at the quote of its name, an item at its first character, and nothing else is recorded.
   */
  @Property(tries = 40)
  void everyJsonValueIsPlacedWhereItsTextStarts(@ForAll("catalogs") StandardsCatalog catalog)
      throws IOException {
    String text = PRETTY_JSON.writeToString(catalog);
    SourcePositions positions = POSITIONS.read(text).positions();
    List<String> lines = List.of(text.split("\n", -1));
    JsonNode tree = new ObjectMapper().readTree(text);
    List<Value> values = new ArrayList<>();
    walk(Pointer.root(), null, tree, values);

    assertThat(positions.size()).isEqualTo(values.size());
    for (Value value : values) {
      SourcePosition position = positions.at(value.pointer()).orElseThrow();
      String from = lines.get(position.line() - 1).substring(position.column() - 1);
      String expected =
          value.member() != null
              ? JSON_TREE.writeValueAsString(value.member()) + ":"
              : value.node().isContainerNode()
                  ? value.node().isArray() ? "[" : "{"
                  : JSON_TREE.writeValueAsString(value.node()).substring(0, 1);
      assertThat(from).as("%s at %s", value.pointer(), position).startsWith(expected);
    }
  }

  /** Every element of a pretty XML document is recorded at the {@code <} of its start tag. */
  @Property(tries = 40)
  void everyXmlElementIsPlacedAtItsStartTag(@ForAll("catalogs") StandardsCatalog catalog)
      throws IOException {
    String text = PRETTY_XML.writeToString(catalog);
    SourcePositions positions = POSITIONS.read(text).positions();
    List<String> lines = List.of(text.split("\n", -1));
    JsonNode tree = JSON_TREE.readTree(JSON.writeToString(catalog));

    List<Value> values = new ArrayList<>();
    walk(Pointer.root(), null, tree, values);
    for (Value value : values) {
      Optional<SourcePosition> position = positions.at(value.pointer());
      if (!value.node().isContainerNode()) {
        // Every scalar is an element of its own (or an extension entry): it is always recorded.
        assertThat(position).as("%s", value.pointer()).isPresent();
      }
      position.ifPresent(
          p ->
              assertThat(lines.get(p.line() - 1).charAt(p.column() - 1))
                  .as("%s at %s", value.pointer(), p)
                  .isEqualTo('<'));
    }
    assertThat(positions.at(Pointer.root())).contains(new SourcePosition(2, 1));
  }

  private static final ObjectMapper JSON_TREE = new ObjectMapper();

  /** A value of a tree: its pointer, its node, and its name if it is an object's member. */
  private record Value(Pointer pointer, String member, JsonNode node) {}

  private static void walk(Pointer pointer, String member, JsonNode node, List<Value> out) {
    out.add(new Value(pointer, member, node));
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        walk(pointer.child(field.getKey()), field.getKey(), field.getValue(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(pointer.index(i), null, node.get(i), out);
      }
    }
  }
}
