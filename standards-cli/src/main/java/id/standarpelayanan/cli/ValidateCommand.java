package id.standarpelayanan.cli;

import id.standarpelayanan.cli.internal.CliException;
import id.standarpelayanan.cli.internal.Environment;
import id.standarpelayanan.cli.internal.Language;
import id.standarpelayanan.cli.internal.LanguageOption;
import id.standarpelayanan.cli.internal.Source;
import id.standarpelayanan.cli.internal.Version;
import id.standarpelayanan.diff.update.UpdateRules;
import id.standarpelayanan.io.StandardsDocument;
import id.standarpelayanan.io.StandardsDocuments;
import id.standarpelayanan.io.StandardsReadException;
import id.standarpelayanan.model.internal.text.Printable;
import id.standarpelayanan.reports.DocumentChecks;
import id.standarpelayanan.reports.DocumentInput;
import id.standarpelayanan.reports.Outcome;
import id.standarpelayanan.reports.ReportFormat;
import id.standarpelayanan.reports.ReportWriter;
import id.standarpelayanan.reports.Verdict;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sp validate}: reads documents and checks them with a profile.
 *
 * <p>Its help texts are in the usage bundles ({@code sp.validate.*} in {@code
 * id/standarpelayanan/cli/Usage.properties} and {@code Usage_en.properties}).
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class ValidateCommand implements Callable<Integer>, Sp.EnvironmentAware {

  /**
   * The output formats. Constants are upper case; users type them in lower case (parsing ignores
   * case), and {@link #toString()} gives that form, so the help lists the values as they are typed.
   */
  enum Format {
    TEXT,
    JSON,
    SARIF;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Parameters(arity = "0..*", paramLabel = "${bundle:label.file:-FILE}", descriptionKey = "files")
  private List<String> files = new ArrayList<>();

  @Option(
      names = "--profile",
      defaultValue = Profile.UU_25_2009,
      paramLabel = "${bundle:label.profile:-PROFILE}",
      descriptionKey = "profile",
      completionCandidates = ProfileNames.class)
  private String profile;

  @Mixin private LanguageOption lang;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "${bundle:label.format:-FORMAT}",
      descriptionKey = "format")
  private Format format;

  @Option(
      names = "--previous",
      paramLabel = "${bundle:label.previous:-OLD}",
      descriptionKey = "previous")
  private String previous;

  private final Environment environment;

  ValidateCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    Language language = lang.language();
    Profile found = ProfileNames.find(profile, language);
    // With a previous version the update rules that need the comparison join the profile's own;
    // without one they would stay quiet, and a report lists its profile's rules (SARIF), so they
    // are left out.
    Profile chosen = previous == null ? found : UpdateRules.addTo(found.toBuilder()).build();
    Checker checker =
        Checker.builder()
            .profile(chosen)
            .locale(language.locale())
            .clock(environment.clock())
            .build();
    ReportWriter report =
        ReportWriter.builder(ReportFormat.valueOf(format.name()))
            .profile(chosen)
            .locale(language.locale())
            .tool("sp", Version.current())
            .errors(environment.err())
            .build(environment.out());
    List<DocumentInput> inputs =
        files.isEmpty()
            ? List.of(Source.sample(language))
            : files.stream()
                .map(f -> Source.of(f, environment, language))
                .collect(Collectors.toList());
    DocumentChecks checks =
        previous == null
            ? DocumentChecks.of(checker)
            : withPrevious(DocumentChecks.of(checker), language);
    Verdict worst = Verdict.PASSED;
    // Every input is read, whatever happened to the ones before it: DocumentChecks turns each
    // failure into an outcome of that input. The exit code is the worst verdict's.
    for (DocumentInput input : inputs) {
      worst = worst.worse(checks.check(input, report));
    }
    report.finish();
    return worst.exitCode();
  }

  /**
   * Reads {@code --previous} and returns checks against it: a catalogue or one standard. An
   * unreadable previous version, or an array or NDJSON of standards, is a usage error (exit 2),
   * reported before any document is checked.
   */
  private DocumentChecks withPrevious(DocumentChecks checks, Language language) {
    DocumentInput input = Source.of(previous, environment, language);
    Outcome.Unreadable unreadable;
    try (InputStream in = input.open();
        StandardsDocument document = StandardsDocuments.strict().read(in, fileName(previous))) {
      if (document instanceof StandardsDocument.Catalog catalog) {
        return checks.withPrevious(catalog.catalog());
      }
      if (document instanceof StandardsDocument.Standard standard) {
        return checks.withPrevious(standard.standard());
      }
      throw new CliException(language.message("error.previousRecords", Printable.of(input.name())));
    } catch (StandardsReadException e) {
      unreadable = Outcome.Unreadable.of(input, e, language.locale());
    } catch (IOException e) {
      unreadable = Outcome.Unreadable.of(input, e, language.locale());
    }
    throw new CliException(
        language.message("error.previousUnreadable", unreadable.describe(language.locale())));
  }

  /** The file name that helps the reader tell the document's kind; none for standard input. */
  private static String fileName(String argument) {
    Path name = "-".equals(argument) ? null : Path.of(argument).getFileName();
    return name == null ? "" : name.toString();
  }

  /** Completion candidates and lookup of the built-in profiles. */
  static final class ProfileNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    ProfileNames() {
      super(Profile.builtIns().stream().map(Profile::name).toList());
    }

    static Profile find(String name, Language language) {
      return Profile.builtIn(name)
          .orElseThrow(
              () ->
                  new CliException(
                      language.message(
                          "error.unknownProfile", name, String.join(", ", new ProfileNames()))));
    }
  }
}
