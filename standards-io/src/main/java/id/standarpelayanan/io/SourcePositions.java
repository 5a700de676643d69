package id.standarpelayanan.io;

import id.standarpelayanan.io.internal.PositionRecorder;
import id.standarpelayanan.model.Pointer;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where the values of one document (or one record of a stream) came from: a JSON Pointer to each
 * value, mapped to its {@link SourcePosition}. Read with {@link
 * StandardsDocuments#withSourcePositions()}; pointers are relative to what was read as a whole (the
 * document, or the record of an array or NDJSON stream), as the pointers of the checker's findings
 * are.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface SourcePositions {

  /**
   * Returns where the value at a pointer starts.
   *
   * @param pointer the value's pointer
   * @return its position, or empty if it was not in the text (a default, an absent value) or
   *     positions were not kept
   */
  Optional<SourcePosition> at(Pointer pointer);

  /**
   * Returns where the value at a pointer starts or, if it was not in the text, where its nearest
   * enclosing value that was starts: a finding about a missing property is placed on the object
   * that lacks it.
   *
   * @param pointer the value's pointer
   * @return the position of the value or of its nearest recorded ancestor; empty if none was
   *     recorded
   */
  default Optional<SourcePosition> nearest(Pointer pointer) {
    Pointer p = pointer;
    while (true) {
      Optional<SourcePosition> position = at(p);
      if (position.isPresent() || p.isRoot()) {
        return position;
      }
      p = p.parent();
    }
  }

  /**
   * Returns the number of values whose position is known.
   *
   * @return the count, 0 when positions were not kept
   */
  int size();

  /**
   * Returns the positions of a document read without them: every lookup is empty.
   *
   * @return the empty positions
   */
  static SourcePositions none() {
    return PositionRecorder.NONE;
  }
}
