package id.standarpelayanan.cli;

import static id.standarpelayanan.cli.SpTest.sp;
import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.cli.SpTest.Run;
import id.standarpelayanan.cli.internal.Environment;
import id.standarpelayanan.cli.internal.Language;
import id.standarpelayanan.cli.internal.LanguageOption;
import id.standarpelayanan.cli.internal.UsageErrors;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.ParameterException;

/**
 * picocli's own texts in the tool's two languages: the usage help of every command from the Usage
 * bundles, the errors of a wrong command line from the Messages bundles, the language found before
 * parsing, and the bundles' keys against each other and against the command line.
 */
class UsageTest {

  private static final String BUNDLES = "id/standarpelayanan/cli/";

  /** Words of the English help that the Indonesian help must not show, and the reverse. */
  private static final List<String> ENGLISH =
      List.of(
          "Usage:",
          "Options:",
          "Parameters:",
          "Commands:",
          "Exit codes",
          "Show this help",
          "Print the version",
          "default:",
          "FILE",
          "COMMAND",
          "Display help information");

  private static final List<String> INDONESIAN =
      List.of(
          "Penggunaan:",
          "Opsi:",
          "Parameter:",
          "Perintah:",
          "Kode keluar",
          "Tampilkan",
          "bawaan",
          "BERKAS",
          "PERINTAH",
          "Berkas");

  // --- help ---------------------------------------------------------------------------------

  static Stream<Arguments> helpRequests() {
    List<Arguments> requests = new ArrayList<>();
    for (String command : List.of("", "validate", "convert", "schema", "rules", "skm", "help")) {
      for (Language language : Language.values()) {
        requests.add(Arguments.of(command, language));
      }
    }
    return requests.stream();
  }

  @ParameterizedTest(name = "sp {0} --help --lang {1}")
  @MethodSource("helpRequests")
  void helpIsInTheChosenLanguageOnly(String command, Language language) throws IOException {
    Run run = sp(arguments(command, "--help", "--lang", language.tag()));
    String help = run.out();
    String flat = flat(help);
    Properties texts = usage(language);
    Properties others = usage(language == Language.ID ? Language.EN : Language.ID);
    String key = ("sp " + command).strip().replace(' ', '.') + ".usage.description.0";

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(help)
        .startsWith(label(texts, "usage.synopsisHeading") + ("sp " + command).strip())
        .contains(label(texts, "usage.optionListHeading"))
        .contains(
            texts.getProperty(
                command.equals("help") ? "helpCommand.help" : "mixinStandardHelpOptions.help"));
    assertThat(flat).contains(flat(texts.getProperty(key)));
    assertThat(flat).doesNotContain(flat(others.getProperty(key)));
    assertThat(help).doesNotContain(language == Language.ID ? ENGLISH : INDONESIAN);
  }

  @ParameterizedTest(name = "sp help {0}")
  @ValueSource(strings = {"validate", "convert", "schema", "rules", "skm"})
  void theHelpCommandPrintsACommandsHelpInEitherLanguage(String command) {
    for (Language language : Language.values()) {
      Run viaHelp = sp("help", command, "--lang", language.tag());
      Run viaOption = sp(command, "--help", "--lang", language.tag());

      assertThat(viaHelp.code()).isZero();
      assertThat(viaHelp.out()).isEqualTo(viaOption.out());
    }
    assertThat(sp("help", command).out()).isEqualTo(sp(command, "--help").out());
  }

  @Test
  void theHelpCommandWithoutACommandPrintsTheHelpOfSp() {
    assertThat(sp("help").out()).isEqualTo(sp("--help").out());
    assertThat(sp("help", "--lang", "en").out()).isEqualTo(sp("--help", "--lang", "en").out());
  }

  @Test
  void spListsItsCommandsAndExitCodesInEachLanguage() {
    String indonesian = sp("--help").out();
    String english = sp("--help", "--lang", "en").out();

    assertThat(indonesian)
        .contains("Perintah:", "  validate  Membaca dokumen", "  help      Menampilkan bantuan")
        .contains("Kode keluar:", "  1   ada temuan GALAT", "  3   kegagalan internal sp")
        .contains("sp help PERINTAH atau sp PERINTAH --help");
    assertThat(english)
        .contains("Commands:", "  validate  Reads JSON or XML", "  help      Shows the help")
        .contains("Exit codes:", "  1   a finding at ERROR", "  3   an internal failure of sp")
        .contains("sp help COMMAND or sp COMMAND --help");
    assertThat(sp("validate", "--help").out())
        .contains("Kode keluar (yang terburuk dari semua masukan):");
    assertThat(sp("validate", "--help", "--lang", "en").out())
        .contains("Exit codes (the worst over all inputs):");
  }

