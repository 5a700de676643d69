package id.standarpelayanan.io.internal;

import id.standarpelayanan.io.SourcePosition;
import id.standarpelayanan.io.SourcePositions;
import id.standarpelayanan.model.Pointer;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Collects the positions of one document or record while it is read, the first position given for a
 * pointer winning, and hands them over as immutable {@link SourcePositions}. Not thread-safe: one
 * per read.
 */
public final class PositionRecorder {

  /** The positions of a document read without them. */
  public static final SourcePositions NONE = new Recorded(Map.of());

  private Map<Pointer, SourcePosition> positions = new HashMap<>();

  /** Lines added to each recorded line: a record's first line in an NDJSON stream, less one. */
  private int lineOffset;

  /** Creates an empty recorder. */
  public PositionRecorder() {}

  /**
   * Records where a value starts, unless a position is known for its pointer already.
   *
   * @param pointer the value's pointer
   * @param line its line, from 1 (before the line offset)
   * @param column its column, from 1
   */
  void put(Pointer pointer, int line, int column) {
    if (line >= 1 && column >= 1) {
      positions.putIfAbsent(pointer, new SourcePosition(line + lineOffset, column));
    }
  }

  /**
   * Sets the number of lines added to the lines given from now on.
   *
   * @param offset the offset, 0 or more
   */
  void lineOffset(int offset) {
    this.lineOffset = offset;
  }

  /**
   * Returns the positions recorded since the last call, and starts afresh.
   *
   * @return the positions
   */
  public SourcePositions take() {
    SourcePositions taken =
        positions.isEmpty() ? NONE : new Recorded(Collections.unmodifiableMap(positions));
    positions = new HashMap<>();
    return taken;
  }

  /** Recorded positions: an unmodifiable map. */
  private record Recorded(Map<Pointer, SourcePosition> map) implements SourcePositions {
    @Override
    public Optional<SourcePosition> at(Pointer pointer) {
      return Optional.ofNullable(map.get(pointer));
    }

    @Override
    public int size() {
      return map.size();
    }

    @Override
    public String toString() {
      return "SourcePositions[" + map.size() + " values]";
    }
  }
}
