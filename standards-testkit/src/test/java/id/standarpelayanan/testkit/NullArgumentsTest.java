package id.standarpelayanan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/**
 * Every public method of the testkit's API fails fast on a null argument with a {@link
 * NullPointerException} whose message is the documented parameter's name.
 */
class NullArgumentsTest {

  private static final Map<Class<?>, Supplier<Object>> SAMPLES =
      Map.of(
          LocalDate.class, () -> StandardsArbitraries.REFERENCE_DATE,
          Arbitrary.class, () -> Arbitraries.just(StandardsArbitraries.serviceStandards().sample()),
          Class.class, () -> ServiceStandard.class,
          Component[].class, () -> new Component[] {Component.FEE},
          Defect[].class, () -> new Defect[] {Defect.VAGUE_FEE});

  @Test
  void everyPublicMethodNamesItsNullParameter() throws Exception {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    Map<Class<?>, Object> targets =
        Map.of(
            StandardsArbitraries.class, StandardsArbitraries.class,
            StandardArbitrary.class, StandardsArbitraries.standards(),
            Defect.class, Defect.VAGUE_FEE);
    for (Map.Entry<Class<?>, Object> target : targets.entrySet()) {
      for (Method method : target.getKey().getDeclaredMethods()) {
        if (!Modifier.isPublic(method.getModifiers())
            || method.isSynthetic()
            || method.getName().equals("valueOf")) {
          continue;
        }
        Parameter[] parameters = method.getParameters();
        for (int position = 0; position < parameters.length; position++) {
          if (parameters[position].getType().isPrimitive()) {
            continue;
          }
          checked++;
          Object[] arguments = new Object[parameters.length];
          for (int i = 0; i < parameters.length; i++) {
            if (i != position) {
              arguments[i] = SAMPLES.get(parameters[i].getType()).get();
            }
          }
          String name =
              target.getKey().getSimpleName()
                  + "."
                  + method.getName()
                  + "("
                  + parameters[position].getName()
                  + ")";
          try {
            method.invoke(
                Modifier.isStatic(method.getModifiers()) ? null : target.getValue(), arguments);
            failures.add(name + " returned normally");
          } catch (InvocationTargetException e) {
            if (!(e.getCause() instanceof NullPointerException npe
                && parameters[position].getName().equals(npe.getMessage()))) {
              failures.add(name + ": " + e.getCause());
            }
          }
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(checked).as("the walk reaches the API").isGreaterThanOrEqualTo(5);
  }

  @Test
  void aNullElementIsNamedToo() {
    assertThatThrownBy(() -> StandardsArbitraries.standards().without(Component.FEE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("component");
    assertThatThrownBy(() -> StandardsArbitraries.standards().with((Defect) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("defect");
  }
}
