package id.standarpelayanan.publish.pdf.internal;

import id.standarpelayanan.publish.pdf.PdfPublishException;
import java.io.IOException;
import java.io.StringReader;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the well-formed (polyglot) HTML that standards-publish renders into a DOM for the PDF
 * renderer, with a parser that loads no DTD, resolves no external entity and includes nothing.
 *
 * <p>Characters that XML 1.0 forbids (C0 controls other than tab, line feed and carriage return;
 * unpaired surrogates; U+FFFE and U+FFFF) are replaced by U+FFFD before parsing, so that a document
 * text that slipped through with one of them still renders instead of failing the parse.
 */
public final class Xhtml {

  /** The replacement for a character that XML cannot carry. */
  static final char REPLACEMENT = '\uFFFD';

  private Xhtml() {}

  /**
   * Parses {@code html} into a namespace-aware DOM.
   *
   * @param html the HTML, well-formed as XML
   * @return the document
   * @throws PdfPublishException when {@code html} is not well-formed ({@link
   *     PdfPublishException.Problem#MALFORMED_HTML}), with its line and column
   */
  public static Document parse(String html) {
    Objects.requireNonNull(html, "html");
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setErrorHandler(SILENT);
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entity refused: " + systemId);
          });
      return builder.parse(new InputSource(new StringReader(xmlCharactersOnly(html))));
    } catch (SAXParseException e) {
      throw malformed(e.getLineNumber(), e.getColumnNumber(), e);
    } catch (SAXException | IOException e) {
      // A StringReader does not fail; the resolver above refuses every external read.
      throw malformed(0, 0, e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a secure-processing feature", e);
    }
  }

  /**
   * Returns {@code text} with every character that XML 1.0 forbids replaced by U+FFFD.
   *
   * @param text any text
   * @return text that an XML 1.0 parser accepts character by character
   */
  static String xmlCharactersOnly(String text) {
    StringBuilder out = null;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean allowed;
      int width = 1;
      if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        allowed = true;
        width = 2;
      } else {
        allowed =
            c == '\t'
                || c == '\n'
                || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
      }
      if (!allowed && out == null) {
        out = new StringBuilder(length).append(text, 0, i);
      }
      if (out != null) {
        if (allowed) {
          out.append(text, i, i + width);
        } else {
          out.append(REPLACEMENT);
        }
      }
      i += width - 1;
    }
    return out == null ? text : out.toString();
  }

  private static PdfPublishException malformed(int line, int column, Exception cause) {
    PdfPublishException failure =
        new PdfPublishException(PdfPublishException.Problem.MALFORMED_HTML, line, column, 0);
    failure.initCause(cause);
    return failure;
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return factory;
  }

  /** The parse error becomes the exception; nothing is printed to the console. */
  private static final ErrorHandler SILENT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
          // A warning does not stop the parse and is not the caller's concern.
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
          throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
          throw exception;
        }
      };
}
