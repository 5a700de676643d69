package id.standarpelayanan.cli;

import static id.standarpelayanan.cli.SpTest.DEFECTIVE;
import static id.standarpelayanan.cli.SpTest.SAMPLE;
import static id.standarpelayanan.cli.SpTest.sp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import id.standarpelayanan.cli.SpTest.Run;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tool under failures of every kind: virtual machine errors are internal failures (exit code
 * 3), one input's failure never stops the others, reports stream, files that are not regular are
 * refused, and no document text reaches the output raw.
 */
class RobustnessTest {

  @TempDir Path temp;

  /** Standard input that throws what the supplier gives at its first read. */
  static InputStream throwing(Supplier<? extends Error> error) {
    return new InputStream() {
      @Override
      public int read() {
        throw error.get();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        throw error.get();
      }
    };
  }

  /** Standard input that fails with an IOException after a few bytes. */
  static InputStream failingMidRead() {
    return new InputStream() {
      private final byte[] head =
          "{\"schemaVersion\":\"1.1\",\"provider\":{\"name\":\"".getBytes(StandardCharsets.UTF_8);
      private int at;

      @Override
      public int read() throws IOException {
        if (at < head.length) {
          return head[at++];
        }
        throw new IOException("disk gone");
      }
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void aStackOverflowIsAnInternalFailureWithExitCodeThreeAndTheNextFileIsStillChecked(String lang) {
    Run run =
        sp(throwing(StackOverflowError::new), "validate", "--lang", lang, "-", SAMPLE.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(Sp.INTERNAL);
    assertThat(run.err())
        .contains(lang.equals("id") ? "kegagalan internal" : "internal failure")
        .contains("java.lang.StackOverflowError")
        .doesNotContain("\tat ");
    assertThat(run.err().lines().count()).isEqualTo(1);
    assertThat(run.out())
        .contains("legalisasi-ijazah-madrasah")
        .contains(lang.equals("id") ? "1 gagal internal" : "1 internal failures");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif"})
  void anOutOfMemoryErrorIsNeverReportedAsBadData(String format) throws IOException {
    Run run =
        sp(
            throwing(() -> new OutOfMemoryError("Java heap space")),
            "validate",
            "--format",
            format,
            "-",
            SAMPLE.toString());

    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(Sp.INTERNAL);
    if (format.equals("json")) {
      JsonNode inputs = run.json().get("inputs");
      assertThat(inputs.get(0).get("error").get("code").asText()).isEqualTo("INTERNAL");
      assertThat(inputs.get(1).get("passed").asBoolean()).isTrue();
    } else if (format.equals("sarif")) {
      JsonNode run0 = run.json().get("runs").get(0);
      assertThat(run0.get("results").get(0).get("ruleId").asText()).isEqualTo("sp.internal");
      assertThat(run0.get("invocations").get(0).get("executionSuccessful").asBoolean()).isFalse();
    } else {
      assertThat(run.err())
          .contains("java.lang.OutOfMemoryError: Java heap space")
          .doesNotContain("tidak valid");
    }
  }

  @Test
  void everyFileIsReportedWhateverHappensInOneAndTheExitCodeIsTheWorst() throws IOException {
    Path missing = temp.resolve("hilang.json");
    Path directory = Files.createDirectory(temp.resolve("folder.json"));
    Run run =
        sp(
            failingMidRead(),
            "validate",
            "--lang",
            "en",
            missing.toString(),
            "-",
            directory.toString(),
            DEFECTIVE.toString(),
            SAMPLE.toString());

    assertThat(run.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(run.err())
        .contains(missing + ": file not found", directory + ": is a directory", "standard input:");
    assertThat(run.err().lines().count()).as(run.err()).isEqualTo(3);
    assertThat(run.out())
        .contains(
            "legalisasi-ijazah-madrasah",
            "NOT PASSED",
            "Summary: 5 inputs, 1 passed, 1 not passed, 3 unreadable, 0 internal failures");
  }

  @Test
  void anInternalFailureOutranksUnreadableAndFindings() {
    Run run =
        sp(
            throwing(StackOverflowError::new),
            "validate",
            temp.resolve("x.json").toString(),
            "-",
            DEFECTIVE.toString());

    assertThat(run.code()).isEqualTo(Sp.INTERNAL);
    assertThat(run.err().lines().count()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/dev/zero", "/dev/random", "/dev/null"})
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aDeviceIsRefusedInsteadOfReadWithoutEnd(String device) {
    Run run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () -> sp("validate", "--lang", "en", device, SAMPLE.toString()));

    assertThat(run.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(run.err().strip())
        .isEqualTo(device + ": not a regular file (a FIFO, socket or device); give a regular file");
    assertThat(run.out()).contains("legalisasi-ijazah-madrasah");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aFifoIsRefusedInsteadOfBlocking() throws Exception {
    Path fifo = temp.resolve("pipa.json");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();

    Run run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> sp("validate", "--format", "json", fifo.toString()));

    assertThat(run.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(run.json().get("inputs").get(0).get("error").get("code").asText())
        .isEqualTo("NOT_REGULAR_FILE");
  }

  @Test
  void readErrorsPrintTheLocationOnceAndTheRootAsTheDocument() throws IOException {
    Path bad =
        Files.writeString(temp.resolve("bad.json"), "{\"schemaVersion\":\"1.1\",\n  \"warna\": 1}");
    Path empty = Files.writeString(temp.resolve("empty.json"), "");

    Run run = sp("validate", "--lang", "en", bad.toString(), empty.toString());

    String[] lines = run.err().split("\n");
    assertThat(lines[0])
        .startsWith(bad + ":2:")
        .contains("(pointer /warna)")
        .doesNotContain("At /warna", "line 2");
    assertThat(lines[1]).startsWith(empty + ":").contains("(pointer (document))");
    assertThat(sp("validate", empty.toString()).err()).contains("(pointer (dokumen))");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif"})
  void documentTextNeverReachesTheOutputRaw(String format) throws IOException {
    String hostile = "x\u001b[2J\u009b\u202e\u2028\u0007" + "y".repeat(5000);
    Path file =
        Files.writeString(
            temp.resolve("evil\u001b[31m.json"),
            "{\"schemaVersion\":\"1.1\",\"id\":\""
                + escapeJson(hostile)
                + "\",\"name\":\"Layanan\"}");
    Path unknownKey =
        Files.writeString(
            temp.resolve("key.json"),
            "{\"schemaVersion\":\"1.1\",\"" + escapeJson(hostile) + "\":1}");

    Run run = sp("validate", "--format", format, file.toString(), unknownKey.toString());

    assertThat(run.code()).as(run.out() + run.err()).isIn(Sp.FINDINGS, Sp.UNUSABLE);
    assertNoUnsafeCharacter(run.out());
    assertNoUnsafeCharacter(run.err());
    if (format.equals("text")) {
      assertThat(run.out().lines().mapToInt(String::length).max().orElse(0)).isLessThan(2000);
      assertThat(run.err().lines().mapToInt(String::length).max().orElse(0)).isLessThan(2000);
    } else {
      run.json();
    }
  }

  static String escapeJson(String text) {
    StringBuilder out = new StringBuilder();
    text.chars()
        .forEach(
            c -> {
              if (c < 0x20 || c == '"' || c == '\\') {
                out.append(String.format("\\u%04x", c));
              } else {
                out.append((char) c);
              }
            });
    return out.toString();
  }

  /** Fails if the text holds a C0 (but line feed) or C1 control, a separator or a bidi control. */
  static void assertNoUnsafeCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean unsafe =
          (c < 0x20 && c != '\n' && c != '\r')
              || (c >= 0x7F && c <= 0x9F)
              || c == 0x2028
              || c == 0x2029
              || (c >= 0x202A && c <= 0x202E)
              || (c >= 0x2066 && c <= 0x2069)
              || c == 0x200E
              || c == 0x200F
              || (Character.isSurrogate(c)
                  && !(Character.isHighSurrogate(c)
                      && i + 1 < text.length()
                      && Character.isLowSurrogate(text.charAt(i + 1))));
      assertThat(unsafe)
          .as(
              "U+%04X at %d in %s",
              (int) c, i, text.substring(Math.max(0, i - 40), Math.min(text.length(), i + 40)))
          .isFalse();
      if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
  }

  /** Records how many bytes were written, and how many when the input ended. */
  static final class CountingOutput extends OutputStream {
    long written;

    @Override
    public void write(int b) {
      written++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      written += len;
    }
  }

  /** Generates minimal NDJSON standards on the fly; notes the output's size when it ends. */
  static final class Records extends InputStream {
    private final int count;
    private final CountingOutput out;
    private final byte[] record =
        "{\"schemaVersion\":\"1.1\",\"name\":\"Layanan\"}\n".getBytes(StandardCharsets.UTF_8);
    private int index;
    private int at;
    long writtenAtEnd = -1;

    Records(int count, CountingOutput out) {
      this.count = count;
      this.out = out;
    }

    @Override
    public int read() {
      if (index == count) {
        if (writtenAtEnd < 0) {
          writtenAtEnd = out.written;
        }
        return -1;
      }
      int b = record[at++];
      if (at == record.length) {
        at = 0;
        index++;
      }
      return b;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "sarif"})
  void jsonAndSarifReportsStreamEachRecordAsItIsChecked(String format) {
    CountingOutput counted = new CountingOutput();
    Records records = new Records(100_000, counted);

    int code =
        assertTimeoutPreemptively(
            Duration.ofSeconds(300),
            () ->
                Sp.run(
                    new String[] {"validate", "--format", format, "-"},
                    records,
                    new PrintStream(counted, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    SpTest.CLOCK));

    assertThat(code).isIn(Sp.PASSED, Sp.FINDINGS);
    assertThat(records.writtenAtEnd).isPositive();
    // Nearly all was written before the input ended (what remains is the closing part and the
    // results of the records the reader had read ahead): the results did not wait for the end.
    assertThat(counted.written - records.writtenAtEnd)
        .as("%d of %d bytes", records.writtenAtEnd, counted.written)
        .isLessThan(counted.written / 10);
    assertThat(counted.written).isGreaterThan(100_000L * 100);
  }
}
