package id.standarpelayanan.io.internal;

import id.standarpelayanan.io.SourcePosition;
import id.standarpelayanan.io.SourcePositions;
import id.standarpelayanan.model.Pointer;
import java.util.Arrays;
import java.util.Optional;

/**
 * Collects the positions of one document or record while it is read and hands them over as
 * immutable {@link SourcePositions}. Not thread-safe: one per read.
 *
 * <p>Positions are kept compactly, without a pointer or an object per value: the values in document
 * order (pre-order), each with its member name (the parser's own, shared, string) or its list
 * index, its line and column, and the end of its subtree. A lookup walks the pointer's tokens down
 * from the root, stepping over siblings by their subtree ends. A large catalogue's positions are a
 * few arrays of some 20 bytes per value, created once, which the garbage collector copies cheaply.
 */
public final class PositionRecorder {

  /** The positions of a document read without them. */
  public static final SourcePositions NONE = new Compact(new String[0], new int[0], 0);

  /** Ints per value: list index (-1 for a member or the root), line, column, subtree end. */
  private static final int INDEX = 0;

  private static final int LINE = 1;
  private static final int COLUMN = 2;
  private static final int END = 3;
  private static final int WIDTH = 4;

  private String[] names;
  private int[] values;
  private int count;

  /** The capacity of the next buffers: the last record's size, for a stream's records. */
  private int capacity = 64;

  /** Lines added to each recorded line: a record's first line in an NDJSON stream, less one. */
  private int lineOffset;

  /** Creates an empty recorder. */
  public PositionRecorder() {}

  /**
   * Records a value starting at a position: the next value in document order, a child of the values
   * added and not yet {@linkplain #close closed}.
   *
   * @param name the member's name, or {@code null} for a list item or the root
   * @param index the list item's index, or -1
   * @param line the line, from 1 (before the line offset); 0 or less if unknown
   * @param column the column, from 1
   * @return the value's node, to {@linkplain #close close} when it is a container
   */
  int add(String name, int index, int line, int column) {
    int node = count++;
    if (names == null) {
      names = new String[capacity];
      values = new int[capacity * WIDTH];
    } else if (node == names.length) {
      names = Arrays.copyOf(names, node * 2);
      values = Arrays.copyOf(values, names.length * WIDTH);
    }
    names[node] = name;
    int at = node * WIDTH;
    boolean known = line >= 1 && column >= 1;
    values[at + INDEX] = index;
    values[at + LINE] = known ? line + lineOffset : 0;
    values[at + COLUMN] = known ? column : 0;
    values[at + END] = node + 1;
    return node;
  }

  /**
   * Ends a container: the values added since it are its descendants.
   *
   * @param node the container's node
   */
  void close(int node) {
    values[node * WIDTH + END] = count;
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
   * Returns the positions recorded since the last call, and starts afresh (keeping the buffers, for
   * the next record of a stream).
   *
   * @return the positions
   */
  public SourcePositions take() {
    SourcePositions taken =
        count == 0
            ? NONE
            : new Compact(Arrays.copyOf(names, count), Arrays.copyOf(values, count * WIDTH), count);
    Arrays.fill(names, 0, count, null);
    count = 0;
    lineOffset = 0;
    return taken;
  }

  /** Recorded positions: the values in document order, see the class comment. */
  private static final class Compact implements SourcePositions {
    private final String[] names;
    private final int[] values;
    private final int count;
    private final int known;

    Compact(String[] names, int[] values, int count) {
      this.names = names;
      this.values = values;
      this.count = count;
      int k = 0;
      for (int node = 0; node < count; node++) {
        if (values[node * WIDTH + LINE] > 0) {
          k++;
        }
      }
      this.known = k;
    }

    @Override
    public Optional<SourcePosition> at(Pointer pointer) {
      if (count == 0) {
        return Optional.empty();
      }
      int node = 0;
      for (int t = 0; t < pointer.size(); t++) {
        node = child(node, pointer.token(t));
        if (node < 0) {
          return Optional.empty();
        }
      }
      int line = values[node * WIDTH + LINE];
      return line > 0
          ? Optional.of(new SourcePosition(line, values[node * WIDTH + COLUMN]))
          : Optional.empty();
    }

    /** The child of a node named by a token, or -1. */
    private int child(int node, String token) {
      int index = index(token);
      int end = values[node * WIDTH + END];
      for (int child = node + 1; child < end; child = values[child * WIDTH + END]) {
        String name = names[child];
        if (name != null ? name.equals(token) : index >= 0 && values[child * WIDTH] == index) {
          return child;
        }
      }
      return -1;
    }

    /** A token as a list index, or -1. */
    private static int index(String token) {
      if (!Pointer.isIndex(token) || token.length() > 9) {
        return -1;
      }
      return Integer.parseInt(token);
    }

    @Override
    public int size() {
      return known;
    }

    /** Equal when they record the same values, in the same order, at the same places. */
    @Override
    public boolean equals(Object other) {
      return other instanceof Compact that
          && count == that.count
          && Arrays.equals(names, 0, count, that.names, 0, count)
          && Arrays.equals(values, 0, count * WIDTH, that.values, 0, count * WIDTH);
    }

    @Override
    public int hashCode() {
      int hash = count;
      for (int i = 0; i < count * WIDTH; i++) {
        hash = 31 * hash + values[i];
      }
      return hash;
    }

    @Override
    public String toString() {
      return "SourcePositions[" + known + " values]";
    }
  }
}
