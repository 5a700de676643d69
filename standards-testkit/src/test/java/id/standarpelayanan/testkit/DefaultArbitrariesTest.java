package id.standarpelayanan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Fee;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.TimeSpan;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Shrinkable;

/** The testkit's arbitraries are jqwik defaults, cover every model type, and shrink. */
class DefaultArbitrariesTest {

  @Property(tries = 20)
  void modelTypesResolveAsDefaults(
      @ForAll ServiceStandard standard,
      @ForAll StandardsCatalog catalog,
      @ForAll Requirement requirement,
      @ForAll Fee fee,
      @ForAll TimeSpan span) {
    assertThat(standard.filledComponents()).containsExactly(Component.values());
    assertThat(catalog.getStandards()).isNotEmpty();
    assertThat(requirement.getDescription()).isNotBlank();
    assertThat(fee).isNotNull();
    assertThat(span.getAmount()).isNotNegative();
  }

  @Example
  void everyValueTypeOfTheModelHasAnArbitrary() throws IOException, URISyntaxException {
    Path jar =
        Path.of(ServiceStandard.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String packagePath = ServiceStandard.class.getPackageName().replace('.', '/');
    try (FileSystem zip = Files.isDirectory(jar) ? null : FileSystems.newFileSystem(jar);
        Stream<Path> files =
            Files.list(zip == null ? jar.resolve(packagePath) : zip.getPath(packagePath))) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("Immutable") && n.endsWith(".class") && !n.contains("$"))
          .map(n -> n.substring("Immutable".length(), n.length() - ".class".length()))
          .forEach(
              name ->
                  assertThat(StandardsArbitraries.types())
                      .as(name)
                      .anyMatch(type -> type.getSimpleName().equals(name)));
    }
  }

  @Example
  void everyTypeGeneratesValues() {
    for (Class<?> type : StandardsArbitraries.types()) {
      assertThat(StandardsArbitraries.of(type).sample())
          .as(type.getSimpleName())
          .isInstanceOf(type);
    }
  }

  @Example
  void rejectsTypesOutsideTheModel() {
    assertThatThrownBy(() -> StandardsArbitraries.of(String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String");
  }

  @Example
  void counterExamplesShrinkToTheSmallestFailingStandard() {
    Predicate<ServiceStandard> fails = s -> s.getRequirements().size() >= 3;
    ServiceStandard smallest = shrink(StandardsArbitraries.draftStandards(), fails);

    assertThat(smallest.getRequirements()).hasSize(3);
    assertThat(smallest.getLegalBasis()).isEmpty();
    assertThat(smallest.filledComponents()).containsExactly(Component.REQUIREMENTS);
  }

  @Example
  void completeStandardsShrinkTooKeepingThemComplete() {
    Predicate<ServiceStandard> fails = s -> s.getProcedure().orElseThrow().getSteps().size() >= 2;
    ServiceStandard smallest = shrink(StandardsArbitraries.serviceStandards(), fails);

    assertThat(smallest.getProcedure().orElseThrow().getSteps()).hasSize(2);
    assertThat(smallest.filledComponents()).containsExactly(Component.values());
    assertThat(smallest.getRequirements()).hasSize(1);
  }

  /** A greedy shrinker over jqwik's own shrink candidates, as the engine does. */
  private static <T> T shrink(Arbitrary<T> arbitrary, Predicate<T> fails) {
    Random random = new Random(42);
    Shrinkable<T> current =
        Stream.generate(() -> arbitrary.generator(1000).next(random))
            .filter(s -> fails.test(s.value()))
            .findFirst()
            .orElseThrow();
    boolean shrunk = true;
    while (shrunk) {
      shrunk = false;
      var candidate = current.shrink().filter(s -> fails.test(s.value())).findFirst();
      if (candidate.isPresent()) {
        current = candidate.get();
        shrunk = true;
      }
    }
    return current.value();
  }
}
