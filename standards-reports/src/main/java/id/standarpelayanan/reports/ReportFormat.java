package id.standarpelayanan.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apiguardian.api.API;

/** The formats a {@link ReportWriter} writes. */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public enum ReportFormat {
  /**
   * A report a person reads, in the report's language: per document its result and score, the
   * findings grouped by principle with their place in words, read errors, and a summary.
   */
  TEXT,
  /**
   * The report as JSON, in the documented shape ({@code docs/cli.md}, "--format json") that {@link
   * #schema()} describes.
   */
  JSON,
  /**
   * SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), as code-scanning services read
   * it: one run, one result per finding or read error, the profile's rules as the driver's rules.
   */
  SARIF;

  private static final String JSON_SCHEMA = "report.schema.json";

  /**
   * Returns the JSON Schema (2020-12) the reports of this format follow, when this library ships
   * one: the schema of {@link #JSON} reports. {@link #SARIF} reports follow the official SARIF
   * 2.1.0 schema ({@code https://json.schemastore.org/sarif-2.1.0.json}), not shipped; {@link
   * #TEXT} has none.
   *
   * @return the schema's text, for {@link #JSON} only
   */
  public Optional<String> schema() {
    if (this != JSON) {
      return Optional.empty();
    }
    // Through the class, not its loader: on the module path a loader does not reach the
    // resources of a named module's packages, the module's own classes do.
    try (InputStream in = ReportFormat.class.getResourceAsStream(JSON_SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + JSON_SCHEMA);
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