  @Test
  void choicesAndDefaultValuesAreStillShown() {
    assertThat(flat(sp("validate", "--help").out()))
        .contains("--format=FORMAT Format laporan: text, json, sarif (bawaan: text).")
        .contains("--profile=PROFIL Profil aturan: uu-25-2009, kemenag-11-prinsip")
        .contains("(bawaan: uu-25-2009).")
        .contains("--lang=BAHASA Bahasa keluaran, bantuan dan pesan: id, en (bawaan: id).");
    assertThat(flat(sp("validate", "--help", "--lang", "en").out()))
        .contains("--format=FORMAT Report format: text, json, sarif (default: text).")
        .contains("(default: uu-25-2009).");
    assertThat(flat(sp("schema", "--help").out()))
        .contains("JENIS Bahasa skema: json, xsd.")
        .contains("[AKAR] Akar dokumen: catalog, standard (bawaan: catalog).");
    assertThat(flat(sp("schema", "--help", "--lang", "en").out()))
        .contains("[ROOT] Document root: catalog, standard (default: catalog).");
    assertThat(flat(sp("convert", "--help", "--lang", "en").out()))
        .contains("--to=FORMAT Output format: json, xml.");
  }

  // --- errors -------------------------------------------------------------------------------

  /**
   * One wrong command line for each kind of error the tool tells in its words: the arguments in
   * Indonesian (the default) and in English, and the first line each prints.
   */
  static Stream<Arguments> wrongCommandLines() {
    return Stream.of(
        wrong(
            "unknown option, with the suggestion",
            List.of("validate", "--formt", "json"),
            "sp: opsi tidak dikenal: '--formt'; mungkin maksud Anda: --format?",
            "sp: unknown option: '--formt'; did you mean --format?",
            "sp validate"),
        wrong(
            "unknown option, nothing like it",
            List.of("rules", "-x"),
            "sp: opsi tidak dikenal: '-x'",
            "sp: unknown option: '-x'",
            "sp rules"),
        wrong(
            "unknown command, with the suggestion",
            List.of("valdate"),
            "sp: perintah tidak dikenal: 'valdate'; mungkin maksud Anda: sp validate?",
            "sp: unknown command: 'valdate'; did you mean sp validate?",
            "sp"),
        wrong(
            "unknown command given to help",
            List.of("help", "rulez"),
            "sp: perintah tidak dikenal: 'rulez'; mungkin maksud Anda: sp rules?",
            "sp: unknown command: 'rulez'; did you mean sp rules?",
            "sp"),
        wrong(
            "an argument too many",
            List.of("schema", "json", "catalog", "extra"),
            "sp: argumen berlebih: 'extra'",
            "sp: unexpected argument: 'extra'",
            "sp schema"),
        wrong(
            "an option without its value",
            List.of("convert", "x.json", "--to"),
            "sp: opsi '--to' memerlukan nilai: FORMAT",
            "sp: option '--to' needs a value: FORMAT",
            "sp convert"),
        wrong(
            "an option followed by another option instead of its value",
            List.of("rules", "--profile", "--help"),
            "sp: opsi '--profile' memerlukan nilai: PROFIL",
            "sp: option '--profile' needs a value: PROFILE",
            "sp rules"),
        wrong(
            "a required option missing",
            List.of("convert", "x.json"),
            "sp: opsi wajib belum diberikan: '--to=FORMAT'",
            "sp: missing required option: '--to=FORMAT'",
            "sp convert"),
        wrong(
            "a required parameter missing",
            List.of("schema"),
            "sp: parameter wajib belum diberikan: 'JENIS'",
            "sp: missing required parameter: 'KIND'",
            "sp schema"),
        wrong(
            "an option given twice",
            List.of("validate", "--format", "json", "--format", "text"),
            "sp: opsi '--format' hanya boleh diberikan sekali",
            "sp: option '--format' may be given only once",
            "sp validate"),
        wrong(
            "a value that is none of the choices",
            List.of("validate", "--format", "xml"),
            "sp: nilai tidak sah untuk opsi '--format': diharapkan salah satu dari [text, json,"
                + " sarif] (huruf besar/kecil tidak dibedakan), tetapi diberikan 'xml'",
            "sp: invalid value for option '--format': expected one of [text, json, sarif]"
                + " (case-insensitive) but was 'xml'",
            "sp validate"),
        wrong(
            "a positional value that is none of the choices",
            List.of("schema", "yaml"),
            "sp: nilai tidak sah untuk parameter JENIS: diharapkan salah satu dari [json, xsd]"
                + " (huruf besar/kecil tidak dibedakan), tetapi diberikan 'yaml'",
            "sp: invalid value for parameter KIND: expected one of [json, xsd]"
                + " (case-insensitive) but was 'yaml'",
            "sp schema"),
        wrong(
            "a value of the wrong type",
            List.of("convert", "--compact=yes", "x.json", "--to", "json"),
            "sp: nilai tidak sah untuk opsi '--compact': 'yes' (jenis yang diharapkan: boolean)",
            "sp: invalid value for option '--compact': 'yes' (expected type: boolean)",
            "sp convert"));
  }

