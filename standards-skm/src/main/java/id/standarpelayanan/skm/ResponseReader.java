package id.standarpelayanan.skm;

import id.standarpelayanan.skm.internal.CsvResponses;
import id.standarpelayanan.skm.internal.JsonResponses;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Reads survey responses ({@link ResponseFormat}), streaming: each respondent is handed on as soon
 * as its row is read and not kept, so a file of any size is read in constant memory, and a row
 * longer than {@link Builder#maxRowLength} is refused before it is held whole.
 *
 * <p>Immutable and thread-safe; each {@link #read} call has its own state.
 *
 * <pre>{@code
 * Survey survey = Survey.of(Questionnaire.standard());
 * ResponseReader.builder(Questionnaire.standard()).build().read(in, survey::add);
 * SurveyResult result = survey.result(Weighting.EXACT);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ResponseReader {

  /** The default longest row, in characters (64 Ki): far above any survey's, far below memory. */
  public static final int DEFAULT_MAX_ROW_LENGTH = 64 * 1024;

  private final Questionnaire questionnaire;
  private final ResponseFormat format;
  private final int maxRowLength;

  private ResponseReader(Builder builder) {
    this.questionnaire = builder.questionnaire;
    this.format = builder.format;
    this.maxRowLength = builder.maxRowLength;
  }

  /**
   * Starts a reader of CSV responses to a questionnaire.
   *
   * @param questionnaire the elements the responses answer
   * @return the builder
   */
  public static Builder builder(Questionnaire questionnaire) {
    return new Builder(Objects.requireNonNull(questionnaire, "questionnaire"));
  }

  /**
   * Reads responses, handing each respondent to {@code sink} in input order.
   *
   * @param in the input, UTF-8; not closed
   * @param sink receives each respondent
   * @throws SurveyReadException when the input is empty, malformed or has a bad cell: the first
   *     problem, located; respondents before it have been handed on
   * @throws IOException when the input cannot be read
   */
  public void read(InputStream in, Consumer<Respondent> sink)
      throws SurveyReadException, IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sink, "sink");
    if (format == ResponseFormat.CSV) {
      CsvResponses.read(in, questionnaire, maxRowLength, sink);
    } else {
      JsonResponses.read(in, questionnaire, maxRowLength, sink);
    }
  }

  /**
   * Reads responses into a survey of the same questionnaire.
   *
   * @param in the input, UTF-8; not closed
   * @param survey the survey that tallies them
   * @return {@code survey}
   * @throws SurveyReadException when the input is empty, malformed or has a bad cell, or brings
   *     more than {@link Survey#MAX_SERVICE_TYPES} service types
   * @throws IOException when the input cannot be read
   */
  public Survey readInto(InputStream in, Survey survey) throws SurveyReadException, IOException {
    Objects.requireNonNull(survey, "survey");
    long[] row = {format == ResponseFormat.CSV ? 1 : 0};
    try {
      read(
          in,
          respondent -> {
            row[0]++;
            survey.add(respondent);
          });
    } catch (IllegalStateException tooMany) {
      throw new SurveyReadException(
          SurveyReadException.Problem.TOO_MANY_SERVICE_TYPES,
          row[0],
          0,
          "",
          String.valueOf(Survey.MAX_SERVICE_TYPES));
    }
    return survey;
  }

  /** Configures a {@link ResponseReader}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Builder {
    private final Questionnaire questionnaire;
    private ResponseFormat format = ResponseFormat.CSV;
    private int maxRowLength = DEFAULT_MAX_ROW_LENGTH;

    private Builder(Questionnaire questionnaire) {
      this.questionnaire = questionnaire;
    }

    /**
     * Sets the form of the input; CSV by default.
     *
     * @param format the form
     * @return this builder
     */
    public Builder format(ResponseFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * Sets the longest row, in characters: a CSV line, or in JSON the longest text value. Longer
     * ones are refused ({@link SurveyReadException.Problem#ROW_TOO_LONG}) as soon as the limit is
     * passed, so a file without line breaks cannot exhaust memory. {@link #DEFAULT_MAX_ROW_LENGTH}
     * by default.
     *
     * @param maxRowLength the limit, at least 16
     * @return this builder
     * @throws IllegalArgumentException when the limit is below 16
     */
    public Builder maxRowLength(int maxRowLength) {
      if (maxRowLength < 16) {
        throw new IllegalArgumentException("maxRowLength must be at least 16: " + maxRowLength);
      }
      this.maxRowLength = maxRowLength;
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return the reader
     */
    public ResponseReader build() {
      return new ResponseReader(this);
    }
  }
}
