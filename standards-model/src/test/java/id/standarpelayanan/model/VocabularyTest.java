package id.standarpelayanan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VocabularyTest {

  @Test
  void fourteenComponentsInStatutoryOrder() {
    assertThat(Component.values()).hasSize(14);
    assertThat(Arrays.stream(Component.values()).mapToInt(Component::number))
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    assertThat(Component.LEGAL_BASIS.labelIndonesian()).isEqualTo("Dasar hukum");
    assertThat(Component.PERFORMANCE_EVALUATION.labelEnglish())
        .isEqualTo("Performance evaluation of implementers");
  }

  @Test
  void everyComponentNamesTheServiceStandardPropertyThatHoldsIt()
      throws ReflectiveOperationException {
    ServiceStandard full = id.standarpelayanan.model.fixtures.KanwilAcehFixtures.legalisasiIjazah();
    ServiceStandard empty = ServiceStandard.builder().setId("a").setName("A").build();
    for (Component component : Component.values()) {
      String property = component.property();
      var getter =
          ServiceStandard.class.getMethod(
              "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1));
      Object filled = getter.invoke(full);
      Object absent = getter.invoke(empty);
      assertThat(filled).as(property).isNotEqualTo(absent);
      assertThat(Component.ofProperty(property)).contains(component);
    }
    assertThat(Component.ofProperty("name")).isEmpty();
    assertThat(Component.COMPETENCE.property()).isEqualTo("competencies");
  }

  @Test
  void serviceDeliveryHoldsTheSixPublishedComponents() {
    assertThat(Component.inGroup(ComponentGroup.SERVICE_DELIVERY))
        .containsExactly(
            Component.REQUIREMENTS,
            Component.PROCEDURE,
            Component.COMPLETION_TIME,
            Component.FEE,
            Component.PRODUCTS,
            Component.COMPLAINT_HANDLING);
    assertThat(Component.inGroup(ComponentGroup.SERVICE_MANAGEMENT)).hasSize(8);
  }

  @Test
  void elevenPrinciplesMappedAsTheSeedStatesThem() {
    assertThat(Principle.values()).hasSize(11);
    assertThat(Principle.LEGAL_BASIS_AND_REQUIREMENTS.components())
        .containsExactly(Component.LEGAL_BASIS, Component.REQUIREMENTS);
    assertThat(Principle.SECURITY_SAFETY_AND_EVALUATION.components())
        .containsExactly(Component.SECURITY_AND_SAFETY, Component.PERFORMANCE_EVALUATION);
    assertThat(Principle.PRODUCT.components()).containsExactly(Component.PRODUCTS);
    assertThat(Principle.STAFFING.number()).isEqualTo(9);
  }

  @Test
  void everyComponentButFeeIsReachedByExactlyOnePrinciple() {
    for (Component component : Component.values()) {
      long principles =
          Arrays.stream(Principle.values()).filter(p -> p.components().contains(component)).count();
      assertThat(principles).as(component.name()).isEqualTo(component == Component.FEE ? 0 : 1);
    }
    assertThat(Principle.covering(Component.FEE)).isEmpty();
    assertThat(Principle.covering(Component.COMPLAINT_HANDLING))
        .contains(Principle.COMPLAINT_HANDLING);
  }

  @Test
  void onlyRegulationsCanSetATariff() {
    Set<RegulationType> canSet = EnumSet.noneOf(RegulationType.class);
    Arrays.stream(RegulationType.values())
        .filter(RegulationType::canSetTariff)
        .forEach(canSet::add);

    assertThat(canSet)
        .contains(RegulationType.UU, RegulationType.PP, RegulationType.PERDA, RegulationType.QANUN);
    assertThat(canSet)
        .doesNotContain(
            RegulationType.UUD,
            RegulationType.SURAT_EDARAN,
            RegulationType.KEPDIRJEN,
            RegulationType.OTHER);
  }

  @Test
  void evaluationFrequenciesAreThoseOfArticleTen() {
    assertThat(Arrays.stream(EvaluationFrequency.values()).mapToInt(EvaluationFrequency::months))
        .containsExactly(3, 6, 12, 24);
  }

  /**
   * Every enum of the model that implements {@link Labelled}, found on disk so none is forgotten.
   */
  static Stream<Class<?>> labelledEnums() throws IOException, URISyntaxException {
    Path root =
        Path.of(Component.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path dir = root.resolve(Component.class.getPackageName().replace('.', '/'));
    List<Class<?>> enums;
    try (Stream<Path> files = Files.list(dir)) {
      enums =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".class") && !n.contains("$"))
              .map(
                  n ->
                      load(Component.class.getPackageName() + "." + n.substring(0, n.length() - 6)))
              .filter(c -> c.isEnum() && Labelled.class.isAssignableFrom(c))
              .collect(Collectors.toList());
    }
    assertThat(enums).hasSize(22);
    return enums.stream();
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest
  @MethodSource("labelledEnums")
  void everyConstantHasDistinctLabelsInBothLanguages(Class<?> type) {
    for (Object constant : type.getEnumConstants()) {
      Labelled labelled = (Labelled) constant;
      assertThat(labelled.labelIndonesian()).as("%s id", constant).isNotBlank();
      assertThat(labelled.labelEnglish()).as("%s en", constant).isNotBlank();
      assertThat(labelled.label(Locale.US)).isEqualTo(labelled.labelEnglish());
      assertThat(labelled.label(Locale.forLanguageTag("id-ID")))
          .isEqualTo(labelled.labelIndonesian());
    }
    Object[] constants = type.getEnumConstants();
    assertThat(
            Arrays.stream(constants).map(c -> ((Labelled) c).labelIndonesian()).distinct().count())
        .as("Indonesian labels of %s are distinct", type.getSimpleName())
        .isEqualTo(constants.length);
    assertThat(Arrays.stream(constants).map(c -> ((Labelled) c).labelEnglish()).distinct().count())
        .as("English labels of %s are distinct", type.getSimpleName())
        .isEqualTo(constants.length);
  }
}
