package id.standarpelayanan.diff;

import id.standarpelayanan.diff.internal.ChangeLogs;
import id.standarpelayanan.diff.internal.Versions;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The result of comparing two versions: the changes in document order (the old document's, then
 * what only the new one has), and the writers of the change log and of the JSON Patch. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Comparison {

  /**
   * The class-path resource of the JSON Schema (2020-12) of the JSON change log, in this module.
   */
  public static final String SCHEMA = "/id/standarpelayanan/diff/change-log.schema.json";

  /** What was compared. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public enum Subject {
    /** Two catalogues (a provider's standards under one decree). */
    CATALOG,
    /** Two single service standards. */
    STANDARD
  }

  private final Subject subject;
  private final Versions versions;
  private final List<Change> changes;

  Comparison(Subject subject, Versions versions) {
    this.subject = subject;
    this.versions = versions;
    this.changes = versions.changes();
  }

  /**
   * Returns what was compared.
   *
   * @return catalogues or standards
   */
  public Subject subject() {
    return subject;
  }

  /**
   * Returns the changes, in document order.
   *
   * @return the changes, unmodifiable; empty when the versions are equivalent
   */
  public List<Change> changes() {
    return changes;
  }

  /**
   * Returns the changes in the order of the change log: by service in order of first appearance
   * (the catalogue's own provisions first), then by component number (fields outside the components
   * first), document order within.
   *
   * @return the changes, unmodifiable
   */
  public List<Change> grouped() {
    return ChangeLogs.grouped(changes);
  }

  /**
   * Returns the changes with one effect.
   *
   * @param effect the effect
   * @return those changes, in document order
   */
  public List<Change> changes(Effect effect) {
    Objects.requireNonNull(effect, "effect");
    return changes.stream().filter(c -> c.effect() == effect).toList();
  }

  /**
   * Tells whether the versions say the same (a time restated in other units is the same time).
   *
   * @return whether there is no change
   */
  public boolean isEquivalent() {
    return changes.isEmpty();
  }

  /**
   * Tells whether a change burdens the public (the update rule on public consultation asks this).
   *
   * @return whether any change's effect is {@link Effect#BURDENS}
   */
  public boolean burdensPublic() {
    return changes.stream().anyMatch(Change::burdensPublic);
  }

  /**
   * Describes the old version as the change log heads it ("semula"): its decree number and date,
   * name, version, status and effective date, those it states.
   *
   * @param locale the language
   * @return the description, not escaped; "-" when it states none of them
   */
  public String describeOld(Locale locale) {
    return versions.heading(true, Objects.requireNonNull(locale, "locale"));
  }

  /**
   * Describes the new version as the change log heads it ("menjadi").
   *
   * @param locale the language
   * @return the description, not escaped; "-" when it states none of them
   */
  public String describeNew(Locale locale) {
    return versions.heading(false, Objects.requireNonNull(locale, "locale"));
  }

  /**
   * Returns the change log's summary line: how many changes, and how many of each effect.
   *
   * @param locale the language
   * @return the line, for example "Jumlah perubahan: 3 (membebani 1, meringankan 1, netral 1, perlu
   *     dinilai 0)"
   */
  public String summary(Locale locale) {
    return versions.summary(Objects.requireNonNull(locale, "locale"));
  }

  /**
   * Returns the name of the provider (penyelenggara) of the catalogues compared: the new version's,
   * or the old one's when the new does not state it.
   *
   * @return the name; empty for standards compared alone, or when neither catalogue names it
   */
  public Optional<String> providerName() {
    return subject == Subject.CATALOG ? versions.field("/provider/name") : Optional.empty();
  }

  /**
   * Returns an RFC 6902 JSON Patch that turns the old canonical JSON into the new one. It follows
   * the bytes, not the meaning: a time restated in other units is a {@code replace} here.
   *
   * @return the patch, as JSON text (an array of operations)
   */
  public String jsonPatch() {
    return versions.patch();
  }

  /**
   * Writes the change log or the patch.
   *
   * @param format text, JSON or patch
   * @param locale the language of the text and of the JSON's display texts
   * @param out where to
   * @throws IOException if writing fails
   */
  public void write(ChangeLogFormat format, Locale locale, Writer out) throws IOException {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(out, "out");
    switch (format) {
      case TEXT -> versions.text(locale, out);
      case JSON -> versions.json(locale, out);
      case PATCH -> {
        out.write(jsonPatch());
        out.write('\n');
      }
    }
    out.flush();
  }

  /**
   * Returns the change log or the patch as a string.
   *
   * @param format text, JSON or patch
   * @param locale the language
   * @return the text
   */
  public String toString(ChangeLogFormat format, Locale locale) {
    StringWriter out = new StringWriter();
    try {
      write(format, locale, out);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "Comparison[" + subject + ", " + changes.size() + " changes]";
  }
}
