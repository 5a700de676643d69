package id.standarpelayanan.publish;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (vnu) in process: the HTML5 + ARIA schema and the checkers the W3C service
 * runs, read from the validator's jar (no network). Set up once (the schema takes seconds); not
 * thread-safe.
 */
final class NuHtmlChecker {

  /** The schema the W3C checker uses for text/html documents. */
  private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

  /**
   * The one warning accepted, with its reason: the pages are polyglot markup (also well-formed XML,
   * for the PDF module's XML parser; {@code WellFormedTest}), so {@code <meta>} is written {@code
   * <meta … />}. The slash has no effect in HTML, and the interaction the warning names (with
   * unquoted attribute values) cannot happen: XML quotes every attribute value.
   */
  static final String POLYGLOT_VOID_SLASH = "Trailing slash on void elements has no effect";

  private final List<String> errors = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final SimpleDocumentValidator validator;

  NuHtmlChecker() throws Exception {
    ErrorHandler handler =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {
            if (!e.getMessage().startsWith(POLYGLOT_VOID_SLASH)) {
              warnings.add("warning " + place(e) + " " + e.getMessage());
            }
          }

          @Override
          public void error(SAXParseException e) {
            errors.add("error " + place(e) + " " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            errors.add("fatal " + place(e) + " " + e.getMessage());
          }
        };
    validator = new SimpleDocumentValidator(false, false, false);
    validator.setUpMainSchema(SCHEMA, handler);
    validator.setUpValidatorAndParsers(handler, false, false);
  }

  /**
   * Checks a document.
   *
   * @param html the document
   * @return the problems, each "error|warning line:column message"; empty when the document passes
   */
  List<String> check(String html) throws Exception {
    errors.clear();
    warnings.clear();
    InputSource source =
        new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    source.setEncoding("UTF-8");
    validator.checkHtmlInputSource(source);
    List<String> all = new ArrayList<>(errors);
    all.addAll(warnings);
    return all;
  }

  private static String place(SAXParseException e) {
    return e.getLineNumber() + ":" + e.getColumnNumber();
  }
}
