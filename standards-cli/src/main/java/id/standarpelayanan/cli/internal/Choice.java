package id.standarpelayanan.cli.internal;

import id.standarpelayanan.model.internal.text.Printable;
import java.util.Arrays;
import java.util.LinkedHashSet;
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
    throw new TypeConversionException(
        "expected one of "
            + Arrays.stream(values).map(E::toString).collect(Collectors.joining(", ", "[", "]"))
            + " (case-insensitive) but was '"
            + Printable.of(value)
            + "'");
  }
}
