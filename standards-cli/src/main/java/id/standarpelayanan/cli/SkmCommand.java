package id.standarpelayanan.cli;

import id.standarpelayanan.cli.internal.Environment;
import id.standarpelayanan.cli.internal.Language;
import id.standarpelayanan.cli.internal.LanguageOption;
import id.standarpelayanan.cli.internal.Source;
import id.standarpelayanan.cli.internal.Version;
import id.standarpelayanan.reports.DocumentInput;
import id.standarpelayanan.skm.Questionnaire;
import id.standarpelayanan.skm.ResponseFormat;
import id.standarpelayanan.skm.ResponseReader;
import id.standarpelayanan.skm.Survey;
import id.standarpelayanan.skm.SurveyFormat;
import id.standarpelayanan.skm.SurveyReadException;
import id.standarpelayanan.skm.SurveyResult;
import id.standarpelayanan.skm.Weighting;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sp skm}: computes the community satisfaction index (IKM, PermenPANRB 14/2017) of a CSV or
 * JSON file of responses and writes it as text, JSON or SVG.
 *
 * <p>Exit codes: {@code 0} the index was computed (a sample below the minimum is told on standard
 * error, as a warning, and does not change it); {@code 2} the file is unreadable or malformed (one
 * located line) or the command line is wrong. Its help texts are in the usage bundles ({@code
 * sp.skm.*}).
 */
@Command(name = "skm", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class SkmCommand implements Callable<Integer>, Sp.EnvironmentAware {

  @Parameters(index = "0", paramLabel = "${bundle:label.file:-FILE}", descriptionKey = "file")
  private String file;

  @Option(
      names = "--weights",
      defaultValue = "exact",
      paramLabel = "${bundle:label.weights:-WEIGHTS}",
      descriptionKey = "weights")
  private Weighting weighting;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "${bundle:label.format:-FORMAT}",
      descriptionKey = "format")
  private SurveyFormat format;

  @Option(
      names = "--population",
      paramLabel = "${bundle:label.population:-N}",
      descriptionKey = "population")
  private Long population;

  @Mixin private LanguageOption lang;

  private final Environment environment;

  SkmCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    Language language = lang.language();
    if (population != null && population <= 0) {
      environment.err().println("sp: " + language.message("skm.population", population));
      return Sp.UNUSABLE;
    }
    DocumentInput source = Source.of(file, environment, language);
    Survey survey = Survey.of(Questionnaire.standard());
    try (InputStream raw = source.open();
        BufferedInputStream in = new BufferedInputStream(raw)) {
      ResponseReader.builder(Questionnaire.standard())
          .format(looksLikeJson(in) ? ResponseFormat.JSON : ResponseFormat.CSV)
          .build()
          .readInto(in, survey);
    } catch (SurveyReadException e) {
      environment.err().println("sp: " + source.name() + ": " + e.message(language.locale()));
      return Sp.UNUSABLE;
    } catch (IOException e) {
      environment
          .err()
          .println("sp: " + language.message("error.unreadable", source.name(), e.getMessage()));
      return Sp.UNUSABLE;
    }
    SurveyResult result =
        population == null ? survey.result(weighting) : survey.result(weighting, population);
    format.write(result, language.locale(), environment.out());
    result
        .sample()
        .filter(sample -> !sample.sufficient())
        .ifPresent(
            sample ->
                environment
                    .err()
                    .println(
                        "sp: "
                            + sample.severity().name()
                            + ": "
                            + sample.message(language.locale())));
    return Sp.PASSED;
  }

  /** Whether the input starts, after a byte order mark and white space, with { or [. */
  private static boolean looksLikeJson(BufferedInputStream in) throws IOException {
    in.mark(4096);
    try {
      for (int i = 0; i < 4096; i++) {
        int c = in.read();
        if (c < 0) {
          return false;
        }
        if (c == 0xEF || c == 0xBB || c == 0xBF || Character.isWhitespace(c)) {
          continue;
        }
        return c == '{' || c == '[';
      }
      return false;
    } finally {
      in.reset();
    }
  }
}
