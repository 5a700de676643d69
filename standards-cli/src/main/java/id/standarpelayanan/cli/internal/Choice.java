package id.standarpelayanan.cli.internal;

import id.standarpelayanan.model.internal.text.Printable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses one of an enum's values as users type it: its {@code toString()} form in any case. A value
 * that is none of them is refused with the choices in the form users type ({@code [text, json,
 * sarif]}), where picocli's own enum parsing would list the upper-case constant names.
 *
 * @param <E> the enum
 */
public final class Choice<E extends Enum<E>> implements ITypeConverter<E> {

  private final E[] values;

  private Choice(Class<E> type) {
    this.values = Objects.requireNonNull(type, "type").getEnumConstants();
  }

  /**
   * Returns the converter of an enum's values.
   *
   * @param type the enum
   * @param <E> the enum
   * @return its converter
   */
  public static <E extends Enum<E>> Choice<E> of(Class<E> type) {
    return new Choice<>(type);
  }

  /**
   * Registers the converter of every enum that an option or parameter of a command line or of its
   * subcommands takes, so that no choice falls back to picocli's own enum parsing.
   *
   * @param line the command line, with its subcommands
   * @return {@code line}
   */
  public static CommandLine registerAll(CommandLine line) {
    Set<Class<?>> types = new LinkedHashSet<>();
    collect(line, types);
    types.forEach(type -> register(line, type));
    return line;
  }

  private static void collect(CommandLine line, Set<Class<?>> types) {
    for (ArgSpec arg : line.getCommandSpec().args()) {
      if (arg.type().isEnum()) {
        types.add(arg.type());
      }
    }
    line.getSubcommands().values().forEach(sub -> collect(sub, types));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void register(CommandLine line, Class<?> type) {
    Class<? extends Enum> enumType = type.asSubclass(Enum.class);
    line.registerConverter(enumType, of(enumType));
  }

  @Override
  public E convert(String value) {
    for (E candidate : values) {
      if (candidate.toString().equalsIgnoreCase(value)) {
        return candidate;
      }
    }
    throw new Refused(Arrays.stream(values).map(E::toString).toList(), value);
  }

  /**
   * A value that is none of the choices, with the choices as users type them and the value as it
   * was given, so that the tool can tell the user in their language. Its message is picocli's
   * English one: {@code expected one of [text, json, sarif] (case-insensitive) but was 'xml'}, the
   * value escaped.
   */
  public static final class Refused extends TypeConversionException {

    private static final long serialVersionUID = 1L;

    /** The choices; a {@code List.of} copy, serializable. */
    private final List<String> choices;

    /** The value as it was given, not escaped. */
    private final String value;

    Refused(List<String> choices, String value) {
      super(
          "expected one of "
              + choices.stream().collect(Collectors.joining(", ", "[", "]"))
              + " (case-insensitive) but was '"
              + Printable.of(value)
              + "'");
      this.choices = List.copyOf(choices);
      this.value = value;
    }

    /**
     * Returns the choices, as users type them, in their declared order.
     *
     * @return the choices, not empty
     */
    public List<String> choices() {
      return choices;
    }

    /**
     * Returns the value as it was given, not escaped: escape it before printing it.
     *
     * @return the value
     */
    public String value() {
      return value;
    }
  }
}
