package id.standarpelayanan.diff;

import id.standarpelayanan.diff.internal.Display;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.Principle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One change between two versions of a document: what was done ({@link #kind()}), what it means
 * ({@link #meaning()}) and for the public ({@link #effect()}), where (the service, the component,
 * the pointers into the old and the new canonical JSON) and the values before and after.
 *
 * <p>Immutable. Pointers follow the library's one path language, RFC 6901 over the canonical JSON
 * that {@code StandardsJson} writes, as rule findings use; an added item has only a new pointer, a
 * removed item only an old one. Values are canonical JSON texts ({@link #before()}, {@link
 * #after()}) and display texts in a language ({@link #beforeText(Locale)}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Change {

  private final ChangeKind kind;
  private final Meaning meaning;
  private final Optional<Component> component;
  private final Optional<String> oldServiceId;
  private final Optional<String> newServiceId;
  private final Optional<String> oldServiceName;
  private final Optional<String> newServiceName;
  private final Optional<Pointer> oldPointer;
  private final Optional<Pointer> newPointer;
  private final Optional<String> before;
  private final Optional<String> after;

  private Change(Builder b) {
    this.kind = Objects.requireNonNull(b.kind, "kind");
    this.meaning = Objects.requireNonNull(b.meaning, "meaning");
    this.component = b.component;
    this.oldServiceId = b.oldServiceId;
    this.newServiceId = b.newServiceId;
    this.oldServiceName = b.oldServiceName;
    this.newServiceName = b.newServiceName;
    this.oldPointer = b.oldPointer;
    this.newPointer = b.newPointer;
    this.before = b.before;
    this.after = b.after;
    if (oldPointer.isEmpty() && newPointer.isEmpty()) {
      throw new IllegalArgumentException("a change needs an old or a new pointer");
    }
  }

  /**
   * Starts a change; {@link Comparison} makes them, integrators' tests (an update rule's) may too.
   *
   * @param kind the operation
   * @param meaning the meaning, which gives the effect
   * @return a builder
   */
  public static Builder builder(ChangeKind kind, Meaning meaning) {
    return new Builder(kind, meaning);
  }

  /**
   * Returns the operation.
   *
   * @return the kind
   */
  public ChangeKind kind() {
    return kind;
  }

  /**
   * Returns the specific meaning ({@link Meaning#REWORDED} or {@link Meaning#VALUE_CHANGED} where
   * the model gives none).
   *
   * @return the meaning
   */
  public Meaning meaning() {
    return meaning;
  }

  /**
   * Returns the effect on the public, the meaning's.
   *
   * @return the effect
   */
  public Effect effect() {
    return meaning.effect();
  }

  /**
   * Tells whether this change burdens the public (the question of the update rule on public
   * consultation).
   *
   * @return whether the effect is {@link Effect#BURDENS}
   */
  public boolean burdensPublic() {
    return effect() == Effect.BURDENS;
  }

  /**
   * Returns the component of the standard the change concerns; empty for the catalogue's own fields
   * and for a standard's fields outside the fourteen components (name, delivery channels, service
   * hours) and for a whole service added, withdrawn or renamed.
   *
   * @return the component
   */
  public Optional<Component> component() {
    return component;
  }

  /**
   * Returns the principle covering the component.
   *
   * @return the principle, empty when the component is
   */
  public Optional<Principle> principle() {
    return component.flatMap(Principle::covering);
  }

  /**
   * Returns the id of the service concerned: in the new version, else in the old one; empty for a
   * catalogue's own fields.
   *
   * @return the service's id
   */
  public Optional<String> serviceId() {
    return newServiceId.isPresent() ? newServiceId : oldServiceId;
  }

  /**
   * Returns the name of the service concerned, in the new version, else in the old one.
   *
   * @return the service's name
   */
  public Optional<String> serviceName() {
    return newServiceName.isPresent() ? newServiceName : oldServiceName;
  }

  /**
   * Returns the id of the service concerned in the old version.
   *
   * @return the old id, empty for an added service and a catalogue's own fields
   */
  public Optional<String> oldServiceId() {
    return oldServiceId;
  }

  /**
   * Returns the id of the service concerned in the new version.
   *
   * @return the new id, empty for a withdrawn service and a catalogue's own fields
   */
  public Optional<String> newServiceId() {
    return newServiceId;
  }

  /**
   * Returns where the change is in the old document.
   *
   * @return the pointer, empty for something added
   */
  public Optional<Pointer> oldPointer() {
    return oldPointer;
  }

  /**
   * Returns where the change is in the new document.
   *
   * @return the pointer, empty for something removed
   */
  public Optional<Pointer> newPointer() {
    return newPointer;
  }

  /**
   * Returns the pointer to show: the new one, else the old one.
   *
   * @return the pointer
   */
  public Pointer pointer() {
    return newPointer.orElseGet(oldPointer::orElseThrow);
  }

  /**
   * Returns the value before, as canonical JSON text (for a reorder: the items' labels in the old
   * order, as a JSON array).
   *
   * @return the JSON, empty for something added
   */
  public Optional<String> before() {
    return before;
  }

  /**
   * Returns the value after, as canonical JSON text.
   *
   * @return the JSON, empty for something removed
   */
  public Optional<String> after() {
    return after;
  }

  /**
   * Returns the value before as a person reads it, in the language of {@code locale} (units and
   * amounts in words, a constant of the model's enumerations by its label where the pointer's field
   * holds one, an ISO date in the language's long form, an object by its name or description); text
   * from the document unescaped: writers escape it.
   *
   * @param locale the language
   * @return the text, empty for something added
   */
  public Optional<String> beforeText(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return before.map(json -> Display.text(json, oldPointer, locale));
  }

  /**
   * Returns the value after as a person reads it.
   *
   * @param locale the language
   * @return the text, empty for something removed
   */
  public Optional<String> afterText(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return after.map(json -> Display.text(json, newPointer, locale));
  }

  /**
   * Returns the same change read from new to old: kinds, meanings, pointers, services and values
   * swapped. {@code compare(b, a)} gives the inverses of {@code compare(a, b)}.
   *
   * @return the inverse
   */
  public Change inverse() {
    Builder b = new Builder(kind.inverse(), meaning.inverse());
    b.component = component;
    b.oldServiceId = newServiceId;
    b.newServiceId = oldServiceId;
    b.oldServiceName = newServiceName;
    b.newServiceName = oldServiceName;
    b.oldPointer = newPointer;
    b.newPointer = oldPointer;
    b.before = after;
    b.after = before;
    return b.build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Change c
        && kind == c.kind
        && meaning == c.meaning
        && component.equals(c.component)
        && oldServiceId.equals(c.oldServiceId)
        && newServiceId.equals(c.newServiceId)
        && oldServiceName.equals(c.oldServiceName)
        && newServiceName.equals(c.newServiceName)
        && oldPointer.equals(c.oldPointer)
        && newPointer.equals(c.newPointer)
        && before.equals(c.before)
        && after.equals(c.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        kind,
        meaning,
        component,
        oldServiceId,
        newServiceId,
        oldPointer,
        newPointer,
        before,
        after);
  }

  @Override
  public String toString() {
    return kind
        + " "
        + meaning
        + " ("
        + effect()
        + ") "
        + oldPointer.map(Pointer::toString).orElse("-")
        + " -> "
        + newPointer.map(Pointer::toString).orElse("-")
        + ": "
        + before.orElse("-")
        + " -> "
        + after.orElse("-");
  }

  /** Builds a {@link Change}; every field but the kind and meaning optional. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Builder {
    private final ChangeKind kind;
    private final Meaning meaning;
    private Optional<Component> component = Optional.empty();
    private Optional<String> oldServiceId = Optional.empty();
    private Optional<String> newServiceId = Optional.empty();
    private Optional<String> oldServiceName = Optional.empty();
    private Optional<String> newServiceName = Optional.empty();
    private Optional<Pointer> oldPointer = Optional.empty();
    private Optional<Pointer> newPointer = Optional.empty();
    private Optional<String> before = Optional.empty();
    private Optional<String> after = Optional.empty();

    private Builder(ChangeKind kind, Meaning meaning) {
      this.kind = Objects.requireNonNull(kind, "kind");
      this.meaning = Objects.requireNonNull(meaning, "meaning");
    }

    /**
     * Sets the component.
     *
     * @param component the component, or empty
     * @return this builder
     */
    public Builder component(Optional<Component> component) {
      this.component = Objects.requireNonNull(component, "component");
      return this;
    }

    /**
     * Sets the service in the old version.
     *
     * @param id its id, or empty
     * @param name its name, or empty
     * @return this builder
     */
    public Builder oldService(Optional<String> id, Optional<String> name) {
      this.oldServiceId = Objects.requireNonNull(id, "id");
      this.oldServiceName = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the service in the new version.
     *
     * @param id its id, or empty
     * @param name its name, or empty
     * @return this builder
     */
    public Builder newService(Optional<String> id, Optional<String> name) {
      this.newServiceId = Objects.requireNonNull(id, "id");
      this.newServiceName = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the place and value in the old version.
     *
     * @param pointer where, in the old canonical JSON
     * @param json the value there, as canonical JSON text
     * @return this builder
     */
    public Builder before(Pointer pointer, String json) {
      this.oldPointer = Optional.of(Objects.requireNonNull(pointer, "pointer"));
      this.before = Optional.of(Objects.requireNonNull(json, "json"));
      return this;
    }

    /**
     * Sets the place and value in the new version.
     *
     * @param pointer where, in the new canonical JSON
     * @param json the value there, as canonical JSON text
     * @return this builder
     */
    public Builder after(Pointer pointer, String json) {
      this.newPointer = Optional.of(Objects.requireNonNull(pointer, "pointer"));
      this.after = Optional.of(Objects.requireNonNull(json, "json"));
      return this;
    }

    /**
     * Builds the change.
     *
     * @return the change
     * @throws IllegalArgumentException without an old or a new pointer
     */
    public Change build() {
      return new Change(this);
    }
  }
}