  private static Arguments wrong(
      String what, List<String> args, String indonesian, String english, String command) {
    return Arguments.of(what, args, indonesian, english, command);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongCommandLines")
  void aWrongCommandLineIsToldInEitherLanguageWithExitCodeTwo(
      String what, List<String> args, String indonesian, String english, String command) {
    List<String> inEnglish = new ArrayList<>(List.of("--lang", "en"));
    if (!args.get(0).equals("help") && !args.get(0).equals("valdate")) {
      // --lang en right after the subcommand, so that it never takes the place of a value.
      inEnglish = new ArrayList<>(List.of(args.get(0), "--lang", "en"));
      inEnglish.addAll(args.subList(1, args.size()));
    } else {
      inEnglish.addAll(args);
    }
    Run id = sp(args.toArray(String[]::new));
    Run en = sp(inEnglish.toArray(String[]::new));

    assertThat(id.code()).as(id.err()).isEqualTo(Sp.UNUSABLE);
    assertThat(en.code()).as(en.err()).isEqualTo(Sp.UNUSABLE);
    assertThat(id.out()).isEmpty();
    assertThat(en.out()).isEmpty();
    assertThat(id.err().lines()).containsExactly(indonesian, "Lihat `" + command + " --help`.");
    assertThat(en.err().lines()).containsExactly(english, "See `" + command + " --help`.");
  }

  @Test
  void whatAUserTypedIsEscapedInTheMessage() {
    Run option = sp("validate", "--x\u001b[2J\u0007");
    Run value = sp("validate", "--lang", "en", "--format", "json\u202e\r\nsp: forged");

    assertThat(option.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(option.err()).contains("'--x\\u001B[2J\\u0007'");
    assertThat(value.err())
        .contains("but was 'json\\u202E\\r\\nsp: forged'")
        .doesNotContain("\nsp: forged");
    for (String err : List.of(option.err(), value.err())) {
      assertThat(err.replace("\n", ""))
          .as("no control character but the line ends")
          .doesNotContainPattern("[\\p{Cc}\\u202e]");
    }
  }

  @Test
  void tooManyValuesAndOtherErrorsAreToldWithPicocliTextEscaped() {
    CommandLine line = commandLine(Language.ID);
    CommandLine validate = line.getSubcommands().get("validate");
    UsageErrors indonesian = new UsageErrors(Language.ID, Sp.UNUSABLE);
    UsageErrors english = new UsageErrors(Language.EN, Sp.UNUSABLE);
    ParameterException tooMany =
        new MaxValuesExceededException(
            validate, "option '--compact' should be specified without 'x' parameter");
    ParameterException exclusive =
        new MutuallyExclusiveArgsException(validate, "--a and --b are mutually exclusive\u001b");
    String[] none = {};

    assertThat(indonesian.message(tooMany, none))
        .isEqualTo(
            "terlalu banyak nilai (option '--compact' should be specified without 'x' parameter)");
    assertThat(english.message(tooMany, none))
        .isEqualTo(
            "too many values (option '--compact' should be specified without 'x' parameter)");
    assertThat(indonesian.message(exclusive, none))
        .isEqualTo("kesalahan baris perintah: --a and --b are mutually exclusive\\u001B");
    assertThat(english.message(exclusive, none))
        .isEqualTo("command-line error: --a and --b are mutually exclusive\\u001B");
  }

  // --- the language, found before parsing ---------------------------------------------------

  @Test
  void theLanguageIsFoundBeforeParsing() {
    assertThat(LanguageOption.scan(new String[] {})).isEqualTo(Language.ID);
    assertThat(LanguageOption.scan(new String[] {"validate", "--lang=en"})).isEqualTo(Language.EN);
    assertThat(LanguageOption.scan(new String[] {"validate", "--lang", "EN"}))
        .isEqualTo(Language.EN);
    assertThat(LanguageOption.scan(new String[] {"--lang=En", "rules"})).isEqualTo(Language.EN);
    assertThat(LanguageOption.scan(new String[] {"validate", "--lang"})).isEqualTo(Language.ID);
    assertThat(LanguageOption.scan(new String[] {"validate", "--lang="})).isEqualTo(Language.ID);
    assertThat(LanguageOption.scan(new String[] {"validate", "--lang", "fr"}))
        .isEqualTo(Language.ID);
    assertThat(LanguageOption.scan(new String[] {"validate", "--lang", "--help"}))
        .isEqualTo(Language.ID);
    // The last one is the one the command that runs receives.
    assertThat(LanguageOption.scan(new String[] {"--lang", "id", "validate", "--lang", "en"}))
        .isEqualTo(Language.EN);
    // After the end of options, --lang is a file's name.
    assertThat(LanguageOption.scan(new String[] {"validate", "--", "--lang", "en"}))
        .isEqualTo(Language.ID);
  }

  @Test
  void theHelpFollowsTheLanguageWrittenInAnyOfItsForms() {
    assertThat(sp("validate", "--help", "--lang=en").out()).startsWith("Usage: sp validate");
    assertThat(sp("validate", "--lang", "EN", "--help").out()).startsWith("Usage: sp validate");
    assertThat(sp("--lang=en", "--help").out()).startsWith("Usage: sp ");
    assertThat(sp("validate", "--help").out()).startsWith("Penggunaan: sp validate");
  }

  @Test
  void aLanguageWithoutAValueOrUnknownFallsBackToIndonesian() {
    Run withoutValue = sp("validate", "--lang");
    Run unknown = sp("validate", "--lang", "fr");

    assertThat(withoutValue.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(withoutValue.err()).startsWith("sp: opsi '--lang' memerlukan nilai: BAHASA");
    assertThat(unknown.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(unknown.err())
        .startsWith("sp: nilai tidak sah untuk opsi '--lang': diharapkan salah satu dari [id, en]")
        .contains("tetapi diberikan 'fr'");
  }

  @Test
  void aLanguageBeforeTheCommandIsTheCommandsLanguage() {
    Run before = sp("--lang", "en", "rules");
    Run after = sp("rules", "--lang", "en");

    assertThat(before.code()).isZero();
    assertThat(before.out()).isEqualTo(after.out()).contains("RULE", "SEVERITY");
    assertThat(sp("--lang", "en", "validate").out()).contains("Summary: 1 inputs, 1 passed");
  }

  // --- the bundles --------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"Usage", "Messages"})
  void bothLanguagesHaveTheSameKeys(String bundle) throws IOException {
    Set<String> indonesian = keys(properties(bundle + ".properties"));
    Set<String> english = keys(properties(bundle + "_en.properties"));

    assertThat(indonesian).isNotEmpty();
    assertThat(english).containsExactlyInAnyOrderElementsOf(indonesian);
  }

  @Test
  void everyCommandOptionAndParameterHasItsTextInBothLanguages() throws IOException {
    List<String> seen = new ArrayList<>();
    for (Language language : Language.values()) {
      Properties texts = usage(language);
      walk(
          commandLine(language),
          line -> {
            CommandSpec spec = line.getCommandSpec();
            String prefix = spec.qualifiedName(".") + ".";
            assertThat(texts)
                .as("%s, %s: its description", spec.qualifiedName(), language)
                .containsKey(prefix + "usage.description.0");
            assertThat(spec.usageMessage().description()).isNotEmpty();
            for (ArgSpec arg : spec.args()) {
              String key = arg.descriptionKey();
              String what = spec.qualifiedName() + " " + arg.paramLabel();
              assertThat(key).as("%s: its descriptionKey", what).isNotEmpty();
              assertThat(texts.containsKey(prefix + key) || texts.containsKey(key))
                  .as("%s, %s: key %s or %s%s", what, language, key, prefix, key)
                  .isTrue();
              assertThat(String.join(" ", arg.description()))
                  .as("%s, %s: its description", what, language)
                  .isNotBlank()
                  .doesNotContain("${");
              assertThat(arg.paramLabel()).as("%s: its label", what).doesNotContain("${");
              seen.add(what);
            }
          });
    }
    assertThat(seen).contains("sp validate FILE", "sp convert OUT", "sp help COMMAND");
  }

  @Test
  void everyCommandKeyOfTheBundleNamesACommand() throws IOException {
    Set<String> commands = new TreeSet<>();
    walk(commandLine(Language.ID), line -> commands.add(line.getCommandSpec().qualifiedName(".")));

    for (String key : keys(usage(Language.ID))) {
      if (key.startsWith("sp.")) {
        assertThat(commands)
            .as("the command of key %s", key)
            .anyMatch(command -> key.startsWith(command + ".") && !commandKeyOfChild(key, command));
      }
    }
  }

  /** Whether a key under {@code command} names a subcommand of it that does not exist. */
  private static boolean commandKeyOfChild(String key, String command) {
    String rest = key.substring(command.length() + 1);
    return rest.contains(".") && !rest.startsWith("usage.") && !rest.startsWith("helpCommand.");
  }

  // --- the documentation --------------------------------------------------------------------

  /**
   * The examples in docs/cli.md ({@code $ sp …} and the lines it prints, {@code …} where the rest
   * is left out) are what the tool prints.
   */
  @Test
  void theExamplesInTheDocumentationAreWhatSpPrints() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "docs", "cli.md"));
    int examples = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("$ sp ")) {
        continue;
      }
      String[] args = lines.get(i).substring("$ sp ".length()).split(" ");
      List<String> shown = new ArrayList<>();
      boolean truncated = false;
      for (int j = i + 1; j < lines.size(); j++) {
        String line = lines.get(j);
        if (line.startsWith("$ ") || line.startsWith("```")) {
          break;
        }
        if (line.equals("…")) {
          truncated = true;
          break;
        }
        shown.add(line);
      }
      Run run = sp(args);
      List<String> printed = (run.out() + run.err()).lines().toList();
      assertThat(truncated ? printed.subList(0, Math.min(shown.size(), printed.size())) : printed)
          .as(lines.get(i))
          .isEqualTo(shown);
      examples++;
    }
    assertThat(examples).isEqualTo(12);
  }

  // --- helpers ------------------------------------------------------------------------------

  private static String[] arguments(String command, String... rest) {
    List<String> args = new ArrayList<>();
    if (!command.isEmpty()) {
      args.add(command);
    }
    args.addAll(List.of(rest));
    return args.toArray(String[]::new);
  }

  private static CommandLine commandLine(Language language) {
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    Environment environment =
        new Environment(new ByteArrayInputStream(new byte[0]), nowhere, nowhere, Clock.systemUTC());
    return Sp.commandLine(environment, language);
  }

  private static void walk(CommandLine line, Consumer<CommandLine> action) {
    action.accept(line);
    line.getSubcommands().values().forEach(sub -> walk(sub, action));
  }

  /** A heading as picocli prints it: {@code %n} a line break, {@code \u0020} kept. */
  private static String label(Properties texts, String key) {
    return texts.getProperty(key).replace("%n", System.lineSeparator());
  }

  /** Text with every run of white space one space, so that wrapped lines compare. */
  private static String flat(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static Properties usage(Language language) throws IOException {
    return properties(language == Language.ID ? "Usage.properties" : "Usage_en.properties");
  }

  /** One file of a bundle alone, without the parent a ResourceBundle would fall back to. */
  private static Properties properties(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = UsageTest.class.getClassLoader().getResourceAsStream(BUNDLES + name)) {
      assertThat(in).as(name).isNotNull();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    }
    return properties;
  }

  private static Set<String> keys(Properties properties) {
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
