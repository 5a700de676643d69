package id.standarpelayanan.io.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/** What both codecs do with whole documents; each format supplies reading and writing. */
public abstract class DocumentCore {

  /** For the two formats of this package only. */
  DocumentCore() {}

  /**
   * Reads a document.
   *
   * @param in the input, not closed
   * @param type the root's model type
   * @param <T> the type
   * @return the value
   */
  public abstract <T> T read(InputStream in, Class<T> type);

  /**
   * Reads a document.
   *
   * @param in the input, not closed
   * @param type the root's model type
   * @param <T> the type
   * @return the value
   */
  public abstract <T> T read(Reader in, Class<T> type);

  /**
   * Writes a document to a string; a pretty document ends with a line break.
   *
   * @param value a catalogue or a standard
   * @return the document
   */
  public abstract String writeToString(Object value);

  /**
   * Reads a document.
   *
   * @param text the document
   * @param type the root's model type
   * @param <T> the type
   * @return the value
   */
  public final <T> T read(String text, Class<T> type) {
    Objects.requireNonNull(text, "text");
    return read(new StringReader(text), type);
  }

  /**
   * Reads a document.
   *
   * @param bytes the document
   * @param type the root's model type
   * @param <T> the type
   * @return the value
   */
  public final <T> T read(byte[] bytes, Class<T> type) {
    Objects.requireNonNull(bytes, "bytes");
    return read(new ByteArrayInputStream(bytes), type);
  }

  /**
   * Writes a document in UTF-8, straight to the stream.
   *
   * @param value a catalogue or a standard
   * @param out the output, flushed, not closed
   */
  public abstract void write(Object value, OutputStream out);

  /**
   * Writes a document.
   *
   * @param value a catalogue or a standard
   * @param out the output, flushed, not closed
   */
  public final void write(Object value, Writer out) {
    Objects.requireNonNull(out, "out");
    try {
      out.write(writeToString(value));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
