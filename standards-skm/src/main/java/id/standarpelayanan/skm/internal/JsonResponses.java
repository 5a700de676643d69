package id.standarpelayanan.skm.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import id.standarpelayanan.skm.Element;
import id.standarpelayanan.skm.Questionnaire;
import id.standarpelayanan.skm.Respondent;
import id.standarpelayanan.skm.SurveyReadException;
import id.standarpelayanan.skm.SurveyReadException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the JSON form with Jackson's streaming parser, one respondent object at a time: {@code
 * {"respondents": [...]}} or the bare array.
 */
public final class JsonResponses {

  private JsonResponses() {}

  /**
   * Reads the responses.
   *
   * @param in the input, UTF-8 (a byte order mark is skipped)
   * @param questionnaire the elements answered
   * @param maxRowLength the longest text value, in characters
   * @param sink receives each respondent
   * @throws SurveyReadException on the first problem, located by respondent and property
   * @throws IOException when the input cannot be read
   */
  public static void read(
      InputStream in, Questionnaire questionnaire, int maxRowLength, Consumer<Respondent> sink)
      throws SurveyReadException, IOException {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(maxRowLength)
                    .maxNumberLength(32)
                    .maxNestingDepth(8)
                    .build())
            .build();
    long row = 0;
    try (JsonParser parser = factory.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new SurveyReadException(Problem.EMPTY, 0, 0, "", "");
      }
      if (first == JsonToken.START_OBJECT) {
        if (parser.nextToken() != JsonToken.FIELD_NAME
            || !"respondents".equals(parser.currentName())
            || parser.nextToken() != JsonToken.START_ARRAY) {
          throw new SurveyReadException(Problem.MALFORMED, 0, 0, "", "{\"respondents\": [...]}");
        }
      } else if (first != JsonToken.START_ARRAY) {
        throw new SurveyReadException(Problem.MALFORMED, 0, 0, "", "{\"respondents\": [...]}");
      }
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        row++;
        if (token != JsonToken.START_OBJECT) {
          throw new SurveyReadException(Problem.MALFORMED, row, 0, "", String.valueOf(token));
        }
        sink.accept(respondent(parser, questionnaire, row));
      }
      if (first == JsonToken.START_OBJECT) {
        JsonToken after = parser.nextToken();
        if (after != JsonToken.END_OBJECT) {
          throw new SurveyReadException(Problem.MALFORMED, 0, 0, "", "{\"respondents\": [...]}");
        }
      }
    } catch (StreamConstraintsException tooLong) {
      throw new SurveyReadException(Problem.ROW_TOO_LONG, row, 0, "", String.valueOf(maxRowLength));
    } catch (JsonProcessingException malformed) {
      throw new SurveyReadException(Problem.MALFORMED, row, 0, "", malformed.getOriginalMessage());
    }
  }

  private static Respondent respondent(JsonParser parser, Questionnaire questionnaire, long row)
      throws IOException, SurveyReadException {
    Map<String, Integer> answers = new LinkedHashMap<>();
    Map<String, String> attributes = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      Optional<Element> element = questionnaire.element(name);
      if (element.isPresent()) {
        if (answers.containsKey(element.get().code())) {
          throw new SurveyReadException(Problem.DUPLICATE_COLUMN, row, 0, name, name);
        }
        if (value == JsonToken.VALUE_NULL) {
          continue;
        }
        if (value != JsonToken.VALUE_NUMBER_INT) {
          throw new SurveyReadException(Problem.NOT_A_NUMBER, row, 0, name, parser.getText());
        }
        Integer answer = Answers.parse(parser.getText(), row, 0, name);
        answers.put(element.get().code(), answer);
      } else if (value.isScalarValue()) {
        if (value != JsonToken.VALUE_NULL && !parser.getText().isBlank()) {
          attributes.put(name, parser.getText());
        }
      } else {
        throw new SurveyReadException(Problem.MALFORMED, row, 0, name, name);
      }
    }
    return new Respondent(answers, attributes);
  }
}
