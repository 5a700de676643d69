package id.standarpelayanan.io.internal;

import java.util.Iterator;

/**
 * An iterator over a source that must be closed.
 *
 * @param <T> the element type
 */
public interface CloseableIterator<T> extends Iterator<T>, AutoCloseable {
  @Override
  void close();
}
