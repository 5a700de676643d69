package id.standarpelayanan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves the modules as a user runs them, apart from the unit tests (which run on the class path):
 * the tool on the module path and on the class path, with Hibernate Validator and Jackson
 * reflecting over the model there; a user's own module that requires ours; and the internals, which
 * such a module cannot reach. Each run is a separate {@code java} process given the tool's run-time
 * class path (written by the build into {@code target/runtime-classpath.txt}), without the test
 * libraries.
 */
class ModulePathTest {

  private static final Path SAMPLES = Path.of("..", "examples", "data");
  private static final Set<String> OUR_MODULES =
      Set.of(
          "id.standarpelayanan.model",
          "id.standarpelayanan.rules",
          "id.standarpelayanan.io",
          "id.standarpelayanan.reports",
          "id.standarpelayanan.skm",
          "id.standarpelayanan.publish",
          "id.standarpelayanan.publish.pdf",
          "id.standarpelayanan.diff",
          "id.standarpelayanan.server",
          "id.standarpelayanan.cli");

  @TempDir Path work;

  @Test
  void toolRunsOnTheModulePath() throws Exception {
    Run run =
        java(
            "-p",
            modulePath(),
            "-m",
            "id.standarpelayanan.cli/id.standarpelayanan.cli.Sp",
            "validate",
            "--lang",
            "en",
            sample("kanwil-kemenag-aceh.json"),
            sample("kanwil-kemenag-aceh.xml"));

    assertThat(run.output())
        .contains("Summary: 2 inputs, 2 passed, 0 not passed, 0 unreadable, 0 internal failures");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void toolReportsFindingsOnTheModulePathAsOnTheClassPath() throws Exception {
    String file = sample("legalisasi-ijazah-bermasalah.json");
    Run onModulePath =
        java(
            "-p",
            modulePath(),
            "-m",
            "id.standarpelayanan.cli/id.standarpelayanan.cli.Sp",
            "validate",
            "--lang",
            "en",
            file);
    Run onClassPath =
        java("-cp", modulePath(), "id.standarpelayanan.cli.Sp", "validate", "--lang", "en", file);

    assertThat(onClassPath.exitCode()).isEqualTo(1);
    assertThat(onClassPath.output()).contains("Summary: 1 inputs, 0 passed, 1 not passed");
    assertThat(onModulePath.exitCode()).isEqualTo(onClassPath.exitCode());
    assertThat(onModulePath.output()).isEqualTo(onClassPath.output());
  }

  @Test
  void readErrorsAreLocatedOnTheModulePath() throws Exception {
    Path broken =
        Files.writeString(
            work.resolve("broken.json"),
            "{\"schemaVersion\": \"1.0\", \"standards\": [{\"id\": \"a\", \"name\": \"A\", \"fee\": {\"free\": \"ya\"}}]}");

    Run run =
        java(
            "-p",
            modulePath(),
            "-m",
            "id.standarpelayanan.cli/id.standarpelayanan.cli.Sp",
            "validate",
            "--lang",
            "en",
            broken.toString());

    assertThat(run.output())
        .contains("broken.json:1:")
        .contains("/standards/0/fee/free")
        .contains("1 unreadable");
    assertThat(run.exitCode()).isEqualTo(2);
  }

  @Test
  void helpAndUsageErrorsAreInTheChosenLanguageOnTheModulePath() throws Exception {
    // The JVM's language is English (java() sets it): Indonesian must still be the default.
    String[] sp = {"-p", modulePath(), "-m", "id.standarpelayanan.cli/id.standarpelayanan.cli.Sp"};
    Run english = java(concat(sp, "validate", "--help", "--lang", "en"));
    Run indonesian = java(concat(sp, "validate", "--help"));
    Run error = java(concat(sp, "validate", "--lang", "en", "--formt"));

    assertThat(english.exitCode()).isZero();
    assertThat(english.output())
        .startsWith("Usage: sp validate")
        .contains("Options:", "Report format: text, json, sarif (default: text).")
        .doesNotContain("Penggunaan", "Opsi:", "bawaan");
    assertThat(indonesian.exitCode()).isZero();
    assertThat(indonesian.output())
        .startsWith("Penggunaan: sp validate")
        .contains("Opsi:")
        .doesNotContain("Usage:", "Options:");
    assertThat(error.exitCode()).isEqualTo(2);
    assertThat(error.output())
        .isEqualTo(
            "sp: unknown option: '--formt'; did you mean --format?"
                + System.lineSeparator()
                + "See `sp validate --help`."
                + System.lineSeparator());
  }

  private static String[] concat(String[] first, String... rest) {
    List<String> all = new ArrayList<>(Arrays.asList(first));
    all.addAll(Arrays.asList(rest));
    return all.toArray(String[]::new);
  }

  @Test
  void librariesExportOnlyTheirApiPackages() throws IOException {
    ModuleFinder finder = ModuleFinder.of(entries().toArray(Path[]::new));
    Map<String, ModuleDescriptor> ours =
        finder.findAll().stream()
            .map(reference -> reference.descriptor())
            .filter(descriptor -> descriptor.name().startsWith("id.standarpelayanan."))
            .collect(Collectors.toMap(ModuleDescriptor::name, descriptor -> descriptor));

    assertThat(ours.keySet()).containsAll(OUR_MODULES);
    for (ModuleDescriptor descriptor : ours.values()) {
      for (ModuleDescriptor.Exports export : descriptor.exports()) {
        if (export.isQualified()) {
          assertThat(export.targets())
              .as("%s exports %s to", descriptor.name(), export.source())
              .allMatch(target -> target.startsWith("id.standarpelayanan."));
        } else {
          assertThat(export.source())
              .as("%s exports", descriptor.name())
              .doesNotContain(".internal");
        }
      }
      assertThat(descriptor.isOpen()).as("%s is an open module", descriptor.name()).isFalse();
    }
    assertThat(ours.get("id.standarpelayanan.cli").exports())
        .as("the tool exports nothing")
        .isEmpty();
    assertThat(ours.get("id.standarpelayanan.reports").exports())
        .as("the reports export their API only")
        .extracting(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::isQualified)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("id.standarpelayanan.reports", false));
    assertThat(ours.get("id.standarpelayanan.skm").exports())
        .as("the survey module exports its API only")
        .extracting(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::isQualified)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("id.standarpelayanan.skm", false));
    assertThat(ours.get("id.standarpelayanan.publish").exports())
        .as("publication exports its API, and the flowchart geometry to the PDF module only")
        .extracting(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("id.standarpelayanan.publish", Set.of()),
            org.assertj.core.groups.Tuple.tuple(
                "id.standarpelayanan.publish.internal.flowchart",
                Set.of("id.standarpelayanan.publish.pdf")));
    assertThat(ours.get("id.standarpelayanan.publish.pdf").exports())
        .as("the PDF module exports its API only")
        .extracting(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::isQualified)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("id.standarpelayanan.publish.pdf", false));
    assertThat(ours.get("id.standarpelayanan.server").exports())
        .as("the server exports its API only")
        .extracting(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::isQualified)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("id.standarpelayanan.server", false));
  }

  /**
   * Publication on the module path: its templates are resources of its own module, read by
   * mustache.java (an automatic module) through our resolver, and its labels its own bundle.
   */
  @Test
  void theToolPublishesTheSampleOnTheModulePath() throws Exception {
    Path out = work.resolve("annex.html");
    String[] sp = {"-p", modulePath(), "-m", "id.standarpelayanan.cli/id.standarpelayanan.cli.Sp"};

    Run run =
        java(
            concat(
                sp,
                "publish",
                SAMPLES.resolve("kanwil-kemenag-aceh.json").toString(),
                "--to",
                "html",
                "--lang",
                "en",
                "-o",
                out.toString()));

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(Files.readString(out))
        .contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"")
        .contains("ANNEX TO THE DECREE OF THE")
        .contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flowchart\" id=\"bagan-1\"");
  }

  /**
   * The PDF on the module path: openhtmltopdf and PDFBox as automatic modules, the font files and
   * the footer's bundle resources of the PDF module, the flowchart geometry read through the
   * qualified export.
   */
  @Test
  void theToolWritesThePdfOnTheModulePath() throws Exception {
    Path out = work.resolve("annex.pdf");
    String[] sp = {"-p", modulePath(), "-m", "id.standarpelayanan.cli/id.standarpelayanan.cli.Sp"};

    Run run =
        java(
            concat(
                sp,
                "publish",
                SAMPLES.resolve("kanwil-kemenag-aceh.json").toString(),
                "--to",
                "pdf",
                "--lang",
                "en",
                "-o",
                out.toString()));

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).isEqualTo(out + " written" + System.lineSeparator());
    try (var document = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Page 1 of " + document.getNumberOfPages())
          .contains("Procedure flowchart");
      assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
    }
  }

  /**
   * The update rules on the module path: the diff module's rule joins the profile and reads its
   * bundle on its module's behalf, on the module path as on the class path. The two editions of the
   * sample swapped, so that the update lengthens a time the 2025 edition had shortened, with no
   * consultation since 2025.
   */
  @Test
  void theUpdateRulesRunOnTheModulePathAndTheClassPath() throws Exception {
    String[] update = {
      "validate",
      SAMPLES.resolve("kanwil-kemenag-aceh.json").toString(),
      "--previous",
      SAMPLES.resolve("kanwil-kemenag-aceh-2025.json").toString(),
      "--lang",
      "en"
    };
    Run modules =
        java(
            concat(
                new String[] {
                  "-p", modulePath(), "-m", "id.standarpelayanan.cli/id.standarpelayanan.cli.Sp"
                },
                update));
    Run classes =
        java(concat(new String[] {"-cp", modulePath(), "id.standarpelayanan.cli.Sp"}, update));

    for (Run run : List.of(modules, classes)) {
      assertThat(run.exitCode()).as(run.output()).isZero();
      assertThat(run.output())
          .contains("sp.update.burden-without-consultation")
          .contains("the completion time is longer (10 working days to 14 working days)")
          .contains("sp.update.previous-not-superseded");
    }
  }

  /** The survey's messages are the skm module's bundle, read on its behalf on the module path. */
  @Test
  void theSurveyComputesAndLocatesErrorsOnTheModulePath() throws Exception {
    Path good =
        Files.writeString(
            work.resolve("skm.csv"), "U1;U2;U3;U4;U5;U6;U7;U8;U9\n4;4;4;4;4;4;4;4;4\n");
    Path bad =
        Files.writeString(
            work.resolve("bad.csv"), "U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,x,4,4,4,4,4,4\n");
    String[] sp = {"-p", modulePath(), "-m", "id.standarpelayanan.cli/id.standarpelayanan.cli.Sp"};

    Run computed = java(concat(sp, "skm", good.toString()));
    Run located = java(concat(sp, "skm", "--lang", "en", bad.toString()));

    assertThat(computed.exitCode()).isZero();
    assertThat(computed.output()).contains("Nilai konversi (IKM × 25): 100,00");
    assertThat(located.exitCode()).isEqualTo(2);
    assertThat(located.output())
        .contains("row 2, column 3 (U3): answer 'x' is not a whole number 1–4");
  }

  /**
   * The comparison on the module path: its message bundle (read on its behalf by the model) and the
   * model's labels of the units in the change log.
   */
  @Test
  void theComparisonWritesItsChangeLogOnTheModulePath() throws Exception {
    String[] sp = {"-p", modulePath(), "-m", "id.standarpelayanan.cli/id.standarpelayanan.cli.Sp"};
    Run run =
        java(
            concat(
                sp,
                "diff",
                SAMPLES.resolve("kanwil-kemenag-aceh.json").toString(),
                SAMPLES.resolve("kanwil-kemenag-aceh-2025.json").toString()));
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.output())
        .contains("Persyaratan ditambah [membebani]")
        .contains("Semula  : 14 hari kerja");
  }

  /**
   * The HTML change log on the module path: the publication module reads the diff module through
   * its optional ({@code requires static}) edge, resolved because the tool requires the diff
   * module.
   */
  @Test
  void thePublicationModuleWritesTheHtmlChangeLogOnTheModulePath() throws Exception {
    String[] sp = {"-p", modulePath(), "-m", "id.standarpelayanan.cli/id.standarpelayanan.cli.Sp"};
    Run run =
        java(
            concat(
                sp,
                "diff",
                SAMPLES.resolve("kanwil-kemenag-aceh.json").toString(),
                SAMPLES.resolve("kanwil-kemenag-aceh-2025.json").toString(),
                "--format",
                "html"));
    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    assertThat(run.output())
        .contains("<h1 id=\"changes-heading\">PERUBAHAN STANDAR PELAYANAN</h1>")
        .contains("<td class=\"effect effect-burdens\">membebani</td>");
  }

  /**
   * The server on the module path: its message bundles, its OpenAPI document and the JDK's HTTP
   * server resolved for a user's module that starts it on a free loopback port.
   */
  @Test
  void aUsersModuleStartsTheServerAndValidatesOverHttp() throws Exception {
    Run run =
        runConsumer(
            """
        package example.consumer;

        import id.standarpelayanan.server.StandardsServer;
        import java.net.http.HttpClient;
        import java.net.http.HttpRequest;
        import java.net.http.HttpResponse;
        import java.nio.file.Path;
        import java.time.Duration;

        public final class Main {
          public static void main(String[] args) throws Exception {
            StandardsServer server = StandardsServer.builder().port(0).build().start();
            try {
              HttpClient client = HttpClient.newHttpClient();
              HttpResponse<String> report = client.send(
                  HttpRequest.newBuilder(server.uri().resolve("/v1/validate?lang=en"))
                      .POST(HttpRequest.BodyPublishers.ofFile(Path.of(args[0]))).build(),
                  HttpResponse.BodyHandlers.ofString());
              HttpResponse<String> problem = client.send(
                  HttpRequest.newBuilder(server.uri().resolve("/v1/validate"))
                      .POST(HttpRequest.BodyPublishers.ofString("{")).build(),
                  HttpResponse.BodyHandlers.ofString());
              HttpResponse<String> openApi = client.send(
                  HttpRequest.newBuilder(server.uri().resolve("/openapi.json")).build(),
                  HttpResponse.BodyHandlers.ofString());
              System.out.println("report " + report.statusCode() + " "
                  + report.body().replaceAll("\\\\s", "").contains("\\"passed\\":false")
                  + ", problem " + problem.statusCode() + " "
                  + problem.body().contains("Permintaan tidak dapat diproses")
                  + ", openapi " + openApi.body().contains("\\"3.1.0\\""));
            } finally {
              server.stop(Duration.ZERO);
            }
          }
        }
        """,
            sample("legalisasi-ijazah-bermasalah.json"),
            "requires id.standarpelayanan.server;",
            "requires java.net.http;");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output())
        .endsWith("report 200 true, problem 400 true, openapi true" + System.lineSeparator());
  }

  /**
   * {@code sp serve} as users start it: it prints the address it listens on, answers there, and
   * stops cleanly on SIGTERM (its shutdown hook), on the module path.
   */
  @Test
  void serveAnswersOnTheAddressItPrintsAndStopsOnSigterm() throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Duser.language=en",
            "-p",
            modulePath(),
            "-m",
            "id.standarpelayanan.cli/id.standarpelayanan.cli.Sp",
            "serve",
            "--port",
            "0",
            "--threads",
            "2",
            "--lang",
            "en"));
    Path err = work.resolve("serve.err");
    Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
    try {
      java.io.BufferedReader out =
          new java.io.BufferedReader(
              new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertThat(first).startsWith("sp serve: listening on http://127.0.0.1:").contains("SIGTERM");
      java.net.URI base = java.net.URI.create(first.split(" ")[4]);
      // java.base's client: the tests are compiled into the tool's module, which does not read
      // java.net.http.
      java.net.HttpURLConnection health =
          (java.net.HttpURLConnection) base.resolve("/health").toURL().openConnection();
      assertThat(health.getResponseCode()).isEqualTo(200);
      try (InputStream body = health.getInputStream()) {
        assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).contains("UP");
      }
    } finally {
      process.destroy(); // SIGTERM
    }
    assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    // 143: ended by SIGTERM (128 + 15), after the shutdown hook stopped the server.
    assertThat(process.exitValue()).isEqualTo(143);
    assertThat(Files.readString(err, StandardCharsets.UTF_8))
        .contains("sp serve: stopping")
        .contains("sp serve: stopped");
  }

  @Test
  void aUsersModuleReadsAndChecksAStandard() throws Exception {
    Run run =
        runConsumer(
            """
        package example.consumer;

        import id.standarpelayanan.io.StandardsJson;
        import id.standarpelayanan.model.StandardsCatalog;
        import id.standarpelayanan.rules.Checker;
        import id.standarpelayanan.rules.Report;
        import java.nio.file.Files;
        import java.nio.file.Path;
        import java.util.Locale;

        public final class Main {
          public static void main(String[] args) throws Exception {
            StandardsCatalog catalog;
            try (var in = Files.newInputStream(Path.of(args[0]))) {
              catalog = StandardsJson.builder().build().readCatalog(in);
            }
            Report report = Checker.builder().locale(Locale.ENGLISH).build().check(catalog);
            System.out.println("standards " + catalog.getStandards().size() + ", passed " + report.passed()
                + ", module " + Checker.class.getModule().getName());
          }
        }
        """,
            sample("kanwil-kemenag-aceh.json"));

    // Only the last line is ours: Hibernate Validator may log its banner through the user's
    // logging.
    assertThat(run.output())
        .endsWith(
            "standards 7, passed true, module id.standarpelayanan.rules" + System.lineSeparator());
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void aUsersModuleChecksAFileAndWritesSarifWithOneCall() throws Exception {
    Run run =
        runConsumer(
            """
        package example.consumer;

        import id.standarpelayanan.reports.DocumentChecks;
        import id.standarpelayanan.reports.ReportFormat;
        import id.standarpelayanan.reports.ReportWriter;
        import id.standarpelayanan.reports.Verdict;
        import id.standarpelayanan.rules.Checker;
        import java.io.PrintWriter;
        import java.io.StringWriter;
        import java.nio.file.Path;

        public final class Main {
          public static void main(String[] args) {
            StringWriter out = new StringWriter();
            Verdict verdict;
            try (ReportWriter report = ReportWriter.builder(ReportFormat.SARIF).build(out)) {
              verdict = DocumentChecks.of(Checker.builder().build()).check(Path.of(args[0]), report);
            }
            System.out.println("verdict " + verdict + ", sarif " + out.toString().contains("2.1.0")
                + ", schema " + ReportFormat.JSON.schema().isPresent());
          }
        }
        """,
            sample("legalisasi-ijazah-bermasalah.json"));

    assertThat(run.output())
        .endsWith("verdict FINDINGS, sarif true, schema true" + System.lineSeparator());
    assertThat(run.exitCode()).isZero();
  }

  /**
   * An application module with its own Hibernate Validator and its own Jackson mapper: the
   * library's message bundles sit at the root of its jars (the unnamed package, never
   * encapsulated), so Hibernate Validator reads them on the module path too.
   */
  @Test
  void aUsersModuleValidatesWithItsOwnValidatorAndBindsWithItsOwnMapper() throws Exception {
    Run run =
        runConsumer(
            """
        package example.consumer;

        import com.fasterxml.jackson.databind.ObjectMapper;
        import id.standarpelayanan.io.StandardsModule;
        import id.standarpelayanan.model.ImmutableServiceStandard;
        import id.standarpelayanan.model.ServiceStandard;
        import id.standarpelayanan.rules.validation.ValidServiceStandard;
        import jakarta.validation.Validation;
        import jakarta.validation.Validator;
        import java.nio.file.Files;
        import java.nio.file.Path;
        import java.util.Locale;
        import java.util.Set;
        import java.util.TreeSet;
        import org.hibernate.validator.HibernateValidator;
        import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

        public final class Main {
          public static final class Submission {
            @ValidServiceStandard public final ServiceStandard standard;

            public Submission(ServiceStandard standard) {
              this.standard = standard;
            }
          }

          public static void main(String[] args) throws Exception {
            ObjectMapper mapper = new ObjectMapper().registerModule(new StandardsModule());
            ServiceStandard standard =
                mapper.readValue(Files.readString(Path.of(args[0])), ServiceStandard.class);
            Validator validator =
                Validation.byProvider(HibernateValidator.class)
                    .configure()
                    .messageInterpolator(
                        new ParameterMessageInterpolator(
                            Set.of(Locale.ENGLISH), Locale.ENGLISH, context -> Locale.ENGLISH, false))
                    .buildValidatorFactory()
                    .getValidator();
            Set<String> lines = new TreeSet<>();
            validator.validate(new Submission(standard))
                .forEach(v -> lines.add(v.getPropertyPath() + ": " + v.getMessage()));
            validator.validate(ImmutableServiceStandard.copyOf(standard).withName(" "))
                .forEach(v -> lines.add(v.getPropertyPath() + ": " + v.getMessage()));
            lines.forEach(System.out::println);
            String json = mapper.writeValueAsString(standard);
            System.out.println("round trip "
                + mapper.readValue(json, ServiceStandard.class).equals(standard)
                + ", starts " + json.substring(0, 24));
          }
        }
        """,
            sample("legalisasi-ijazah-bermasalah.json"),
            "requires org.hibernate.validator;",
            "opens example.consumer to org.hibernate.validator;");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output())
        .contains("name: must not be blank" + System.lineSeparator())
        .contains("standard.fee: The fee only says")
        .contains("standard.serviceGuarantee: The component Service guarantee is not stated")
        .contains("round trip true, starts {\"schemaVersion\":\"1.1\"")
        .doesNotContain("{id.standarpelayanan")
        .doesNotContain("{sp.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "id.standarpelayanan.model.internal.ConstraintPlans",
        "id.standarpelayanan.model.internal.text.Printable",
        "id.standarpelayanan.rules.internal.Collector",
        "id.standarpelayanan.rules.internal.validation.ServiceStandardValidator",
        "id.standarpelayanan.io.internal.JsonCore",
        "id.standarpelayanan.io.internal.ApplicationBinding",
        "id.standarpelayanan.reports.internal.Texts",
        "id.standarpelayanan.server.internal.Endpoints"
      })
  void aUsersModuleCannotReachTheInternals(String internal) throws IOException {
    String source =
        """
        package example.consumer;

        public final class Main {
          public static void main(String[] args) {
            System.out.println(%s.class);
          }
        }
        """
            .formatted(internal);
    StringWriter diagnostics = new StringWriter();

    // The user's module reads the server too, so that only the missing export keeps it out.
    boolean compiled =
        compile(
            source, work.resolve("classes"), diagnostics, "requires id.standarpelayanan.server;");

    assertThat(compiled).isFalse();
    assertThat(diagnostics.toString())
        .contains("package " + internal.substring(0, internal.lastIndexOf('.')))
        .contains("does not export it");
  }

  /** Compiles a user's module around {@code main} and runs it on the module path. */
  private Run runConsumer(String main, String argument, String... directives) throws Exception {
    Path classes = compileConsumer(main, directives);
    return java(
        "-p",
        modulePath() + java.io.File.pathSeparator + classes,
        "-m",
        "example.consumer/example.consumer.Main",
        argument);
  }

  private Path compileConsumer(String main, String... directives) throws IOException {
    Path classes = work.resolve("classes");
    StringWriter diagnostics = new StringWriter();
    assertThat(compile(main, classes, diagnostics, directives)).as(diagnostics.toString()).isTrue();
    return classes;
  }

  private boolean compile(String main, Path classes, StringWriter diagnostics, String... directives)
      throws IOException {
    Path sources = work.resolve("src");
    Path moduleInfo =
        Files.writeString(
            Files.createDirectories(sources).resolve("module-info.java"),
            """
        module example.consumer {
          requires id.standarpelayanan.io;
          requires id.standarpelayanan.rules;
          requires id.standarpelayanan.reports;
          %s
        }
        """
                .formatted(String.join("\n  ", directives)));
    Path mainFile =
        Files.writeString(
            Files.createDirectories(sources.resolve("example/consumer")).resolve("Main.java"),
            main);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    // An empty class path: javac in this process would otherwise search the tests' class path,
    // where every module's classes are reachable as the unnamed module.
    Path noClassPath = Files.createDirectories(work.resolve("no-class-path"));
    int status =
        javac.run(
            null,
            messages,
            messages,
            "--release",
            "17",
            "-p",
            modulePath(),
            "-cp",
            noClassPath.toString(),
            "-d",
            classes.toString(),
            moduleInfo.toString(),
            mainFile.toString());
    diagnostics.write(messages.toString(StandardCharsets.UTF_8));
    return status == 0;
  }

  private static String sample(String name) {
    return SAMPLES.resolve(name).toAbsolutePath().normalize().toString();
  }

  /**
   * The tool's run-time class path and its own classes: the libraries a user's build would bring.
   */
  private static List<Path> entries() throws IOException {
    String written =
        Files.readString(Path.of(System.getProperty("sp.runtimeClasspath")), StandardCharsets.UTF_8)
            .strip();
    List<Path> entries = new ArrayList<>();
    entries.add(Path.of(System.getProperty("sp.classes")));
    Arrays.stream(written.split(java.io.File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .map(Path::of)
        .forEach(entries::add);
    return entries;
  }

  private static String modulePath() throws IOException {
    return entries().stream()
        .map(Path::toString)
        .collect(Collectors.joining(java.io.File.pathSeparator));
  }

  private static Run java(String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Duser.language=en");
    command.add("-Dfile.encoding=UTF-8");
    command.addAll(Arrays.asList(arguments));
    // Output to a file, not a pipe read to its end: a process that hangs must not hang the test
    // before the timeout can end it.
    Path log = Files.createTempFile("sp-run", ".log");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      process.getOutputStream().close();
      boolean ended = process.waitFor(5, TimeUnit.MINUTES);
      if (!ended) {
        process.destroyForcibly().waitFor();
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      if (!ended) {
        throw new AssertionError("java did not end: " + String.join(" ", command) + "\n" + output);
      }
      return new Run(process.exitValue(), output);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /**
   * What one {@code java} process printed (standard output and error together) and its exit code.
   */
  private record Run(int exitCode, String output) {}
}
