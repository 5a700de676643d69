package id.standarpelayanan.cli;

import id.standarpelayanan.cli.internal.Environment;
import id.standarpelayanan.cli.internal.LanguageOption;
import id.standarpelayanan.cli.internal.Version;
import id.standarpelayanan.io.Schema;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code sp schema}: prints the published JSON Schema or XSD.
 *
 * <p>Its help texts are in the usage bundles ({@code sp.schema.*} in {@code
 * id/standarpelayanan/cli/Usage.properties} and {@code Usage_en.properties}).
 */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class SchemaCommand implements Callable<Integer>, Sp.EnvironmentAware {

  /**
   * The schema languages. Constants are upper case; users type them in lower case (parsing ignores
   * case), and {@link #toString()} gives that form, so the help lists the values as they are typed.
   */
  enum Language {
    JSON,
    XSD;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The document roots. Constants are upper case; users type them in lower case (parsing ignores
   * case), and {@link #toString()} gives that form, so the help lists the values as they are typed.
   */
  enum Root {
    CATALOG,
    STANDARD;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Parameters(index = "0", paramLabel = "${bundle:label.kind:-KIND}", descriptionKey = "kind")
  private Language language;

  @Parameters(
      index = "1",
      arity = "0..1",
      defaultValue = "catalog",
      paramLabel = "${bundle:label.root:-ROOT}",
      descriptionKey = "root")
  private Root root;

  /** Not read: the schemas have no language, but the help and the errors have (Sp reads it). */
  @Mixin private LanguageOption lang;

  private final Environment environment;

  SchemaCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    Schema schema =
        switch (language) {
          case JSON -> root == Root.CATALOG ? Schema.CATALOG_JSON : Schema.STANDARD_JSON;
          case XSD -> root == Root.CATALOG ? Schema.CATALOG_XSD : Schema.STANDARD_XSD;
        };
    environment.out().print(schema.text());
    environment.out().flush();
    return Sp.PASSED;
  }
}
