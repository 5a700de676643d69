package id.standarpelayanan.io.internal;

import id.standarpelayanan.model.ServiceStandard;
import java.util.NoSuchElementException;

/**
 * The records of a stream, read one at a time by {@link #advance()}: what the JSON array, NDJSON
 * and XML catalogue streams share.
 */
abstract class RecordIterator implements CloseableIterator<ServiceStandard> {

  /** The record read ahead, or {@code null}. */
  ServiceStandard next;

  /** Whether the input has ended, failed or been closed. */
  boolean finished;

  /**
   * Reads on: sets {@link #next}, or {@link #finished}, or neither when a bad record was passed to
   * the handler.
   */
  abstract void advance();

  @Override
  public final boolean hasNext() {
    while (next == null && !finished) {
      advance();
    }
    return next != null;
  }

  @Override
  public final ServiceStandard next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ServiceStandard value = next;
    next = null;
    return value;
  }
}
