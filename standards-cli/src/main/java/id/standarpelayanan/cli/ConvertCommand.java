package id.standarpelayanan.cli;

import id.standarpelayanan.cli.internal.CliException;
import id.standarpelayanan.cli.internal.Environment;
import id.standarpelayanan.cli.internal.Language;
import id.standarpelayanan.cli.internal.LanguageOption;
import id.standarpelayanan.cli.internal.Source;
import id.standarpelayanan.cli.internal.TextOutput;
import id.standarpelayanan.cli.internal.Version;
import id.standarpelayanan.io.StandardsCodec;
import id.standarpelayanan.io.StandardsDocument;
import id.standarpelayanan.io.StandardsDocuments;
import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.io.StandardsReadException;
import id.standarpelayanan.io.StandardsXml;
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
 * {@code sp convert}: rewrites a catalogue or a standard in the other (or the same) format.
 *
 * <p>Its help texts are in the usage bundles ({@code sp.convert.*} in {@code
 * id/standarpelayanan/cli/Usage.properties} and {@code Usage_en.properties}).
 */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class ConvertCommand implements Callable<Integer>, Sp.EnvironmentAware {

  /**
   * The output formats. Constants are upper case; users type them in lower case (parsing ignores
   * case), and {@link #toString()} gives that form, so the help lists the values as they are typed.
   */
  enum Target {
    JSON,
    XML;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Parameters(index = "0", paramLabel = "${bundle:label.file:-FILE}", descriptionKey = "file")
  private String file;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "${bundle:label.format:-FORMAT}",
      descriptionKey = "to")
  private Target target;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "${bundle:label.out:-OUT}",
      descriptionKey = "output")
  private Path output;

  @Option(names = "--compact", descriptionKey = "compact")
  private boolean compact;

  @Mixin private LanguageOption lang;

  private final Environment environment;

  ConvertCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    Language language = lang.language();
    DocumentInput source = Source.of(file, environment, language);
    StandardsJson json = StandardsJson.builder().pretty(!compact).build();
    StandardsXml xml = StandardsXml.builder().pretty(!compact).build();
    StandardsCodec codec = target == Target.JSON ? json : xml;
    String written;
    try (InputStream raw = source.open();
        StandardsDocument document = StandardsDocuments.of(json, xml).read(raw, source.name())) {
      if (document instanceof StandardsDocument.Records records) {
        throw new CliException(
            language.message("error.unreadable", source.name(), "convert: " + records.kind()));
      }
      written =
          document instanceof StandardsDocument.Catalog catalog
              ? codec.writeToString(catalog.catalog())
              : codec.writeToString(((StandardsDocument.Standard) document).standard());
    } catch (StandardsReadException e) {
      environment
          .err()
          .println(Outcome.Unreadable.of(source, e, language.locale()).describe(language.locale()));
      return Sp.UNUSABLE;
    } catch (IOException e) {
      environment
          .err()
          .println(Outcome.Unreadable.of(source, e, language.locale()).describe(language.locale()));
      return Sp.UNUSABLE;
    }
    write(written);
    return Sp.PASSED;
  }

  private void write(String document) {
    TextOutput.write(environment, output, document, lang.language());
  }
}
