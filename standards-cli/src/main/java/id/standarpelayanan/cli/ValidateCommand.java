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

/** {@code sp validate}: reads documents and checks them with a profile. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Membaca dokumen JSON/XML (katalog, satu standar, larik JSON atau NDJSON) dan memeriksanya.",
      "Reads JSON/XML documents (catalogue, one standard, JSON array or NDJSON) and checks them.",
      "Tanpa FILE: memeriksa contoh bawaan Kanwil Kemenag Aceh. / Without FILE: checks the embedded sample.",
      "Kode keluar / exit codes: 0 lulus/passed, 1 temuan ERROR/ERROR findings, 2 tidak terbaca/unreadable or usage,",
      "3 kegagalan internal/internal failure (mis. kehabisan memori / e.g. out of memory); yang terburuk / the worst."
    })
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

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "Berkas, atau - untuk masukan standar. / Files, or - for standard input.")
  private List<String> files = new ArrayList<>();

  @Option(
      names = "--profile",
      defaultValue = Profile.UU_25_2009,
      paramLabel = "PROFILE",
      description = "Profil aturan / rule profile: ${COMPLETION-CANDIDATES}",
      completionCandidates = ProfileNames.class)
  private String profile;

  @Mixin private LanguageOption lang;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "Keluaran / output: ${COMPLETION-CANDIDATES}")
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
