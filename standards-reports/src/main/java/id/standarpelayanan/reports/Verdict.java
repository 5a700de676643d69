package id.standarpelayanan.reports;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What checking one or more documents came to (putusan), from the best to the worst; the worst over
 * all outcomes is the verdict of a run and, as {@link #exitCode()}, the exit code of {@code sp
 * validate}.
 */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public enum Verdict {
  /** Every document was read and passed: no finding at ERROR. Exit code {@code 0}. */
  PASSED(0),
  /** A document has a finding at ERROR. Exit code {@code 1}. */
  FINDINGS(1),
  /** A document, or a record of it, could not be read. Exit code {@code 2}. */
  UNREADABLE(2),
  /**
   * Reading or checking failed inside the library, not because of the document: a virtual machine
   * error (out of memory, stack overflow) or an unexpected exception. Exit code {@code 3}.
   */
  FAILED(3);

  private final int exitCode;

  Verdict(int exitCode) {
    this.exitCode = exitCode;
  }

  /**
   * Returns the worse of this verdict and another: the one later in {@link #values()}. Associative,
   * commutative, idempotent, with {@link #PASSED} as its identity.
   *
   * @param other the other verdict
   * @return the worse one
   * @throws NullPointerException if {@code other} is null
   */
  public Verdict worse(Verdict other) {
    Objects.requireNonNull(other, "other");
    return other.ordinal() > ordinal() ? other : this;
  }

  /**
   * Returns the process exit code of this verdict, as {@code sp validate} exits.
   *
   * @return {@code 0}, {@code 1}, {@code 2} or {@code 3}
   */
  public int exitCode() {
    return exitCode;
  }
}
