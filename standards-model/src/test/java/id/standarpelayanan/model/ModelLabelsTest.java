package id.standarpelayanan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.model.fixtures.ModelShape;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every type, property and enum constant of the model has its title and description in both
 * languages, and the description bundles hold nothing else. The model's classes are found on disk,
 * so a new type, property or constant without texts fails here.
 */
class ModelLabelsTest {

  private static final Locale INDONESIAN = Languages.INDONESIAN;
  private static final Locale ENGLISH = Locale.ENGLISH;
  private static final String BUNDLE = "id.standarpelayanan.model.Descriptions";
  private static final String PACKAGE = Component.class.getPackageName();
  private static final List<String> PLACEHOLDERS = List.of("todo", "tbd", "fixme", "lorem", "xxx");

  // ---- discovery ----

  /** The simple names of the package's top-level classes, from the class files on disk. */
  private static Set<String> classNames() throws IOException, URISyntaxException {
    Path root =
        Path.of(Component.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path dir = root.resolve(PACKAGE.replace('.', '/'));
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /**
   * The value types: the interfaces {@code X} with a generated {@code ImmutableX} next to them
   * ({@code @Value.Immutable} has class retention, so it cannot be read at run time).
   */
  static Stream<Class<?>> valueTypes() throws IOException, URISyntaxException {
    Set<String> names = classNames();
    List<Class<?>> types =
        names.stream()
            .filter(n -> !n.startsWith("Immutable") && names.contains("Immutable" + n))
            .map(ModelLabelsTest::load)
            .filter(Class::isInterface)
            .collect(Collectors.toList());
    assertThat(types)
        .as("value types found on disk")
        .contains(
            StandardsCatalog.class,
            ServiceStandard.class,
            Requirement.class,
            TimeSpan.class,
            Rupiah.class,
            ServiceHours.class,
            WorkingTime.class);
    return types.stream();
  }

  /** Every enum of the package that implements {@link Labelled}. */
  static Stream<Class<?>> labelledEnums() throws IOException, URISyntaxException {
    List<Class<?>> enums =
        classNames().stream()
            .map(ModelLabelsTest::load)
            .filter(c -> c.isEnum() && Labelled.class.isAssignableFrom(c))
            .collect(Collectors.toList());
    assertThat(enums)
        .as("labelled enums found on disk")
        .contains(Component.class, ComponentGroup.class, Principle.class, DurationUnit.class);
    return enums.stream();
  }

  /**
   * The properties of a value type, as JSON names ({@link ModelShape#properties}: the getters
   * {@code get*} and {@code is*}, abstract or {@code @Value.Default}, not helper methods).
   */
  static List<String> properties(Class<?> type) {
    return ModelShape.properties(type).stream()
        .map(ModelShape.Property::name)
        .collect(Collectors.toList());
  }

  private static Class<?> load(String simpleName) {
    try {
      return Class.forName(PACKAGE + "." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  // ---- the bundle files themselves ----

  private static String file(Locale locale) {
    return PACKAGE.replace('.', '/')
        + "/Descriptions"
        + (locale == ENGLISH ? "_en" : "")
        + ".properties";
  }

  private static Properties read(Locale locale) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ModelLabels.class.getClassLoader().getResourceAsStream(file(locale))) {
      assertThat(in).as(file(locale)).isNotNull();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    }
    return properties;
  }

  /** The keys in the order they are written, continuation lines followed, to catch duplicates. */
  private static List<String> keysAsWritten(Locale locale) throws IOException {
    List<String> keys = new ArrayList<>();
    try (InputStream in = ModelLabels.class.getClassLoader().getResourceAsStream(file(locale));
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean continued = false;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String stripped = line.strip();
        boolean startsEntry =
            !continued
                && !stripped.isEmpty()
                && !stripped.startsWith("#")
                && !stripped.startsWith("!");
        if (startsEntry) {
          keys.add(stripped.split("\\s*[=:\\s]", 2)[0]);
        }
        boolean comment = !continued && (stripped.startsWith("#") || stripped.startsWith("!"));
        continued = !comment && endsWithOddBackslashes(line);
      }
    }
    return keys;
  }

  private static boolean endsWithOddBackslashes(String line) {
    int count = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      count++;
    }
    return count % 2 == 1;
  }

  private static String dayDescription(DayOfWeek day, Locale locale) {
    ResourceBundle bundle = Languages.bundle(BUNDLE, locale, ModelLabels.class.getClassLoader());
    return bundle.getString("constant.DayOfWeek." + day.name() + ".description");
  }

  /** Every key the model calls for, computed from the classes on disk. */
  private static Set<String> expectedKeys() throws IOException, URISyntaxException {
    Set<String> keys = new TreeSet<>();
    for (Class<?> type : valueTypes().collect(Collectors.toList())) {
      keys.add("type." + type.getSimpleName() + ".title");
      keys.add("type." + type.getSimpleName() + ".description");
      for (String property : properties(type)) {
        keys.add("property." + type.getSimpleName() + "." + property + ".title");
        keys.add("property." + type.getSimpleName() + "." + property + ".description");
      }
    }
    List<Class<?>> enums = labelledEnums().collect(Collectors.toCollection(ArrayList::new));
    enums.add(DayOfWeek.class);
    for (Class<?> type : enums) {
      keys.add("type." + type.getSimpleName() + ".title");
      keys.add("type." + type.getSimpleName() + ".description");
      for (Object constant : type.getEnumConstants()) {
        keys.add(
            "constant."
                + type.getSimpleName()
                + "."
                + ((Enum<?>) constant).name()
                + ".description");
      }
    }
    return keys;
  }

  private static void assertText(String text, String what) {
    assertThat(text).as(what).isNotBlank();
    for (String placeholder : PLACEHOLDERS) {
      assertThat(text.toLowerCase(Locale.ROOT))
          .as("%s has no placeholder", what)
          .doesNotContain(placeholder);
    }
  }

  // ---- tests ----

  @Test
  void propertiesAreTheGettersIncludingDefaultsButNotHelperMethods() {
    assertThat(properties(ServiceStandard.class))
        .contains("id", "requirements", "noRequirements", "emptyComponents", "extensions")
        .doesNotContain("fills", "lists", "filledComponents", "builder");
    assertThat(properties(CompletionTime.class))
        .contains("maximumPlus")
        .doesNotContain("maximumParts");
    assertThat(properties(Channel.class)).contains("atProviderAddress", "additionalKinds");
    assertThat(properties(StandardsCatalog.class)).contains("status");
    assertThat(properties(Rupiah.class)).containsExactly("amount");
    assertThat(properties(WorkingTime.class))
        .containsExactlyInAnyOrder("minutesPerDay", "daysPerWeek");
    assertThat(properties(TimeSpan.class)).containsExactlyInAnyOrder("amount", "unit");
  }

  @ParameterizedTest
  @MethodSource({"valueTypes", "labelledEnums"})
  void everyValueTypeAndLabelledEnumHasATitleAndADescriptionInBothLanguages(Class<?> type) {
    assertBilingual(
        type.getSimpleName(),
        locale -> ModelLabels.typeTitle(type, locale),
        locale -> ModelLabels.typeDescription(type, locale));
  }

  @ParameterizedTest
  @MethodSource("valueTypes")
  void everyPropertyOfAValueTypeHasATitleAndADescriptionInBothLanguages(Class<?> type) {
    List<String> properties = properties(type);
    assertThat(properties).as("properties of %s", type.getSimpleName()).isNotEmpty();
    for (String property : properties) {
      assertBilingual(
          type.getSimpleName() + "." + property,
          locale -> ModelLabels.propertyTitle(type, property, locale),
          locale -> ModelLabels.propertyDescription(type, property, locale));
    }
  }

  /** A title and a description in both languages, none blank, the descriptions different. */
  private static void assertBilingual(
      String what,
      java.util.function.Function<Locale, String> title,
      java.util.function.Function<Locale, String> description) {
    assertText(title.apply(INDONESIAN), what + " title id");
    assertText(title.apply(ENGLISH), what + " title en");
    String id = description.apply(INDONESIAN);
    String en = description.apply(ENGLISH);
    assertText(id, what + " description id");
    assertText(en, what + " description en");
    assertThat(id).as("%s descriptions differ by language", what).isNotEqualTo(en);
  }

  @ParameterizedTest
  @MethodSource("labelledEnums")
  void everyEnumConstantHasADescriptionInBothLanguagesThatDiffer(Class<?> type) {
    for (Object constant : type.getEnumConstants()) {
      Labelled labelled = (Labelled) constant;
      String what = type.getSimpleName() + "." + labelled.name();
      String id = labelled.description(INDONESIAN);
      String en = labelled.description(ENGLISH);
      assertText(id, what + " id");
      assertText(en, what + " en");
      assertThat(id).as("%s descriptions differ by language", what).isNotEqualTo(en);
      assertThat(labelled.description(Locale.US)).isEqualTo(en);
      assertThat(labelled.description(Locale.forLanguageTag("id-ID"))).isEqualTo(id);
    }
  }

  @Test
  void theDaysOfTheWeekHaveATypeTitleAndConstantDescriptionsInBothLanguages() {
    assertText(ModelLabels.typeTitle(DayOfWeek.class, INDONESIAN), "DayOfWeek title id");
    assertText(ModelLabels.typeTitle(DayOfWeek.class, ENGLISH), "DayOfWeek title en");
    assertThat(ModelLabels.typeDescription(DayOfWeek.class, INDONESIAN))
        .isNotBlank()
        .isNotEqualTo(ModelLabels.typeDescription(DayOfWeek.class, ENGLISH));
    for (DayOfWeek day : DayOfWeek.values()) {
      String id = dayDescription(day, INDONESIAN);
      String en = dayDescription(day, ENGLISH);
      assertText(id, day + " id");
      assertText(en, day + " en");
      assertThat(id).as("%s descriptions differ by language", day).isNotEqualTo(en);
    }
    assertThat(dayDescription(DayOfWeek.MONDAY, INDONESIAN)).contains("Senin");
    assertThat(dayDescription(DayOfWeek.MONDAY, ENGLISH)).contains("Monday");
  }

  @Test
  void bothBundleFilesHoldExactlyTheKeysTheModelCallsFor() throws Exception {
    Set<String> expected = expectedKeys();
    Set<String> indonesian = read(INDONESIAN).stringPropertyNames();
    Set<String> english = read(ENGLISH).stringPropertyNames();

    assertThat(difference(expected, indonesian))
        .as("keys missing from %s", file(INDONESIAN))
        .isEmpty();
    assertThat(difference(expected, english)).as("keys missing from %s", file(ENGLISH)).isEmpty();
    assertThat(difference(indonesian, expected)).as("stale keys in %s", file(INDONESIAN)).isEmpty();
    assertThat(difference(english, expected)).as("stale keys in %s", file(ENGLISH)).isEmpty();
    assertThat(english).as("both files have the same keys").isEqualTo(indonesian);
  }

  private static Set<String> difference(Set<String> from, Set<String> remove) {
    Set<String> result = new TreeSet<>(from);
    result.removeAll(remove);
    return result;
  }

  @Test
  void noKeyIsWrittenTwiceInEitherFile() throws IOException {
    for (Locale locale : List.of(INDONESIAN, ENGLISH)) {
      List<String> keys = keysAsWritten(locale);
      Set<String> seen = new HashSet<>();
      List<String> duplicates =
          keys.stream().filter(k -> !seen.add(k)).collect(Collectors.toList());
      assertThat(keys).as("keys of %s", file(locale)).isNotEmpty();
      assertThat(duplicates).as("duplicate keys in %s", file(locale)).isEmpty();
    }
  }

  @Test
  void englishTextsComeFromTheEnglishFileAndNotFromTheIndonesianFallback() throws IOException {
    Properties indonesian = read(INDONESIAN);
    Properties english = read(ENGLISH);
    for (String key : english.stringPropertyNames()) {
      if (key.endsWith(".description")) {
        assertThat(english.getProperty(key)).as(key).isNotEqualTo(indonesian.getProperty(key));
      }
    }
  }

  @Test
  void titlesMatchTheExamplesOfTheApiAndTheComponentLabels() {
    assertThat(ModelLabels.typeTitle(ServiceStandard.class, INDONESIAN))
        .isEqualTo("Standar pelayanan");
    assertThat(ModelLabels.typeTitle(ServiceStandard.class, ENGLISH)).isEqualTo("Service standard");
    assertThat(ModelLabels.propertyTitle(ServiceStandard.class, "requirements", INDONESIAN))
        .isEqualTo("Persyaratan");
    assertThat(ModelLabels.propertyTitle(ServiceStandard.class, "requirements", ENGLISH))
        .isEqualTo("Requirements");
    assertThat(ModelLabels.propertyTitle(ServiceStandard.class, "completionTime", INDONESIAN))
        .isEqualTo("Jangka waktu penyelesaian");
    assertThat(ModelLabels.propertyTitle(ServiceStandard.class, "completionTime", ENGLISH))
        .isEqualTo("Completion time");
    for (Component component : Component.values()) {
      assertThat(ModelLabels.propertyTitle(ServiceStandard.class, component.property(), INDONESIAN))
          .as("title of %s", component.property())
          .isEqualToIgnoringCase(component.labelIndonesian());
    }
    assertThat(
            ModelLabels.propertyTitle(
                ServiceStandard.class, "requirements", Locale.forLanguageTag("id-ID")))
        .isEqualTo("Persyaratan");
    assertThat(ModelLabels.propertyTitle(ServiceStandard.class, "requirements", Locale.UK))
        .isEqualTo("Requirements");
  }

  @Test
  void timesOfDayAndDatesTellTheirFormat() {
    assertThat(ModelLabels.propertyDescription(ServicePeriod.class, "opens", INDONESIAN))
        .contains("HH:MM");
    assertThat(ModelLabels.propertyDescription(TimeWindow.class, "end", ENGLISH)).contains("HH:MM");
    assertThat(ModelLabels.propertyDescription(Decree.class, "date", INDONESIAN))
        .contains("YYYY-MM-DD");
    assertThat(ModelLabels.propertyDescription(StandardsCatalog.class, "effectiveDate", ENGLISH))
        .contains("YYYY-MM-DD");
  }

  @Test
  void anUnknownTypeOrPropertyHasNoText() {
    assertThatThrownBy(() -> ModelLabels.typeTitle(String.class, INDONESIAN))
        .isInstanceOf(MissingResourceException.class);
    assertThatThrownBy(() -> ModelLabels.propertyTitle(ServiceStandard.class, "fills", ENGLISH))
        .isInstanceOf(MissingResourceException.class);
    assertThatThrownBy(
            () ->
                ModelLabels.propertyDescription(ImmutableServiceStandard.class, "name", INDONESIAN))
        .isInstanceOf(MissingResourceException.class);
  }
}
