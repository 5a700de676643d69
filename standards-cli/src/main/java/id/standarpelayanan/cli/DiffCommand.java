package id.standarpelayanan.cli;

import id.standarpelayanan.cli.internal.CliException;
import id.standarpelayanan.cli.internal.Environment;
import id.standarpelayanan.cli.internal.Language;
import id.standarpelayanan.cli.internal.LanguageOption;
import id.standarpelayanan.cli.internal.OfficeTemplates;
import id.standarpelayanan.cli.internal.Source;
import id.standarpelayanan.cli.internal.Version;
import id.standarpelayanan.diff.ChangeLogFormat;
import id.standarpelayanan.diff.Comparison;
import id.standarpelayanan.diff.Differ;
import id.standarpelayanan.io.StandardsDocument;
import id.standarpelayanan.io.StandardsDocuments;
import id.standarpelayanan.io.StandardsReadException;
import id.standarpelayanan.publish.Publisher;
import id.standarpelayanan.reports.DocumentInput;
import id.standarpelayanan.reports.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sp diff OLD NEW}: what changed between two versions of a catalogue or of a standard, as
 * the change log (text, JSON, or HTML by the publication module) or an RFC 6902 JSON Patch ({@code
 * standards-diff}).
 *
 * <p>Exit codes: {@code 0} the versions are equivalent; {@code 1} they differ; {@code 2} one cannot
 * be read, they are not of the same kind (a catalogue against a standard), or the command line is
 * wrong. Its help texts are in the usage bundles ({@code sp.diff.*}).
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class DiffCommand implements Callable<Integer>, Sp.EnvironmentAware {

  /** The outputs, typed in lower case. */
  enum Format {
    TEXT(ChangeLogFormat.TEXT),
    JSON(ChangeLogFormat.JSON),
    PATCH(ChangeLogFormat.PATCH),
    /** The amendment tables as an HTML page, by the publication module. */
    HTML(null);

    private final ChangeLogFormat format;

    Format(ChangeLogFormat format) {
      this.format = format;
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One differ for the tool: the standard working time (450 minutes a day, 5 days a week). */
  private static final Differ DIFFER = Differ.standard();

  @Parameters(index = "0", paramLabel = "${bundle:label.old:-OLD}", descriptionKey = "old")
  private String oldFile;

  @Parameters(index = "1", paramLabel = "${bundle:label.new:-NEW}", descriptionKey = "new")
  private String newFile;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "${bundle:label.format:-FORMAT}",
      descriptionKey = "format")
  private Format format;

  @Option(
      names = "--templates",
      paramLabel = "${bundle:label.dir:-DIR}",
      descriptionKey = "templates")
  private Path templates;

  @Mixin private LanguageOption lang;

  private final Environment environment;

  DiffCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    Language language = lang.language();
    if (templates != null && format != Format.HTML) {
      throw new CliException(language.message("diff.templatesNeedHtml"));
    }
    if ("-".equals(oldFile) && "-".equals(newFile)) {
      // Standard input can be read once: the second side would be an empty document.
      throw new CliException(language.message("diff.bothStdin"));
    }
    DocumentInput oldSource = Source.of(oldFile, environment, language);
    DocumentInput newSource = Source.of(newFile, environment, language);
    StandardsDocument before = read(oldSource, language);
    if (before == null) {
      return Sp.UNUSABLE;
    }
    StandardsDocument after = read(newSource, language);
    if (after == null) {
      return Sp.UNUSABLE;
    }
    Comparison comparison;
    if (before instanceof StandardsDocument.Catalog a
        && after instanceof StandardsDocument.Catalog b) {
      comparison = DIFFER.compare(a.catalog(), b.catalog());
    } else if (before instanceof StandardsDocument.Standard a
        && after instanceof StandardsDocument.Standard b) {
      comparison = DIFFER.compare(a.standard(), b.standard());
    } else {
      environment
          .err()
          .println(
              "sp: "
                  + language.message(
                      "diff.kinds",
                      oldSource.name(),
                      language.message("diff.kind." + kind(before)),
                      newSource.name(),
                      language.message("diff.kind." + kind(after))));
      return Sp.UNUSABLE;
    }
    if (format == Format.HTML) {
      OfficeTemplates.build(Publisher.builder().locale(language.locale()), templates, language)
          .writeChangeLog(comparison, environment.out());
      environment.out().flush();
    } else {
      comparison.write(format.format, language.locale(), environment.out());
    }
    return comparison.isEquivalent() ? Sp.PASSED : Sp.FINDINGS;
  }

  /** The document, or null after telling on standard error why it cannot be compared. */
  private StandardsDocument read(DocumentInput source, Language language) {
    try (InputStream raw = source.open()) {
      StandardsDocument document = StandardsDocuments.strict().read(raw, source.name());
      if (document instanceof StandardsDocument.Records) {
        environment.err().println("sp: " + language.message("diff.records", source.name()));
        return null;
      }
      return document;
    } catch (StandardsReadException e) {
      environment
          .err()
          .println(Outcome.Unreadable.of(source, e, language.locale()).describe(language.locale()));
      return null;
    } catch (IOException e) {
      environment
          .err()
          .println(Outcome.Unreadable.of(source, e, language.locale()).describe(language.locale()));
      return null;
    }
  }

  private static String kind(StandardsDocument document) {
    return document instanceof StandardsDocument.Catalog ? "catalog" : "standard";
  }
}
