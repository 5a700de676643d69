package id.standarpelayanan.rules;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.Principle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One problem found in a standard or a catalogue: which rule found it, how serious it is, where it
 * is and what to do, in the report's language.
 *
 * <p>The {@link #path() path} is the RFC 6901 JSON Pointer of the place in the document as the JSON
 * codec writes it ({@code /standards/2/procedure/steps/0/duration}); for {@code
 * Checker.check(ServiceStandard)} it is relative to the standard ({@code /procedure/steps/0}).
 * {@link #pointer()} is the same pointer as a string, {@code ""} for the whole document.
 *
 * <p>{@code arguments} are the values the message was formatted from, in the order of the message's
 * {@code {0}}, {@code {1}}…, independent of the language: {@link String}s, {@link Integer}s and
 * {@link Long}s, the model's enum constants (such as {@code VulnerableGroup}), {@code TimeSpan}s,
 * {@link java.time.Period}s and unmodifiable {@link List}s of these; dates are given as ISO-8601
 * strings. A structure finding's arguments are the constraint's attributes in the order of their
 * names, without {@code message}, {@code groups} and {@code payload}: for a size limit {@code
 * Size(max = 500)} they are {@code [500, 0]}, that is max, then min.
 *
 * @param ruleId the rule's id, such as {@code sp.completeness.fee} or {@code sp.structure.size}
 * @param severity the severity, after the profile's overrides
 * @param source whether a structural constraint or a rule found it
 * @param path the JSON Pointer of the place
 * @param principle the principle concerned, {@code Principle.covering(component)}
 * @param component the component concerned, if the finding concerns one
 * @param message the message in the report's language
 * @param arguments the message's arguments
 */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public record Finding(
    String ruleId,
    Severity severity,
    FindingSource source,
    Pointer path,
    Optional<Principle> principle,
    Optional<Component> component,
    String message,
    List<Object> arguments) {

  /**
   * Makes a finding.
   *
   * @param ruleId the rule's id
   * @param severity the severity
   * @param source the source
   * @param path the JSON Pointer of the place
   * @param principle the principle concerned
   * @param component the component concerned
   * @param message the message
   * @param arguments the message's arguments, copied
   * @throws NullPointerException if any argument is null
   */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(principle, "principle");
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(message, "message");
    arguments = List.copyOf(Objects.requireNonNull(arguments, "arguments"));
  }

  /**
   * Makes a finding at a pointer given as a string.
   *
   * @param ruleId the rule's id
   * @param severity the severity
   * @param source the source
   * @param pointer the JSON Pointer as a string, {@code ""} or starting with {@code /}
   * @param principle the principle concerned
   * @param component the component concerned
   * @param message the message
   * @param arguments the message's arguments, copied
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code pointer} is not an RFC 6901 JSON Pointer (see {@link
   *     Pointer#parse(String)})
   */
  public Finding(
      String ruleId,
      Severity severity,
      FindingSource source,
      String pointer,
      Optional<Principle> principle,
      Optional<Component> component,
      String message,
      List<Object> arguments) {
    this(
        ruleId,
        severity,
        source,
        Pointer.parse(Objects.requireNonNull(pointer, "pointer")),
        principle,
        component,
        message,
        arguments);
  }

  /**
   * Returns the JSON Pointer of the place as a string: {@code path().toString()}.
   *
   * @return the RFC 6901 string, {@code ""} for the whole document
   */
  public String pointer() {
    return path.toString();
  }

  /**
   * Returns this finding with its pointer placed under a prefix, e.g. a standard's finding moved
   * into its catalogue with the prefix {@code /standards/2}.
   *
   * @param prefix the pointer of the place this finding's document sits at
   * @return the moved finding
   * @throws IllegalArgumentException if {@code prefix} is not an RFC 6901 JSON Pointer
   */
  public Finding under(String prefix) {
    return under(Pointer.parse(Objects.requireNonNull(prefix, "prefix")));
  }

  /**
   * Returns this finding with its pointer placed under a prefix, e.g. a standard's finding moved
   * into its catalogue with the prefix {@code /standards/2}.
   *
   * @param prefix the pointer of the place this finding's document sits at
   * @return the moved finding
   */
  public Finding under(Pointer prefix) {
    Objects.requireNonNull(prefix, "prefix");
    return new Finding(
        ruleId, severity, source, prefix.append(path), principle, component, message, arguments);
  }
}
