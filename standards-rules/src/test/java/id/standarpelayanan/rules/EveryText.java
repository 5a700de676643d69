package id.standarpelayanan.rules;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Rewrites every text of a model value, found by reflection over the Immutables classes of the
 * model: each {@code String}, {@code Optional<String>} and {@code List<String>} attribute of the
 * value and of every value inside it (steps, channels, legal references…), ids included, the {@code
 * extensions} map left alone. A text whose new value the builder refuses keeps its old one.
 */
final class EveryText {

  private static final String MODEL = "id.standarpelayanan.model.";

  private EveryText() {}

  /**
   * Returns a copy of a value with its texts replaced.
   *
   * @param value a model value (a catalogue, a standard…)
   * @param replacement given the running number of a text (0, 1, 2… in visiting order) and the
   *     text, returns the new text
   * @return the copy
   */
  @SuppressWarnings("unchecked")
  static <T> T replace(T value, BiFunction<Integer, String, String> replacement) {
    return (T) rewrite(value, replacement, new AtomicInteger());
  }

  private static Object rewrite(
      Object value, BiFunction<Integer, String, String> replacement, AtomicInteger count) {
    if (value instanceof String text) {
      return replacement.apply(count.getAndIncrement(), text);
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(element -> rewrite(element, replacement, count));
    }
    if (value instanceof List<?> list) {
      List<Object> rewritten = new ArrayList<>();
      list.forEach(element -> rewritten.add(rewrite(element, replacement, count)));
      return rewritten;
    }
    if (value == null
        || value instanceof Map
        || value instanceof Enum
        || !value.getClass().getName().startsWith(MODEL + "Immutable")) {
      return value;
    }
    Object current = value;
    for (Method getter : value.getClass().getMethods()) {
      String attribute = attribute(getter);
      if (attribute == null) {
        continue;
      }
      Object old = invoke(getter, current);
      Object updated = rewrite(old, replacement, count);
      if (updated == old) {
        continue;
      }
      Method wither = wither(current.getClass(), attribute, getter.getReturnType());
      if (wither == null) {
        continue;
      }
      try {
        current = wither.invoke(current, updated);
      } catch (InvocationTargetException e) {
        if (!(e.getCause() instanceof RuntimeException)) {
          throw new AssertionError(e.getCause());
        }
        // the builder refuses this text (a precondition): keep the old one
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
    return current;
  }

  private static String attribute(Method getter) {
    if (getter.getParameterCount() != 0
        || Modifier.isStatic(getter.getModifiers())
        || getter.getDeclaringClass() == Object.class) {
      return null;
    }
    String name = getter.getName();
    if (name.startsWith("get") && name.length() > 3) {
      return name.substring(3);
    }
    return null;
  }

  private static Method wither(Class<?> type, String attribute, Class<?> valueType) {
    Class<?> wanted = valueType == List.class ? Iterable.class : valueType;
    for (Method method : type.getMethods()) {
      if (method.getName().equals("with" + attribute)
          && method.getParameterCount() == 1
          && method.getParameterTypes()[0] == wanted) {
        return method;
      }
    }
    return null;
  }

  private static Object invoke(Method getter, Object target) {
    try {
      return getter.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(getter + " failed", e);
    }
  }
}
