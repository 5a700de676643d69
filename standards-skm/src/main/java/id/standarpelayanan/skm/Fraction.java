package id.standarpelayanan.skm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An exact rational number (pecahan), always in lowest terms with a positive denominator: the
 * survey's means, weights and index, computed without rounding.
 *
 * <p>Immutable and thread-safe; {@link #equals} and {@link #compareTo} agree (2/4 equals 1/2).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Fraction implements Comparable<Fraction> {

  /** Zero. */
  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

  /** One. */
  public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns {@code numerator / denominator} in lowest terms.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the fraction
   * @throws ArithmeticException when {@code denominator} is zero
   */
  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("denominator is zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    return new Fraction(numerator.divide(gcd), denominator.divide(gcd));
  }

  /**
   * Returns {@code numerator / denominator} in lowest terms.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the fraction
   * @throws ArithmeticException when {@code denominator} is zero
   */
  public static Fraction of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * Returns the exact value of a decimal ({@code 0.111} is 111/1000).
   *
   * @param decimal the decimal
   * @return the fraction
   */
  public static Fraction of(BigDecimal decimal) {
    Objects.requireNonNull(decimal, "decimal");
    return decimal.scale() >= 0
        ? of(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()))
        : of(decimal.toBigIntegerExact(), BigInteger.ONE);
  }

  /**
   * Returns the numerator, in lowest terms.
   *
   * @return the numerator
   */
  public BigInteger numerator() {
    return numerator;
  }

  /**
   * Returns the denominator, in lowest terms and positive.
   *
   * @return the denominator
   */
  public BigInteger denominator() {
    return denominator;
  }

  /**
   * Returns {@code this + other}.
   *
   * @param other the addend
   * @return the sum
   */
  public Fraction add(Fraction other) {
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * Returns {@code this × other}.
   *
   * @param other the factor
   * @return the product
   */
  public Fraction multiply(Fraction other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * Returns {@code this × factor}.
   *
   * @param factor the factor
   * @return the product
   */
  public Fraction multiply(long factor) {
    return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
  }

  /**
   * Returns the value rounded half up (0.005 up to 0.01) to {@code scale} decimals: the rounding of
   * every figure shown, and of the converted value before it is graded.
   *
   * @param scale the number of decimals, zero or more
   * @return the rounded decimal
   */
  public BigDecimal round(int scale) {
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
  }

  @Override
  public int compareTo(Fraction other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fraction
        && numerator.equals(((Fraction) other).numerator)
        && denominator.equals(((Fraction) other).denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /**
   * Returns the fraction as {@code n/d}, or {@code n} when the denominator is one.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE)
        ? numerator.toString()
        : numerator + "/" + denominator;
  }
}
