package id.standarpelayanan.cli.internal;

import id.standarpelayanan.rules.Report;

/** What checking one document (or one record of it) gave. Not API. */
public sealed interface Outcome {

  /**
   * Returns the name of the document.
   *
   * @return the source's name
   */
  String source();

  /**
   * Returns the document as a relative URI reference, for SARIF.
   *
   * @return the URI
   */
  String uri();

  /**
   * A document or record that was read and checked.
   *
   * @param source the document's name
   * @param uri the document as a URI reference
   * @param prefix the JSON Pointer of the checked standard within the document ({@code ""} for a
   *     whole document, {@code "/3"} for the fourth record of an array or NDJSON file)
   * @param report the report, with pointers relative to the checked value
   */
  record Checked(String source, String uri, String prefix, Report report) implements Outcome {}

  /**
   * A document or record that could not be read.
   *
   * @param source the document's name
   * @param uri the document as a URI reference
   * @param code the error code ({@code ReadErrorCode} name, or {@code NOT_FOUND}/{@code IO})
   * @param message the localized message
   * @param line the line, 0 if unknown
   * @param column the column, 0 if unknown
   * @param pointer the JSON Pointer of the offending value, {@code ""} if none
   */
  record Unreadable(String source, String uri, String code, String message, int line, int column, String pointer) implements Outcome {

    /**
     * Returns the one line a person reads: {@code file:line:column: message (pointer …)}.
     *
     * @param language the language
     * @return the line
     */
    public String describe(Language language) {
      return language.message("error.readFailed", source, String.valueOf(line), String.valueOf(column), message,
          pointer.isEmpty() ? "/" : pointer);
    }
  }
}
