package id.standarpelayanan.io.internal;

import id.standarpelayanan.io.SourcePositions;
import id.standarpelayanan.model.ServiceStandard;
import java.util.NoSuchElementException;

/**
 * The records of a stream, read one at a time by {@link #advance()}: what the JSON array, NDJSON
 * and XML catalogue streams share.
 */
abstract class RecordIterator implements CloseableIterator<ServiceStandard> {

  /** The record read ahead, or {@code null}. */
  ServiceStandard next;

  /** The positions of {@link #next}'s values, when they are kept. */
  SourcePositions nextPositions = PositionRecorder.NONE;

  /** Whether the input has ended, failed or been closed. */
  boolean finished;

  private SourcePositions positions = PositionRecorder.NONE;

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
    positions = nextPositions;
    nextPositions = PositionRecorder.NONE;
    return value;
  }

  @Override
  public final SourcePositions positions() {
    return positions;
  }
}
