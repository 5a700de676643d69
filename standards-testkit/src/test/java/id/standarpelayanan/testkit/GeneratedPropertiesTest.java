package id.standarpelayanan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.fixtures.ModelShape;
import id.standarpelayanan.model.fixtures.ModelShape.Kind;
import id.standarpelayanan.model.fixtures.ModelShape.Property;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;

/**
 * The generators give every property of every model type a value, found by reflection over the
 * model ({@link ModelShape}): across samples of every type's arbitrary and of the drafts, each
 * optional is present, each collection and map has elements and each flag is true at least once, in
 * some value at any depth. A property the generators never fill must be in {@link #SKIPPED} with
 * its reason; a new property of the model that no generator sets fails here, named.
 */
class GeneratedPropertiesTest {

  /** Samples of each type's arbitrary, and of each kind of draft (drafts vary the most). */
  private static final int SAMPLES = 40;

  private static final int DRAFTS = 200;

  /**
   * The properties the generators leave empty on purpose, and why: none, every property is
   * generated.
   */
  private static final Map<String, String> SKIPPED = Map.of();

  private static void collect(Object value, Set<String> filled) {
    Class<?> type = valueType(value.getClass());
    for (Property property : ModelShape.properties(type)) {
      Object held = get(property, value);
      boolean present =
          switch (property.kind()) {
            case SINGLE -> !(held instanceof Boolean flag) || flag;
            case OPTIONAL -> ((Optional<?>) held).isPresent();
            case COLLECTION -> !((Collection<?>) held).isEmpty();
            case MAP -> !((Map<?, ?>) held).isEmpty();
          };
      if (present) {
        filled.add(property.key());
      }
      if (ModelShape.isValueType(property.element())) {
        List<Object> inner = new ArrayList<>();
        if (property.kind() == Kind.OPTIONAL) {
          ((Optional<?>) held).ifPresent(inner::add);
        } else if (property.kind() == Kind.COLLECTION) {
          inner.addAll((Collection<?>) held);
        } else {
          inner.add(held);
        }
        inner.forEach(element -> collect(element, filled));
      }
    }
  }

  private static Class<?> valueType(Class<?> implementation) {
    for (Class<?> type : implementation.getInterfaces()) {
      if (ModelShape.isValueType(type)) {
        return type;
      }
    }
    throw new AssertionError("not a model value: " + implementation);
  }

  private static Object get(Property property, Object value) {
    try {
      return property.getter().invoke(value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(property.key(), e);
    }
  }

  @Example
  void everyPropertyOfEveryModelTypeIsGivenAValue() {
    Set<String> filled = new TreeSet<>();
    for (Class<?> type : StandardsArbitraries.types()) {
      StandardsArbitraries.of(type)
          .sampleStream()
          .limit(SAMPLES)
          .forEach(value -> collect(value, filled));
    }
    for (Arbitrary<?> drafts :
        List.of(StandardsArbitraries.draftStandards(), StandardsArbitraries.draftCatalogs())) {
      drafts.sampleStream().limit(DRAFTS).forEach(value -> collect(value, filled));
    }
    Set<String> never = new TreeSet<>();
    for (Class<?> type : ModelShape.valueTypes()) {
      for (Property property : ModelShape.properties(type)) {
        if (!filled.contains(property.key()) && !SKIPPED.containsKey(property.key())) {
          never.add(property.key());
        }
      }
    }
    assertThat(never).as("properties no generator fills, not in SKIPPED with a reason").isEmpty();
    assertThat(SKIPPED.keySet().stream().filter(filled::contains))
        .as("skipped properties the generators fill after all")
        .isEmpty();
  }
}
