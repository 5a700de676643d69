package id.standarpelayanan.skm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.standarpelayanan.skm.SurveyReadException.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResponseReaderTest {

  private static final String HEADER = "jenis_layanan,tanggal,U1,U2,U3,U4,U5,U6,U7,U8,U9\n";
  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private static Survey read(String text) throws Exception {
    return read(text, ResponseFormat.CSV);
  }

  private static Survey read(String text, ResponseFormat format) throws Exception {
    return ResponseReader.builder(Questionnaire.standard())
        .format(format)
        .build()
        .readInto(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            Survey.of(Questionnaire.standard()));
  }

  private static SurveyReadException failure(String text) {
    return failure(text, ResponseFormat.CSV);
  }

  private static SurveyReadException failure(String text, ResponseFormat format) {
    return catchThrowableOfType(SurveyReadException.class, () -> read(text, format));
  }

  @Test
  void readsRespondentsWithAttributesAndBlanks() throws Exception {
    SurveyResult result =
        read(HEADER + "KTP,2026-01-05,4,4,4,4,4,4,4,4,4\nAkta,2026-01-06,,3,3,3,3,3,3,3,3\n")
            .result(Weighting.EXACT);

    assertThat(result.respondents()).isEqualTo(2);
    assertThat(result.elements().get(0).answers()).isEqualTo(1);
    assertThat(result.byServiceType()).containsOnlyKeys("Akta", "KTP");
  }

  @Test
  void readsSemicolonSeparatedExportsWithAByteOrderMark() throws Exception {
    String export =
        "\uFEFFU1;U2;U3;U4;U5;U6;U7;U8;U9;Pendidikan\r\n4;4;4;4;4;4;4;4;4;\"S1; Hukum\"\r\n";

    SurveyResult result = read(export).result(Weighting.EXACT);

    assertThat(result.roundedValue()).contains(new BigDecimal("100.00"));
    assertThat(result.respondents()).isEqualTo(1);
  }

  @Test
  void anEmptyFileIsLocatedAsEmpty() {
    assertThat(failure("").problem()).isEqualTo(Problem.EMPTY);
    assertThat(failure("\uFEFF").problem()).isEqualTo(Problem.EMPTY);
    assertThat(failure("", ResponseFormat.JSON).problem()).isEqualTo(Problem.EMPTY);
  }

  @Test
  void aMissingElementColumnIsNamed() {
    SurveyReadException e = failure("U1,U2,U3,U4,U5,U6,U7,U8\n4,4,4,4,4,4,4,4\n");

    assertThat(e.problem()).isEqualTo(Problem.MISSING_COLUMN);
    assertThat(e.row()).isEqualTo(1);
    assertThat(e.message(Locale.ENGLISH))
        .isEqualTo("row 1, U9: the header has no column for element U9");
    assertThat(e.getMessage()).isEqualTo("baris 1, U9: tajuk tidak memuat kolom unsur U9");
  }

  @Test
  void anAnswerOutsideTheScaleIsLocatedByRowAndColumn() {
    SurveyReadException e =
        failure(HEADER + "KTP,2026-01-05,4,4,4,4,4,4,4,4,4\nKTP,x,4,4,5,4,4,4,4,4,4\n");

    assertThat(e.problem()).isEqualTo(Problem.OUT_OF_RANGE);
    assertThat(e.row()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(5);
    assertThat(e.columnName()).contains("U3");
    assertThat(e.message(Locale.ENGLISH))
        .isEqualTo("row 3, column 5 (U3): answer '5' is outside the 1–4 scale");
    assertThat(e.message(INDONESIAN))
        .isEqualTo("baris 3, kolom 5 (U3): jawaban '5' di luar skala 1–4");
  }

  @Test
  void textAndZeroAreRefused() {
    assertThat(failure(HEADER + "KTP,,4,4,4,baik,4,4,4,4,4\n").problem())
        .isEqualTo(Problem.NOT_A_NUMBER);
    assertThat(failure(HEADER + "KTP,,4,4,4,3.5,4,4,4,4,4\n").problem())
        .isEqualTo(Problem.NOT_A_NUMBER);
    assertThat(failure(HEADER + "KTP,,0,4,4,4,4,4,4,4,4\n").problem())
        .isEqualTo(Problem.OUT_OF_RANGE);
  }

  @Test
  void aRowWithTooFewCellsIsLocated() {
    SurveyReadException e = failure(HEADER + "KTP,,4,4,4\n");

    assertThat(e.problem()).isEqualTo(Problem.CELL_COUNT);
    assertThat(e.row()).isEqualTo(2);
    assertThat(e.message(Locale.ENGLISH)).contains("5/11");
  }

  @Test
  void aDuplicateColumnIsRefused() {
    SurveyReadException e = failure("U1,U2,U3,U4,U5,U6,U7,U8,U9,u1\n");

    assertThat(e.problem()).isEqualTo(Problem.DUPLICATE_COLUMN);
    assertThat(e.column()).isEqualTo(10);
  }

  @Test
  void anUnclosedQuoteIsMalformedNotACrash() {
    SurveyReadException e = failure(HEADER + "\"KTP,,4,4,4,4,4,4,4,4,4\n");

    assertThat(e.problem()).isIn(Problem.MALFORMED, Problem.CELL_COUNT);
    assertThat(e.row()).isEqualTo(2);
  }

  @Test
  void bytesThatAreNotUtf8AreMalformed() {
    byte[] latin1 =
        (HEADER + "Kartu Keluarga \u00e9,,4,4,4,4,4,4,4,4,4\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    SurveyReadException e =
        catchThrowableOfType(
            SurveyReadException.class,
            () ->
                ResponseReader.builder(Questionnaire.standard())
                    .build()
                    .read(new ByteArrayInputStream(latin1), r -> {}));

    assertThat(e.problem()).isEqualTo(Problem.MALFORMED);
  }

  @Test
  void aRowLongerThanTheLimitIsRefusedBeforeItIsHeld() {
    ResponseReader reader =
        ResponseReader.builder(Questionnaire.standard()).maxRowLength(1000).build();
    String row = "x".repeat(5000);

    SurveyReadException e =
        catchThrowableOfType(
            SurveyReadException.class,
            () ->
                reader.read(
                    new ByteArrayInputStream(
                        (HEADER + row + "\n").getBytes(StandardCharsets.UTF_8)),
                    r -> {}));

    assertThat(e.problem()).isEqualTo(Problem.ROW_TOO_LONG);
    assertThat(e.row()).isEqualTo(2);
  }

  /** 100 MB without a line break: refused at the row limit, after reading 64 KiB, not 100 MB. */
  @Test
  void aHundredMegabytesWithoutALineBreakStopsAtTheRowLimit() {
    Generated input =
        new Generated(
            100L * 1024 * 1024,
            "U1,".getBytes(StandardCharsets.US_ASCII),
            "4".getBytes(StandardCharsets.US_ASCII));

    SurveyReadException e =
        catchThrowableOfType(
            SurveyReadException.class,
            () -> ResponseReader.builder(Questionnaire.standard()).build().read(input, r -> {}));

    assertThat(e.problem()).isEqualTo(Problem.ROW_TOO_LONG);
    assertThat(input.served).isLessThan(1024L * 1024);
  }

  /** 100 MB of valid rows stream through in constant memory: only sums and counts are kept. */
  @Test
  void aHundredMegabytesOfRespondentsStream() throws Exception {
    byte[] header = "U1,U2,U3,U4,U5,U6,U7,U8,U9\n".getBytes(StandardCharsets.US_ASCII);
    byte[] row = "4,3,4,3,4,3,4,3,4\n".getBytes(StandardCharsets.US_ASCII);
    long size = 100L * 1024 * 1024;
    Generated input = new Generated(header.length + (size / row.length) * row.length, header, row);
    Survey survey = Survey.of(Questionnaire.standard());

    ResponseReader.builder(Questionnaire.standard()).build().readInto(input, survey);

    SurveyResult result = survey.result(Weighting.EXACT);
    assertThat(result.respondents()).isEqualTo(size / row.length);
    assertThat(result.convertedValue()).contains(Fraction.of(32 * 25, 9));
  }

  @Test
  void readsTheJsonForm() throws Exception {
    String json =
        "{\"respondents\": [{\"jenis_layanan\": \"KTP\", \"U1\": 4, \"U2\": 4, \"U3\": 4, \"U4\": 4,"
            + " \"U5\": 4, \"U6\": 4, \"U7\": 4, \"U8\": 4, \"U9\": 4},"
            + " {\"U1\": null, \"U2\": 1, \"U3\": 1, \"U4\": 1, \"U5\": 1, \"U6\": 1, \"U7\": 1,"
            + " \"U8\": 1, \"U9\": 1, \"umur\": 40}]}";

    SurveyResult result = read(json, ResponseFormat.JSON).result(Weighting.EXACT);

    assertThat(result.respondents()).isEqualTo(2);
    assertThat(result.elements().get(0).answers()).isEqualTo(1);
    assertThat(result.byServiceType()).containsOnlyKeys("KTP");
    assertThat(
            read("[" + json.substring(17, json.length() - 1), ResponseFormat.JSON)
                .result(Weighting.EXACT)
                .respondents())
        .isEqualTo(2);
  }

  @Test
  void badJsonAnswersAreLocatedByRespondentAndProperty() {
    SurveyReadException e = failure("[{\"U1\": 4}, {\"U2\": \"empat\"}]", ResponseFormat.JSON);

    assertThat(e.problem()).isEqualTo(Problem.NOT_A_NUMBER);
    assertThat(e.row()).isEqualTo(2);
    assertThat(e.columnName()).contains("U2");
    assertThat(e.message(Locale.ENGLISH))
        .isEqualTo("row 2, U2: answer 'empat' is not a whole number 1–4");
    assertThat(failure("[{\"U1\": 7}]", ResponseFormat.JSON).problem())
        .isEqualTo(Problem.OUT_OF_RANGE);
    assertThat(failure("{\"rows\": []}", ResponseFormat.JSON).problem())
        .isEqualTo(Problem.MALFORMED);
    assertThat(failure("[{\"U1\": 4", ResponseFormat.JSON).problem()).isEqualTo(Problem.MALFORMED);
  }

  /** An input stream of a header then a row repeated, made on the fly: nothing on disk. */
  private static final class Generated extends InputStream {
    private final long size;
    private final byte[] head;
    private final byte[] body;
    long served;

    Generated(long size, byte[] head, byte[] body) {
      this.size = size;
      this.head = head;
      this.body = body;
    }

    @Override
    public int read() {
      if (served >= size) {
        return -1;
      }
      long at = served++;
      return at < head.length ? head[(int) at] : body[(int) ((at - head.length) % body.length)];
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (served >= size) {
        return -1;
      }
      int n = (int) Math.min(length, size - served);
      int done = 0;
      while (done < n && served < head.length) {
        buffer[offset + done++] = head[(int) served++];
      }
      while (done < n) {
        int at = (int) ((served - head.length) % body.length);
        int chunk = Math.min(n - done, body.length - at);
        System.arraycopy(body, at, buffer, offset + done, chunk);
        done += chunk;
        served += chunk;
      }
      return n;
    }
  }
}
