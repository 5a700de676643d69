package id.standarpelayanan.cli;

import id.standarpelayanan.cli.internal.CliException;
import id.standarpelayanan.cli.internal.Environment;
import id.standarpelayanan.cli.internal.Language;
import id.standarpelayanan.cli.internal.LanguageOption;
import id.standarpelayanan.cli.internal.Source;
import id.standarpelayanan.cli.internal.Version;
import id.standarpelayanan.reports.DocumentChecks;
import id.standarpelayanan.reports.DocumentInput;
import id.standarpelayanan.reports.ReportFormat;
import id.standarpelayanan.reports.ReportWriter;
import id.standarpelayanan.reports.Verdict;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Profile;
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

  private final Environment environment;

  ValidateCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    Language language = lang.language();
    Profile chosen = ProfileNames.find(profile, language);
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
    DocumentChecks checks = DocumentChecks.of(checker);
    Verdict worst = Verdict.PASSED;
    // Every input is read, whatever happened to the ones before it: DocumentChecks turns each
    // failure into an outcome of that input. The exit code is the worst verdict's.
    for (DocumentInput input : inputs) {
      worst = worst.worse(checks.check(input, report));
    }
    report.finish();
    return worst.exitCode();
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
