package id.standarpelayanan.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.model.fixtures.ModelShape;
import id.standarpelayanan.model.fixtures.ModelShape.Kind;
import id.standarpelayanan.model.fixtures.ModelShape.Property;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link XmlNames#ITEMS}, written by hand, names the item element of every list and set property of
 * the model, found by reflection ({@link ModelShape}), and of nothing else: a new collection
 * property without an item name fails here, named, before the XML writer meets it.
 */
class XmlNamesTest {

  private static Set<String> collections() {
    Set<String> names = new TreeSet<>();
    for (Class<?> type : ModelShape.valueTypes()) {
      for (Property property : ModelShape.properties(type)) {
        if (property.kind() == Kind.COLLECTION) {
          names.add(property.name());
        }
      }
    }
    return names;
  }

  @Test
  void everyCollectionPropertyOfTheModelHasAnItemElement() {
    Set<String> missing = new TreeSet<>();
    for (Class<?> type : ModelShape.valueTypes()) {
      for (Property property : ModelShape.properties(type)) {
        if (property.kind() == Kind.COLLECTION && !XmlNames.ITEMS.containsKey(property.name())) {
          missing.add(property.key());
        }
      }
    }
    assertThat(missing)
        .as("collection properties without an item element in XmlNames.ITEMS")
        .isEmpty();
  }

  @Test
  void everyItemElementBelongsToACollectionPropertyOfTheModel() {
    assertThat(collections())
        .as("collection properties of the model")
        .containsAll(XmlNames.ITEMS.keySet());
  }

  @Test
  void aPropertyThatIsNoListHasNoItemElement() {
    assertThatThrownBy(() -> XmlNames.itemOf("name"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name");
  }
}
