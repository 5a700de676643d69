package id.standarpelayanan.io.internal;

import id.standarpelayanan.io.SourcePositions;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An iterator over a source that must be closed.
 *
 * @param <T> the element type
 */
public interface CloseableIterator<T> extends Iterator<T>, AutoCloseable {
  @Override
  void close();

  /**
   * Returns the positions of the values of the element {@link #next()} returned last, when the
   * source keeps them.
   *
   * @return the positions, {@link SourcePositions#none()} when not kept
   */
  default SourcePositions positions() {
    return SourcePositions.none();
  }

  /**
   * Returns the remaining elements as a sequential, ordered stream that closes this iterator when
   * it is closed.
   *
   * @return the stream
   */
  default Stream<T> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }
}
