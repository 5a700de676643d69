package id.standarpelayanan.io;

import org.apiguardian.api.API;

/**
 * Where a value starts in the text of a document (posisi dalam sumber): its line and column, both
 * counted from 1, columns in characters (UTF-16 code units) as the parsers count them.
 *
 * <p>In JSON, a member's position is where its name starts ({@code "requirements": [...]} is placed
 * at the opening quote of {@code "requirements"}), an array item's where the item starts, and the
 * root's where the root object starts. In XML, an element's position is its start tag's {@code <}.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SourcePosition(int line, int column) {

  /**
   * Makes a position.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @throws IllegalArgumentException if either is less than 1
   */
  public SourcePosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "a source position starts at line 1, column 1: " + line + ":" + column);
    }
  }

  /**
   * Returns {@code line:column}, as compilers and editors show a position.
   *
   * @return the position as text
   */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
