package id.standarpelayanan.skm.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.standarpelayanan.skm.Element;
import id.standarpelayanan.skm.Questionnaire;
import id.standarpelayanan.skm.Respondent;
import id.standarpelayanan.skm.SurveyReadException;
import id.standarpelayanan.skm.SurveyReadException.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the CSV form with Jackson's CSV parser, one record at a time: the header's names, then a
 * {@link Respondent} per row. The separator is the one the header line uses more of, comma or
 * semicolon (spreadsheets in Indonesian locales export with semicolons).
 */
public final class CsvResponses {

  private static final CsvMapper MAPPER = new CsvMapper();

  private CsvResponses() {}

  /**
   * Reads the responses.
   *
   * @param in the input, UTF-8
   * @param questionnaire the elements answered
   * @param maxRowLength the longest line, in characters
   * @param sink receives each respondent
   * @throws SurveyReadException on the first problem, located
   * @throws IOException when the input cannot be read
   */
  public static void read(
      InputStream in, Questionnaire questionnaire, int maxRowLength, Consumer<Respondent> sink)
      throws SurveyReadException, IOException {
    Reader decoded =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    LineLimitReader limited = new LineLimitReader(decoded, maxRowLength);
    BufferedReader buffered = new BufferedReader(limited, 8192);
    long row = 0;
    try {
      char separator = separator(buffered, maxRowLength);
      CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withQuoteChar('"');
      try (MappingIterator<String[]> rows =
          MAPPER
              .readerFor(String[].class)
              .with(schema)
              .with(CsvParser.Feature.WRAP_AS_ARRAY)
              .with(CsvParser.Feature.SKIP_EMPTY_LINES)
              .with(CsvParser.Feature.TRIM_SPACES)
              .readValues(buffered)) {
        if (!rows.hasNextValue()) {
          throw new SurveyReadException(Problem.EMPTY, 0, 0, "", "");
        }
        row = 1;
        Header header = Header.of(rows.nextValue(), questionnaire);
        while (rows.hasNextValue()) {
          String[] cells = rows.nextValue();
          row++;
          if (cells.length == 1 && cells[0].isBlank()) {
            continue;
          }
          sink.accept(header.respondent(cells, row));
        }
      }
    } catch (LineLimitReader.RowTooLong tooLong) {
      throw new SurveyReadException(
          Problem.ROW_TOO_LONG, tooLong.line, 0, "", String.valueOf(maxRowLength));
    } catch (CharacterCodingException notUtf8) {
      throw new SurveyReadException(Problem.MALFORMED, Math.max(row, 1), 0, "", "UTF-8");
    } catch (JsonProcessingException malformed) {
      if (malformed.getCause() instanceof LineLimitReader.RowTooLong) {
        throw new SurveyReadException(
            Problem.ROW_TOO_LONG,
            ((LineLimitReader.RowTooLong) malformed.getCause()).line,
            0,
            "",
            String.valueOf(maxRowLength));
      }
      throw new SurveyReadException(
          Problem.MALFORMED, row + 1, 0, "", malformed.getOriginalMessage());
    } catch (RuntimeException wrapped) {
      if (wrapped.getCause() instanceof LineLimitReader.RowTooLong) {
        throw new SurveyReadException(
            Problem.ROW_TOO_LONG,
            ((LineLimitReader.RowTooLong) wrapped.getCause()).line,
            0,
            "",
            String.valueOf(maxRowLength));
      }
      throw wrapped;
    }
  }

  /** The separator the first line uses more of, outside quotes; comma on a tie. */
  private static char separator(BufferedReader in, int maxRowLength) throws IOException {
    in.mark(maxRowLength + 2);
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i <= maxRowLength; i++) {
      int c = in.read();
      if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
        break;
      }
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    in.reset();
    return semicolons > commas ? ';' : ',';
  }

  /** The columns: an element or an attribute name for each. */
  private static final class Header {
    private final List<Optional<Element>> elements;
    private final List<String> names;

    private Header(List<Optional<Element>> elements, List<String> names) {
      this.elements = elements;
      this.names = names;
    }

    static Header of(String[] cells, Questionnaire questionnaire) throws SurveyReadException {
      List<Optional<Element>> elements = new ArrayList<>();
      List<String> names = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < cells.length; i++) {
        String name = cells[i].strip();
        if (!name.isEmpty() && !seen.add(name.toLowerCase(Locale.ROOT))) {
          throw new SurveyReadException(Problem.DUPLICATE_COLUMN, 1, i + 1, name, name);
        }
        elements.add(questionnaire.element(name));
        names.add(name);
      }
      for (Element element : questionnaire.elements()) {
        if (!elements.contains(Optional.of(element))) {
          throw new SurveyReadException(
              Problem.MISSING_COLUMN, 1, 0, element.code(), element.code());
        }
      }
      return new Header(elements, names);
    }

    Respondent respondent(String[] cells, long row) throws SurveyReadException {
      if (cells.length != names.size()) {
        throw new SurveyReadException(
            Problem.CELL_COUNT, row, 0, "", cells.length + "/" + names.size());
      }
      Map<String, Integer> answers = new LinkedHashMap<>();
      Map<String, String> attributes = new LinkedHashMap<>();
      for (int i = 0; i < cells.length; i++) {
        String cell = cells[i].strip();
        Optional<Element> element = elements.get(i);
        if (element.isPresent()) {
          Integer answer = Answers.parse(cell, row, i + 1, names.get(i));
          if (answer != null) {
            answers.put(element.get().code(), answer);
          }
        } else if (!cell.isEmpty() && !names.get(i).isEmpty()) {
          attributes.put(names.get(i), cell);
        }
      }
      return new Respondent(answers, attributes);
    }
  }
}
