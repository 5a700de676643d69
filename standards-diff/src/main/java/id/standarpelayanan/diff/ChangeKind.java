package id.standarpelayanan.diff;

import org.apiguardian.api.API;

/** The operation a change performs on the document, whatever it means ({@link Meaning}). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ChangeKind {
  /** Something present only in the new version (an item, a field). */
  ADDED,
  /** Something present only in the old version. */
  REMOVED,
  /** A value that differs between the versions (text, number, time, fee). */
  CHANGED,
  /** A service whose id changed, matched by name and content. */
  RENAMED,
  /** The same items of a list in another order. */
  REORDERED,
  /** Two values that cannot be compared exactly, such as months against working days. */
  CHANGED_NOT_COMPARABLE;

  /**
   * Returns the kind of the inverse change (new to old).
   *
   * @return {@link #REMOVED} for {@link #ADDED} and the reverse; the others unchanged
   */
  public ChangeKind inverse() {
    return switch (this) {
      case ADDED -> REMOVED;
      case REMOVED -> ADDED;
      default -> this;
    };
  }
}
