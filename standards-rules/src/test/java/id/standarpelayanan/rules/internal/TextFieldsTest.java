package id.standarpelayanan.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.fixtures.ModelShape;
import id.standarpelayanan.model.fixtures.ModelShape.Filler;
import id.standarpelayanan.model.fixtures.ModelShape.Kind;
import id.standarpelayanan.model.fixtures.ModelShape.Located;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * {@link TextFields} visits every text of the model, found by reflection ({@link ModelShape}): each
 * {@code String}, {@code Optional<String>} and list of {@code String}s of every value type
 * reachable from a standard or from a catalogue's own parts, at its JSON Pointer. A property the
 * walk leaves out must be in {@link #SKIPPED} with its reason; a new text property of the model
 * that is neither visited nor skipped fails here, named.
 */
class TextFieldsTest {

  /**
   * The text properties the walk leaves out on purpose, and why (a property's key skips its
   * children too).
   */
  private static final Map<String, String> SKIPPED =
      Map.of(
          "ServiceStandard.id", "an identifier for machines, not text a reader is given",
          "Requirement.id", "an identifier for machines, not text a reader is given",
          "ProcedureStep.id", "an identifier for machines, not text a reader is given",
          "SatisfactionSurvey.weakestElements",
              "element codes (U3) of the survey's questionnaire, not text a reader is given",
          "SurveyElement.code",
              "an element code (U3) of the survey's questionnaire, not text a reader is given",
          "StandardsCatalog.standards",
              "each standard is walked on its own (TextFields.of(ServiceStandard)), "
                  + "its pointers relative to it, and placed in the catalogue by the checker");

  /** Every text location of a value filled throughout, each text being its own pointer. */
  private static Map<String, Located> texts(Class<?> root) {
    List<Located> all = ModelShape.walk(root);
    Map<String, Located> texts = new LinkedHashMap<>();
    for (Located located : all) {
      if (located.property().text()) {
        String pointer =
            located.property().kind() == Kind.COLLECTION
                ? located.pointer() + "/0"
                : located.pointer();
        texts.put(pointer, located);
      }
    }
    return texts;
  }

  /** The skipped key that covers a location: its own property's, or an enclosing one's. */
  private static Optional<String> skip(Located located, List<Located> all) {
    if (SKIPPED.containsKey(located.property().key())) {
      return Optional.of(located.property().key());
    }
    return all.stream()
        .filter(enclosing -> located.pointer().startsWith(enclosing.pointer() + "/"))
        .map(enclosing -> enclosing.property().key())
        .filter(SKIPPED::containsKey)
        .findFirst();
  }

  private static void assertVisitsEveryText(
      Class<?> root, BiConsumer<Object, BiConsumer<String, String>> walk) {
    Object value = ModelShape.build(root, Filler.everything());
    Map<String, String> visited = new LinkedHashMap<>();
    walk.accept(
        value,
        (pointer, text) ->
            assertThat(visited.put(pointer, text)).as("visited twice: %s", pointer).isNull());
    List<Located> all = ModelShape.walk(root);
    List<String> missing = new ArrayList<>();
    List<String> usedSkips = new ArrayList<>();
    texts(root)
        .forEach(
            (pointer, located) -> {
              Optional<String> skip = skip(located, all);
              skip.ifPresent(usedSkips::add);
              if (skip.isPresent()) {
                assertThat(visited)
                    .as("%s is skipped (%s) but visited", pointer, SKIPPED.get(skip.get()))
                    .doesNotContainKey(pointer);
              } else if (!visited.containsKey(pointer)) {
                missing.add(located.property().key() + " at " + pointer);
              }
            });
    assertThat(missing)
        .as(
            "text properties of %s that TextFields neither visits nor lists in SKIPPED with a reason",
            root.getSimpleName())
        .isEmpty();
    // Each text was filled with its own pointer: a text reported under another pointer is
    // misplaced.
    visited.forEach(
        (pointer, text) -> assertThat(pointer).as("pointer of the text %s", text).isEqualTo(text));
  }

  @Test
  void visitsEveryTextOfAStandardAtItsPointer() {
    assertVisitsEveryText(
        ServiceStandard.class,
        (value, sink) ->
            TextFields.of(
                (ServiceStandard) value, text -> true, (p, t) -> sink.accept(p.toString(), t)));
  }

  @Test
  void visitsEveryTextOfACataloguesOwnPartsAtItsPointer() {
    assertVisitsEveryText(
        StandardsCatalog.class,
        (value, sink) ->
            TextFields.of(
                (StandardsCatalog) value, text -> true, (p, t) -> sink.accept(p.toString(), t)));
  }

  @Test
  void everySkippedKeyNamesAPropertyOfTheModel() {
    List<String> keys = new ArrayList<>();
    for (Class<?> root : List.of(ServiceStandard.class, StandardsCatalog.class)) {
      ModelShape.walk(root).forEach(located -> keys.add(located.property().key()));
    }
    assertThat(keys).as("properties of the model").containsAll(SKIPPED.keySet());
  }

  @Test
  void passesOnlyTheWantedTexts() {
    ServiceStandard standard = ModelShape.build(ServiceStandard.class, Filler.everything());
    List<String> pointers = new ArrayList<>();
    TextFields.of(
        standard,
        text -> text.startsWith("/fee/"),
        (pointer, text) -> pointers.add(pointer.toString()));
    assertThat(pointers).isNotEmpty().allMatch(pointer -> pointer.startsWith("/fee/"));
  }
}
