package id.standarpelayanan.model;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An amount of money in whole rupiah (Rp), never negative. Fractions of a rupiah are not
 * representable: Indonesian tariffs are set in whole rupiah.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface Rupiah extends Comparable<Rupiah> {

  /** Zero rupiah. */
  Rupiah ZERO = of(0);

  /**
   * Returns the amount in rupiah.
   *
   * @return zero or more
   */
  @Value.Parameter
  long getAmount();

  /**
   * Returns an amount.
   *
   * @param amount whole rupiah, zero or more
   * @return the amount
   * @throws IllegalArgumentException if {@code amount} is negative
   */
  static Rupiah of(long amount) {
    return ImmutableRupiah.of(amount);
  }

  /**
   * Adds two amounts.
   *
   * @param other the amount to add
   * @return the sum
   * @throws ArithmeticException if the sum overflows
   */
  default Rupiah plus(Rupiah other) {
    java.util.Objects.requireNonNull(other, "other");
    return of(Math.addExact(getAmount(), other.getAmount()));
  }

  @Override
  default int compareTo(Rupiah other) {
    java.util.Objects.requireNonNull(other, "other");
    return Long.compare(getAmount(), other.getAmount());
  }

  /** Rejects a negative amount. */
  @Value.Check
  default void check() {
    if (getAmount() < 0) {
      throw new IllegalArgumentException("amount must not be negative: " + getAmount());
    }
  }
}
