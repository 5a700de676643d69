package id.standarpelayanan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.Principle;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.WorkingTime;
import id.standarpelayanan.rules.example.UnitStatedRule;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Null arguments fail fast with a {@link NullPointerException} naming the documented parameter, for
 * every public method and constructor of the API (found by reflection); extreme clocks and periods
 * are refused when the checker or profile is built.
 */
class NullArgumentsTest {

  private static final Map<Class<?>, Supplier<Object>> SAMPLES =
      Map.ofEntries(
          Map.entry(String.class, () -> "acme"),
          Map.entry(Locale.class, () -> Locale.ENGLISH),
          Map.entry(Clock.class, () -> Fixtures.CLOCK),
          Map.entry(Profile.class, Profile::law25Of2009),
          Map.entry(Rule.class, UnitStatedRule::new),
          Map.entry(Collection.class, List::of),
          Map.entry(List.class, List::of),
          Map.entry(ClassLoader.class, () -> NullArgumentsTest.class.getClassLoader()),
          Map.entry(String[].class, () -> new String[0]),
          Map.entry(Severity.class, () -> Severity.INFO),
          Map.entry(FindingSource.class, () -> FindingSource.RULE),
          Map.entry(WorkingTime.class, WorkingTime::standard),
          Map.entry(Period.class, () -> Period.ofMonths(1)),
          Map.entry(Optional.class, Optional::empty),
          Map.entry(StandardsCatalog.class, Fixtures::catalog),
          Map.entry(ServiceStandard.class, Fixtures::standard),
          Map.entry(Map.class, () -> new EnumMap<Component, CompletenessStatus>(Component.class)),
          Map.entry(Pointer.class, () -> Pointer.parse("/acme")),
          Map.entry(Object.class, () -> "object"));

  private static Object receiver(Class<?> type) {
    if (type == Checker.class) {
      return Fixtures.checker();
    }
    if (type == Checker.Builder.class) {
      return Checker.builder();
    }
    if (type == Profile.class) {
      return Profile.law25Of2009();
    }
    if (type == Profile.Builder.class) {
      return Profile.law25Of2009().toBuilder();
    }
    if (type == Report.class) {
      return Fixtures.checker().check(Fixtures.standard());
    }
    if (type == StandardReport.class) {
      return Fixtures.checker().check(Fixtures.standard()).standards().get(0);
    }
    if (type == Finding.class) {
      return new Finding(
          "acme",
          Severity.INFO,
          FindingSource.RULE,
          "",
          Optional.<Principle>empty(),
          Optional.<Component>empty(),
          "m",
          List.of());
    }
    if (type == Severity.class) {
      return Severity.ERROR;
    }
    if (type == CompletenessStatus.class) {
      return CompletenessStatus.COMPLETE;
    }
    throw new AssertionError("no receiver for " + type);
  }

  @Test
  void everyPublicMethodNamesItsNullParameter() {
    List<Executable> executables = new ArrayList<>();
    for (Class<?> type :
        List.of(
            Checker.class,
            Checker.Builder.class,
            Profile.class,
            Profile.Builder.class,
            Report.class,
            StandardReport.class,
            Finding.class,
            Severity.class,
            CompletenessStatus.class)) {
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers())
            && !method.getName().equals("equals")
            && !method.getName().equals("valueOf")
            && !method.isSynthetic()) {
          executables.add(method);
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (Modifier.isPublic(constructor.getModifiers())) {
          executables.add(constructor);
        }
      }
    }
    int checked = 0;
    for (Executable executable : executables) {
      Parameter[] parameters = executable.getParameters();
      for (int n = 0; n < parameters.length; n++) {
        if (parameters[n].getType().isPrimitive()) {
          continue;
        }
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
          arguments[i] = i == n ? null : sample(executable, parameters[i]);
        }
        String name = parameters[n].getName();
        Throwable thrown = invoke(executable, arguments);
        assertThat(thrown)
            .as("%s with %s null", executable, name)
            .isInstanceOf(NullPointerException.class);
        assertThat(thrown.getMessage()).as("%s with %s null", executable, name).isEqualTo(name);
        checked++;
      }
    }
    assertThat(checked).as("parameters checked").isGreaterThan(20);
  }

  private static Object sample(Executable executable, Parameter parameter) {
    Class<?> type = parameter.getType();
    if (type == String.class
        && (parameter.getName().equals("pointer") || parameter.getName().equals("prefix"))) {
      return "/acme"; // a JSON Pointer in its string form
    }
    if (type.isPrimitive()) {
      return type == boolean.class ? false : 0;
    }
    Supplier<Object> sample = SAMPLES.get(type);
    if (sample == null) {
      fail("no sample value of " + type + " for " + executable);
    }
    return sample.get();
  }

  private static Throwable invoke(Executable executable, Object[] arguments) {
    try {
      if (executable instanceof Method method) {
        method.invoke(
            Modifier.isStatic(method.getModifiers()) ? null : receiver(method.getDeclaringClass()),
            arguments);
      } else {
        ((Constructor<?>) executable).newInstance(arguments);
      }
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void extremeClocksAreRefusedWhenTheCheckerIsBuilt() {
    for (Instant instant :
        List.of(
            Instant.MAX,
            Instant.MIN,
            Instant.parse("+999999999-01-01T00:00:00Z"),
            Instant.parse("1899-12-31T00:00:00Z"),
            Instant.parse("9999-12-31T12:00:00Z"))) {
      Checker.Builder builder = Checker.builder().clock(Clock.fixed(instant, ZoneOffset.UTC));
      assertThatThrownBy(builder::build)
          .as("%s", instant)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(instant.toString())
          .hasMessageContaining("Checker.Builder.clock");
    }
    for (Instant instant : List.of(Checker.EARLIEST_CLOCK, Checker.LATEST_CLOCK)) {
      for (ZoneOffset zone : List.of(ZoneOffset.MIN, ZoneOffset.MAX)) {
        Checker checker = Checker.builder().clock(Clock.fixed(instant, zone)).build();
        assertThat(checker.check(Fixtures.catalog()).standards())
            .hasSize(Fixtures.catalog().getStandards().size());
      }
    }
  }

  @Test
  void extremeEvaluationAgesAreRefusedWhenTheProfileIsBuilt() {
    for (Period age :
        List.of(
            Period.ofYears(Integer.MAX_VALUE),
            Period.ofMonths(Integer.MAX_VALUE),
            Period.ofDays(Integer.MAX_VALUE),
            Period.ofYears(101),
            Period.of(100, 1, 0),
            Period.ofDays(36_526))) {
      assertThatThrownBy(() -> Profile.builder("acme").maximumEvaluationAge(age))
          .as("%s", age)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(age.toString());
    }
    for (Period age : List.of(Period.ofYears(-1), Period.of(1, -1, 0))) {
      assertThatThrownBy(() -> Profile.builder("acme").maximumEvaluationAge(age))
          .isInstanceOf(IllegalArgumentException.class);
    }
    Profile longest =
        Profile.law25Of2009().toBuilder()
            .name("acme")
            .maximumEvaluationAge(Period.of(Profile.LONGEST_AGE_YEARS, 0, Profile.LONGEST_AGE_DAYS))
            .build();
    Checker latest =
        Checker.builder()
            .profile(longest)
            .clock(Clock.fixed(Checker.LATEST_CLOCK, ZoneOffset.MAX))
            .build();
    Report report =
        latest.check(Fixtures.catalog().withLastEvaluationDate(java.time.LocalDate.MAX));
    assertThat(report.findings()).noneMatch(f -> f.ruleId().equals(Checker.RULE_FAILED));
  }
}
