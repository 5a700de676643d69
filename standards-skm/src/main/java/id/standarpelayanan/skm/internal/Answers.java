package id.standarpelayanan.skm.internal;

import id.standarpelayanan.skm.SurveyReadException;
import id.standarpelayanan.skm.SurveyReadException.Problem;

/** Parses one answer cell: blank, or a whole number 1 to 4. */
final class Answers {

  private Answers() {}

  /**
   * Parses a cell.
   *
   * @return the answer, or {@code null} for a blank cell
   */
  static Integer parse(String cell, long row, int column, String name) throws SurveyReadException {
    if (cell.isEmpty()) {
      return null;
    }
    if (!cell.matches("[+-]?[0-9]{1,9}")) {
      throw new SurveyReadException(Problem.NOT_A_NUMBER, row, column, name, cell);
    }
    int answer = Integer.parseInt(cell);
    if (answer < 1 || answer > 4) {
      throw new SurveyReadException(Problem.OUT_OF_RANGE, row, column, name, cell);
    }
    return answer;
  }
}
