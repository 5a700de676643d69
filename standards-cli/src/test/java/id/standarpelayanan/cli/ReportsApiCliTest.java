package id.standarpelayanan.cli;

import static id.standarpelayanan.cli.SpTest.CLOCK;
import static id.standarpelayanan.cli.SpTest.DEFECTIVE;
import static id.standarpelayanan.cli.SpTest.SAMPLE;
import static id.standarpelayanan.cli.SpTest.sp;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.standarpelayanan.cli.SpTest.Run;
import id.standarpelayanan.cli.internal.Version;
import id.standarpelayanan.reports.DocumentChecks;
import id.standarpelayanan.reports.ReportFormat;
import id.standarpelayanan.reports.ReportWriter;
import id.standarpelayanan.reports.Verdict;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Profile;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code sp validate} is made of the public pieces of standards-reports and nothing else: what it
 * prints is, byte for byte, what an integrator's {@link DocumentChecks} and {@link ReportWriter}
 * write for the same files, and its exit code is their worst {@link Verdict}'s.
 */
class ReportsApiCliTest {

  @TempDir Path temp;

  @ParameterizedTest
  @CsvSource({"text,id", "text,en", "json,id", "json,en", "sarif,id", "sarif,en"})
  void spValidatePrintsWhatTheReportsApiWrites(String format, String lang) throws IOException {
    Path broken =
        Files.writeString(
            temp.resolve("rusak.json"), "{\"schemaVersion\": ", StandardCharsets.UTF_8);
    List<Path> files = List.of(SAMPLE, DEFECTIVE, broken, temp.resolve("hilang.json"));
    Locale locale = lang.equals("en") ? Locale.ENGLISH : Locale.forLanguageTag("id");

    Run run =
        sp(
            "validate",
            "--format",
            format,
            "--lang",
            lang,
            files.get(0).toString(),
            files.get(1).toString(),
            files.get(2).toString(),
            files.get(3).toString());

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    DocumentChecks checks =
        DocumentChecks.of(Checker.builder().locale(locale).clock(CLOCK).build());
    Verdict worst = Verdict.PASSED;
    try (ReportWriter report =
        ReportWriter.builder(ReportFormat.valueOf(format.toUpperCase(Locale.ROOT)))
            .profile(Profile.law25Of2009())
            .locale(locale)
            .tool("sp", Version.current())
            .errors(err)
            .build(out)) {
      for (Path file : files) {
        worst = worst.worse(checks.check(file, report));
      }
    }

    assertThat(run.out()).isEqualTo(out.toString());
    assertThat(run.err()).isEqualTo(err.toString());
    assertThat(run.code()).isEqualTo(worst.exitCode()).isEqualTo(Sp.UNUSABLE);
    if (format.equals("json")) {
      assertThat(
              JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                  .getSchema(ReportFormat.JSON.schema().orElseThrow())
                  .validate(run.json())
                  .stream()
                  .map(ValidationMessage::getMessage))
          .as("the tool's JSON report follows the schema the reports module ships")
          .isEmpty();
    }
  }
}
