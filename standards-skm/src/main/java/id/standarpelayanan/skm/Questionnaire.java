package id.standarpelayanan.skm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The elements a survey asks about, in order, each with its exact weight (bobot); the weights sum
 * to exactly one.
 *
 * <p>{@link #standard()} is the guideline's: the nine elements, each weighing 1/9. An office may
 * add elements of its own ({@link #equallyWeighted}, {@link #weighted}) as long as the weights
 * still sum to one. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Questionnaire {

  private static final Questionnaire STANDARD = equallyWeighted(Element.STANDARD);

  private final Map<Element, Fraction> weights;

  private Questionnaire(Map<Element, Fraction> weights) {
    this.weights = Collections.unmodifiableMap(weights);
  }

  /**
   * Returns the questionnaire of PermenPANRB 14/2017: the nine elements, each weighing exactly 1/9.
   *
   * @return the standard questionnaire
   */
  public static Questionnaire standard() {
    return STANDARD;
  }

  /**
   * Returns a questionnaire whose elements weigh the same, exactly {@code 1/n} each.
   *
   * @param elements the elements, in order; at least one, codes distinct ignoring case
   * @return the questionnaire
   * @throws IllegalArgumentException when there is no element or two share a code
   */
  public static Questionnaire equallyWeighted(List<Element> elements) {
    Objects.requireNonNull(elements, "elements");
    Map<Element, Fraction> weights = new LinkedHashMap<>();
    for (Element element : elements) {
      weights.put(element, Fraction.of(1, Math.max(1, elements.size())));
    }
    return weighted(weights);
  }

  /**
   * Returns a questionnaire with the given weights, which must sum to exactly one (checked on the
   * fractions, so 0.111 nine times, 0.999, is refused).
   *
   * @param weights each element's weight, in the order of the map's iteration; positive
   * @return the questionnaire
   * @throws IllegalArgumentException when there is no element, two share a code, a weight is not
   *     positive, or the weights do not sum to exactly one (the message gives the sum)
   */
  public static Questionnaire weighted(Map<Element, Fraction> weights) {
    Objects.requireNonNull(weights, "weights");
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("a questionnaire needs at least one element");
    }
    Set<String> codes = new HashSet<>();
    Fraction sum = Fraction.ZERO;
    Map<Element, Fraction> copy = new LinkedHashMap<>();
    for (Map.Entry<Element, Fraction> entry : weights.entrySet()) {
      Element element = Objects.requireNonNull(entry.getKey(), "element");
      Fraction weight = Objects.requireNonNull(entry.getValue(), "weight");
      if (!codes.add(element.code().toUpperCase(Locale.ROOT))) {
        throw new IllegalArgumentException("two elements have the code " + element.code());
      }
      if (weight.compareTo(Fraction.ZERO) <= 0) {
        throw new IllegalArgumentException("the weight of " + element.code() + " is not positive");
      }
      sum = sum.add(weight);
      copy.put(element, weight);
    }
    if (!sum.equals(Fraction.ONE)) {
      throw new IllegalArgumentException(
          "the weights sum to " + sum + " (" + sum.round(6) + "), not exactly 1");
    }
    return new Questionnaire(copy);
  }

  /**
   * Returns the elements, in order.
   *
   * @return an unmodifiable list
   */
  public List<Element> elements() {
    return List.copyOf(weights.keySet());
  }

  /**
   * Returns an element's exact weight.
   *
   * @param element one of {@link #elements()}
   * @return its weight
   * @throws IllegalArgumentException when the element is not asked about
   */
  public Fraction weight(Element element) {
    Fraction weight = weights.get(element);
    if (weight == null) {
      throw new IllegalArgumentException("not an element of this questionnaire: " + element.code());
    }
    return weight;
  }

  /**
   * Finds the element with a code, ignoring case.
   *
   * @param code a column header such as {@code u1}
   * @return the element, or empty
   */
  public Optional<Element> element(String code) {
    Objects.requireNonNull(code, "code");
    for (Element element : weights.keySet()) {
      if (element.code().equalsIgnoreCase(code.strip())) {
        return Optional.of(element);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether every element weighs the same, as in the guideline; the rounded {@link
   * Weighting}s apply only then.
   *
   * @return whether the weights are equal
   */
  public boolean equalWeights() {
    return new HashSet<>(new ArrayList<>(weights.values())).size() == 1;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Questionnaire && weights.equals(((Questionnaire) other).weights);
  }

  @Override
  public int hashCode() {
    return weights.hashCode();
  }

  @Override
  public String toString() {
    return "Questionnaire" + weights;
  }
}
