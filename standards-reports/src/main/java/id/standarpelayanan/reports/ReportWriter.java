package id.standarpelayanan.reports;

import id.standarpelayanan.model.Languages;
import id.standarpelayanan.reports.internal.ReportSettings;
import id.standarpelayanan.rules.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.apiguardian.api.API;

/**
 * Writes one report (laporan) of checked documents in a {@link ReportFormat}, streaming: give it
 * each {@link Outcome} as it comes ({@link #accept}), then {@link #finish()} it (or close it, with
 * try-with-resources). Each outcome is written and flushed to the writer before {@code accept}
 * returns and nothing of it is kept, so memory stays flat for any number of documents and records.
 *
 * <pre>{@code
 * try (ReportWriter report = ReportWriter.builder(ReportFormat.SARIF).build(out)) {
 *   DocumentChecks.of(checker).check(Path.of("katalog.json"), report);
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one report is written by one thread at a time. The writer given to {@link
 * Builder#build(Writer)} is flushed, never closed. A failure to write is thrown as an {@link
 * UncheckedIOException}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface ReportWriter extends AutoCloseable {

  /**
   * Returns a builder of a report in a format.
   *
   * @param format the format
   * @return a new builder, with the defaults its methods name
   * @throws NullPointerException if {@code format} is null
   */
  static Builder builder(ReportFormat format) {
    return new Builder(format);
  }

  /**
   * Writes one outcome, in document order, and flushes it.
   *
   * @param outcome the outcome
   * @throws IllegalStateException if the report is finished
   * @throws UncheckedIOException if writing fails
   * @throws NullPointerException if {@code outcome} is null
   */
  void accept(Outcome outcome);

  /**
   * Ends the report: summaries, closing brackets, the rules of SARIF's driver; flushes. Finishing a
   * finished report does nothing.
   *
   * @throws UncheckedIOException if writing fails
   */
  void finish();

  /**
   * Finishes the report if it is not finished yet; the writer stays open.
   *
   * @throws UncheckedIOException if writing fails
   */
  @Override
  default void close() {
    finish();
  }

  /**
   * Builds a {@link ReportWriter}. Not thread-safe; a built writer does not change when the builder
   * does.
   */
  final class Builder {

    private static final String TOOL_NAME = "standar-pelayanan";

    private final ReportFormat format;
    private Profile profile = Profile.law25Of2009();
    private Locale locale = Languages.INDONESIAN;
    private String toolName = TOOL_NAME;
    private Optional<String> toolVersion = libraryVersion();
    private Optional<Writer> errors = Optional.empty();

    private Builder(ReportFormat format) {
      this.format = Objects.requireNonNull(format, "format");
    }

    /**
     * Sets the profile the documents are checked with: its name heads the report, and a SARIF
     * report lists its rules with their descriptions and levels. Use the checker's ({@code
     * checker.profile()}). Default: {@link Profile#law25Of2009()} ({@value Profile#UU_25_2009}).
     *
     * @param profile the profile
     * @return this builder
     * @throws NullPointerException if {@code profile} is null
     */
    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Sets the language of the report's own texts (the text report's words, SARIF's rule
     * descriptions, the language tag): English for an English locale, Indonesian for any other.
     * Findings and read errors keep the language they were made in, the checker's. Default:
     * Indonesian.
     *
     * @param locale the locale
     * @return this builder
     * @throws NullPointerException if {@code locale} is null
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Sets the tool named in the report (JSON {@code tool} and {@code version}, SARIF's driver).
     * Default: {@code standar-pelayanan} and the version of this library, read from its jar; when
     * the version cannot be read, {@link #build(Writer)} requires this call.
     *
     * @param name the tool's name, e.g. {@code sp}
     * @param version its version
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public Builder tool(String name, String version) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(version, "version");
      if (name.isBlank() || version.isBlank()) {
        throw new IllegalArgumentException(
            "the tool's name and version must not be blank: '" + name + "', '" + version + "'");
      }
      this.toolName = name;
      this.toolVersion = Optional.of(version);
      return this;
    }

    /**
     * Sets where the text report also writes each read error and internal failure, one line each
     * (as a tool writes them on standard error for scripts). Ignored by the JSON and SARIF reports,
     * which hold the errors. Flushed, never closed. Default: nowhere.
     *
     * @param errors the writer of errors
     * @return this builder
     * @throws NullPointerException if {@code errors} is null
     */
    public Builder errors(Writer errors) {
      this.errors = Optional.of(Objects.requireNonNull(errors, "errors"));
      return this;
    }

    /**
     * Builds the writer and writes the report's head (JSON and SARIF) to {@code out}.
     *
     * @param out where the report goes; flushed after each outcome, never closed
     * @return the writer
     * @throws IllegalStateException if no tool version was set and the library's is unknown
     * @throws UncheckedIOException if writing the head fails
     * @throws NullPointerException if {@code out} is null
     */
    public ReportWriter build(Writer out) {
      Objects.requireNonNull(out, "out");
      String version =
          toolVersion.orElseThrow(
              () ->
                  new IllegalStateException(
                      "the library's version is unknown here: set the tool's with tool(name,"
                          + " version)"));
      return new ReportSettings(profile, locale, toolName, version, errors).open(format, out);
    }

    /** The version of this library, from the jar's {@code version.properties}. */
    private static Optional<String> libraryVersion() {
      try (InputStream in = ReportWriter.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          return Optional.empty();
        }
        Properties properties = new Properties();
        properties.load(in);
        return Optional.ofNullable(properties.getProperty("version"))
            .filter(v -> !v.isBlank() && !v.startsWith("${"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
