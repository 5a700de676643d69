package id.standarpelayanan.reports.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import id.standarpelayanan.model.internal.text.Printable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Opens the streaming generators the JSON and SARIF reports are written with: indented, and
 * escaping every character a terminal or a log could be fooled by (C0 and C1 controls, line and
 * paragraph separators, bidirectional controls, byte order marks and noncharacters, lone
 * surrogates), so that no document can put a raw one into a report.
 */
final class JsonOutput {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonOutput() {}

  /** A piece of writing, which may fail with an {@link IOException}. */
  @FunctionalInterface
  interface Writing {
    void run() throws IOException;
  }

  /** Runs a piece of writing, its {@link IOException} rethrown unchecked. */
  static void write(Writing writing) {
    try {
      writing.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a generator on the writer; closing it does not close the writer.
   *
   * @param out the writer
   * @return the generator
   */
  static JsonGenerator open(Writer out) {
    try {
      JsonGenerator generator = FACTORY.createGenerator(out);
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      generator.setCharacterEscapes(Escapes.INSTANCE);
      generator.setPrettyPrinter(new DefaultPrettyPrinter());
      return generator;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The escapes: Jackson's standard ones for ASCII, plus every unsafe character beyond it. */
  static final class Escapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    static final Escapes INSTANCE = new Escapes();
    private final int[] ascii = standardAsciiEscapesForJSON();

    Escapes() {
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return Printable.isUnsafe(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
  }
}
