package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public method of the codecs, their builders, {@link ReadLimits} and {@link
 * StandardsReadException} fails fast on a {@code null} argument with a {@link NullPointerException}
 * naming the documented parameter (compiled with {@code -parameters}), never a third-party internal
 * field.
 */
class NullArgumentsTest {

  private static final ServiceStandard STANDARD =
      ServiceStandard.builder().setId("a").setName("n").build();
  private static final StandardsCatalog CATALOG =
      StandardsCatalog.builder().addStandard(STANDARD).build();

  @Test
  void everyReferenceParameterIsCheckedByName() throws Exception {
    List<Object> targets =
        List.of(
            StandardsJson.builder().build(),
            StandardsXml.builder().build(),
            StandardsJson.builder(),
            StandardsXml.builder(),
            ReadLimits.defaults(),
            ReadLimits.builder(),
            new StandardsReadException(ReadErrorCode.MALFORMED, List.of("JSON"), "", 1, 1, -1));
    List<String> checked = new ArrayList<>();
    for (Object target : targets) {
      for (Method method : publicMethods(target.getClass())) {
        if (!method.getDeclaringClass().getPackageName().equals("id.standarpelayanan.io")
            || Modifier.isStatic(method.getModifiers())
            || method.getName().equals("equals")
            || method.isBridge()
            || method.isSynthetic()) {
          continue;
        }
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
          if (parameters[i].getType().isPrimitive()) {
            continue;
          }
          assertThat(parameters[i].isNamePresent())
              .as("compiled with -parameters: " + method)
              .isTrue();
          Object[] arguments = new Object[parameters.length];
          for (int j = 0; j < parameters.length; j++) {
            arguments[j] = j == i ? null : sample(parameters[j].getType());
          }
          String label =
              target.getClass().getSimpleName()
                  + "."
                  + method.getName()
                  + " with null "
                  + parameters[i].getName();
          Throwable thrown = null;
          method.setAccessible(true);
          try {
            Object result = method.invoke(target, arguments);
            if (result instanceof Stream<?> stream) {
              stream.close();
            }
          } catch (InvocationTargetException e) {
            thrown = e.getCause();
          }
          assertThat(thrown)
              .as(label)
              .isInstanceOf(NullPointerException.class)
              .hasMessage(parameters[i].getName());
          checked.add(label);
        }
      }
    }
    assertThat(checked).as("methods checked").hasSizeGreaterThan(40);
  }

  /** The public methods of a type declared in this package: its classes' and interfaces'. */
  private static List<Method> publicMethods(Class<?> type) {
    java.util.Map<String, Method> methods = new java.util.LinkedHashMap<>();
    for (Class<?> c = type;
        c != null && c.getPackageName().equals("id.standarpelayanan.io");
        c = c.getSuperclass()) {
      List<Class<?>> declaring = new ArrayList<>(List.of(c));
      declaring.addAll(List.of(c.getInterfaces()));
      for (Class<?> d : declaring) {
        for (Method m : d.getDeclaredMethods()) {
          if ((Modifier.isPublic(m.getModifiers()) || d.isInterface()) && !m.isSynthetic()) {
            methods.putIfAbsent(m.getName() + List.of(m.getParameterTypes()), m);
          }
        }
      }
    }
    return new ArrayList<>(methods.values());
  }

  private static Object sample(Class<?> type) {
    if (type == InputStream.class) {
      return new ByteArrayInputStream(new byte[0]);
    }
    if (type == Reader.class) {
      return new StringReader("");
    }
    if (type == String.class) {
      return "";
    }
    if (type == byte[].class) {
      return new byte[0];
    }
    if (type == OutputStream.class) {
      return new ByteArrayOutputStream();
    }
    if (type == Writer.class) {
      return new StringWriter();
    }
    if (type == StandardsCatalog.class) {
      return CATALOG;
    }
    if (type == ServiceStandard.class) {
      return STANDARD;
    }
    if (type == Consumer.class) {
      return (Consumer<Object>) e -> {};
    }
    if (type == ReadLimits.class) {
      return ReadLimits.defaults();
    }
    if (type == Locale.class) {
      return Locale.ENGLISH;
    }
    throw new IllegalArgumentException("no sample for " + type);
  }
}
