package id.standarpelayanan.reports.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import id.standarpelayanan.io.SourcePosition;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.model.internal.text.Printable;
import id.standarpelayanan.reports.Outcome;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.rules.Report;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.StandardReport;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;

/**
 * The report as JSON, in the shape documented in {@code docs/cli.md} and described by {@code
 * report.schema.json}: tool, version, profile, language, one entry per input (or record) with its
 * counts, score, statuses, standards and findings, or its read error, and then the overall {@code
 * passed}. Streamed: each entry is written as its outcome arrives, one finding at a time, and
 * nothing of it is kept, so memory stays flat for any number of inputs, records and standards.
 */
final class JsonReport extends ReportBase {

  /** How many characters of a message (which may quote the document) are written. */
  static final int MESSAGE_LENGTH = 1000;

  private final Writer out;
  private final JsonGenerator json;
  private boolean passed = true;

  /** Creates the writer and writes the report's head. */
  JsonReport(Writer out, ReportSettings settings) {
    this.out = out;
    this.json = JsonOutput.open(out);
    JsonOutput.write(
        () -> {
          json.writeStartObject();
          json.writeStringField("tool", settings.toolName());
          json.writeStringField("version", settings.toolVersion());
          json.writeStringField("profile", settings.profile().name());
          json.writeStringField("language", Texts.tag(settings.locale()));
          json.writeArrayFieldStart("inputs");
        });
  }

  @Override
  void write(Outcome outcome) {
    JsonOutput.write(
        () -> {
          json.writeStartObject();
          json.writeStringField("source", outcome.source());
          if (outcome instanceof Outcome.Unreadable u) {
            passed = false;
            json.writeBooleanField("passed", false);
            json.writeObjectFieldStart("error");
            json.writeStringField("code", u.code());
            json.writeStringField("message", Printable.of(u.message(), MESSAGE_LENGTH));
            json.writeNumberField("line", u.line());
            json.writeNumberField("column", u.column());
            json.writeStringField("pointer", u.pointer());
            if (u.record() >= 0) {
              json.writeNumberField("record", u.record());
            }
            json.writeEndObject();
          } else if (outcome instanceof Outcome.Failed f) {
            passed = false;
            json.writeBooleanField("passed", false);
            json.writeObjectFieldStart("error");
            json.writeStringField("code", "INTERNAL");
            json.writeStringField("message", f.failure());
            json.writeEndObject();
          } else if (outcome instanceof Outcome.Checked c) {
            report(c);
          }
          json.writeEndObject();
          // One input at a time reaches the writer: a large catalogue's entry is not held whole.
          json.flush();
        });
  }

  private void report(Outcome.Checked checked) throws IOException {
    Pointer prefix = checked.prefix();
    Report report = checked.report();
    passed &= report.passed();
    json.writeStringField("pointer", prefix.toString());
    json.writeBooleanField("passed", report.passed());
    json.writeNumberField("score", report.score());
    json.writeObjectFieldStart("counts");
    for (Severity severity : Severity.values()) {
      json.writeNumberField(severity.name(), report.count(severity));
    }
    json.writeEndObject();
    enumMap("componentStatus", report.componentStatus());
    enumMap("principleStatus", report.principleStatus());
    json.writeArrayFieldStart("standards");
    for (StandardReport standard : report.standards()) {
      json.writeStartObject();
      json.writeNumberField("index", standard.index());
      if (standard.serviceId().isPresent()) {
        json.writeStringField("serviceId", standard.serviceId().get());
      }
      json.writeStringField("pointer", prefix.append(standard.path()).toString());
      json.writeNumberField("score", standard.score());
      json.writeBooleanField("passed", standard.passed());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("findings");
    for (Finding finding : report.findings()) {
      finding(finding, prefix, checked.position(finding));
    }
    json.writeEndArray();
  }

  private void finding(Finding finding, Pointer prefix, Optional<SourcePosition> position)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", finding.ruleId());
    json.writeStringField("severity", finding.severity().name());
    json.writeStringField("source", finding.source().name());
    json.writeStringField("pointer", prefix.append(finding.path()).toString());
    if (position.isPresent()) {
      json.writeNumberField("line", position.get().line());
      json.writeNumberField("column", position.get().column());
    }
    if (finding.principle().isPresent()) {
      json.writeStringField("principle", finding.principle().get().name());
    }
    if (finding.component().isPresent()) {
      json.writeStringField("component", finding.component().get().name());
    }
    json.writeStringField("message", Printable.of(finding.message(), MESSAGE_LENGTH));
    json.writeArrayFieldStart("arguments");
    for (Object argument : finding.arguments()) {
      argument(argument);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void argument(Object argument) throws IOException {
    if (argument instanceof Integer
        || argument instanceof Long
        || argument instanceof Short
        || argument instanceof Byte) {
      json.writeNumber(((Number) argument).longValue());
    } else if (argument instanceof Number number) {
      json.writeNumber(number.toString());
    } else if (argument instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (argument instanceof TimeSpan span) {
      json.writeStartObject();
      json.writeNumberField("amount", span.getAmount());
      json.writeStringField("unit", span.getUnit().name());
      json.writeEndObject();
    } else if (argument instanceof Iterable<?> values) {
      json.writeStartArray();
      for (Object value : values) {
        argument(value);
      }
      json.writeEndArray();
    } else {
      json.writeString(String.valueOf(argument));
    }
  }

  private void enumMap(String name, Map<? extends Enum<?>, ? extends Enum<?>> map)
      throws IOException {
    json.writeObjectFieldStart(name);
    for (Map.Entry<? extends Enum<?>, ? extends Enum<?>> entry : map.entrySet()) {
      json.writeStringField(entry.getKey().name(), entry.getValue().name());
    }
    json.writeEndObject();
  }

  @Override
  void end() {
    JsonOutput.write(
        () -> {
          json.writeEndArray();
          json.writeBooleanField("passed", passed);
          json.writeEndObject();
          json.flush();
          out.write(System.lineSeparator());
          out.flush();
        });
  }
}
