package id.standarpelayanan.model;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.fixtures.KanwilAcehFixtures;
import jakarta.validation.Path;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every public method the model's authors wrote (static factories, default methods of the value
 * types, the utility classes) fails fast on a null argument with a {@link NullPointerException}
 * whose message is the documented parameter's name. The builders and {@code with…} methods that
 * Immutables generates are its own (they name the attribute) and are not walked here.
 */
class NullArgumentsTest {

  /** A valid argument for each parameter type the API takes. */
  private static final Map<Class<?>, Supplier<Object>> SAMPLES =
      Map.ofEntries(
          Map.entry(Locale.class, () -> Locale.ENGLISH),
          Map.entry(String.class, () -> "name"),
          Map.entry(CharSequence.class, () -> "name"),
          Map.entry(Class.class, () -> ServiceStandard.class),
          Map.entry(ClassLoader.class, () -> NullArgumentsTest.class.getClassLoader()),
          Map.entry(Module.class, () -> NullArgumentsTest.class.getModule()),
          Map.entry(TimeSpan.class, () -> TimeSpan.ofMinutes(5)),
          Map.entry(DurationUnit.class, () -> DurationUnit.HOURS),
          Map.entry(Iterable.class, () -> List.of(TimeSpan.ofMinutes(1))),
          Map.entry(Component.class, () -> Component.FEE),
          Map.entry(ComponentGroup.class, () -> ComponentGroup.values()[0]),
          Map.entry(Rupiah.class, () -> Rupiah.of(1)),
          Map.entry(LocalTime.class, () -> LocalTime.of(8, 0)),
          Map.entry(LocalDate.class, () -> LocalDate.of(2024, 1, 1)),
          Map.entry(Pointer.class, () -> Pointer.parse("/fee")),
          Map.entry(
              Path.class,
              () ->
                  ModelValidation.validator()
                      .validate(
                          ImmutableServiceStandard.copyOf(KanwilAcehFixtures.legalisasiIjazah())
                              .withName(" "))
                      .iterator()
                      .next()
                      .getPropertyPath()));

  /** An instance to call each value type's default methods on. */
  private static final Map<Class<?>, Supplier<Object>> INSTANCES =
      Map.of(
          WorkingTime.class, WorkingTime::standard,
          Rupiah.class, () -> Rupiah.of(1),
          ServiceStandard.class, KanwilAcehFixtures::legalisasiIjazah,
          Labelled.class, () -> Component.FEE,
          Pointer.class, () -> Pointer.parse("/standards/0"),
          CompletionTime.class,
              () -> CompletionTime.builder().setMaximum(TimeSpan.ofMinutes(5)).build());

  @Test
  void everyHandWrittenPublicMethodNamesItsNullParameter() throws Exception {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : apiTypes()) {
      for (Method method : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(method.getModifiers())
            || method.isSynthetic()
            || method.getDeclaringClass().getSimpleName().startsWith("Immutable")
            || (type.isEnum() && method.getName().equals("valueOf"))
            || method.getName().equals("equals")) {
          // valueOf(String) of an enum is the JDK's; equals(null) is false by Object's contract
          continue;
        }
        boolean isStatic = Modifier.isStatic(method.getModifiers());
        if (!isStatic && !method.isDefault() && !(type.isEnum() || !type.isInterface())) {
          continue; // an abstract attribute: implemented by Immutables
        }
        Parameter[] parameters = method.getParameters();
        if (!isStatic
            && !INSTANCES.containsKey(type)
            && java.util.Arrays.stream(parameters).anyMatch(p -> !p.getType().isPrimitive())) {
          if (!type.isEnum()) {
            failures.add(
                "no instance of " + type.getSimpleName() + " to call " + method.getName() + " on");
            continue;
          }
        }
        for (int i = 0; i < parameters.length; i++) {
          if (parameters[i].getType().isPrimitive()) {
            continue;
          }
          checked++;
          Object target =
              isStatic
                  ? null
                  : type.isEnum() && !INSTANCES.containsKey(type)
                      ? type.getEnumConstants()[0]
                      : INSTANCES.get(type).get();
          String problem = nullAt(method, target, i);
          if (problem != null) {
            failures.add(
                type.getSimpleName()
                    + "."
                    + method.getName()
                    + "("
                    + parameters[i].getName()
                    + "): "
                    + problem);
          }
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(checked).as("the walk reaches the API").isGreaterThanOrEqualTo(40);
  }

  /** Every public type of the model's API packages that its authors wrote (not Immutables). */
  private static List<Class<?>> apiTypes() {
    List<Class<?>> types = new ArrayList<>();
    new com.tngtech.archunit.core.importer.ClassFileImporter()
            .withImportOption(
                com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.standarpelayanan.model")
            .stream()
            .filter(
                c ->
                    c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
            .filter(
                c ->
                    !c.getPackageName().contains(".internal")
                        && !c.getSimpleName().startsWith("Immutable")
                        && !c.isNestedClass()
                        && !c.isAnnotation())
            .forEach(c -> types.add(c.reflect()));
    assertThat(types)
        .contains(ModelValidation.class, WorkingTime.class, ServiceStandard.class, Component.class);
    return types;
  }

  /** Calls with null at one position; returns what went wrong, or null when the NPE names it. */
  static String nullAt(Executable executable, Object target, int position) throws Exception {
    Parameter[] parameters = executable.getParameters();
    Object[] arguments = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      if (i == position) {
        continue;
      }
      Supplier<Object> sample = SAMPLES.get(parameters[i].getType());
      if (parameters[i].getType().isPrimitive()) {
        arguments[i] = parameters[i].getType() == boolean.class ? false : 1;
      } else if (sample == null) {
        return "no sample of " + parameters[i].getType().getName();
      } else {
        arguments[i] = sample.get();
      }
    }
    try {
      ((Method) executable).invoke(target, arguments);
      return "returned normally";
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof NullPointerException
          && parameters[position].getName().equals(cause.getMessage())) {
        return null;
      }
      return cause.toString();
    }
  }

  @Test
  void optionalIsNeverAParameter() {
    for (Class<?> type : apiTypes()) {
      for (Method method : type.getMethods()) {
        for (Class<?> parameter : method.getParameterTypes()) {
          assertThat(parameter)
              .as("%s.%s", type.getSimpleName(), method.getName())
              .isNotEqualTo(Optional.class);
        }
      }
    }
  }
}
