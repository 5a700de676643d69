package id.standarpelayanan.skm;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * One respondent's answers (jawaban responden) on the 1–4 perception scale, by element code, and
 * their attributes (service type, date, sex, education and the like) by name.
 *
 * <p>An element left blank has no entry in {@link #answers()}: it does not count towards that
 * element's mean. Attribute names are kept as written; {@link #serviceType()} reads the one that
 * names the service.
 *
 * @param answers answers by element code (as the questionnaire spells it), each 1 to 4
 * @param attributes the other columns, by name, blanks left out
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Respondent(Map<String, Integer> answers, Map<String, String> attributes) {

  /**
   * The attribute names that give the service type (jenis layanan), compared ignoring case, spaces
   * and {@code -} as {@code _}.
   */
  public static final List<String> SERVICE_TYPE_ATTRIBUTES =
      List.of("jenis_layanan", "jenis_pelayanan", "layanan", "service_type", "service");

  /**
   * Checks and copies the answers and attributes.
   *
   * @throws IllegalArgumentException when an answer is outside 1–4
   */
  public Respondent {
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(attributes, "attributes");
    answers.forEach(
        (code, answer) -> {
          Objects.requireNonNull(code, "code");
          if (answer == null || answer < 1 || answer > 4) {
            throw new IllegalArgumentException(
                "the answer to " + code + " must be 1 to 4: " + answer);
          }
        });
    answers = Map.copyOf(answers);
    attributes = Map.copyOf(attributes);
  }

  /**
   * Returns the respondent's service type: the first non-blank attribute named as in {@link
   * #SERVICE_TYPE_ATTRIBUTES}, in their order.
   *
   * @return the service type, or empty
   */
  public Optional<String> serviceType() {
    Map<String, String> byNormalName = new TreeMap<>();
    attributes.forEach((name, value) -> byNormalName.put(normal(name), value));
    for (String name : SERVICE_TYPE_ATTRIBUTES) {
      String value = byNormalName.get(name);
      if (value != null && !value.isBlank()) {
        return Optional.of(value.strip());
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether an attribute name gives the service type.
   *
   * @param name a column name
   * @return whether it is one of {@link #SERVICE_TYPE_ATTRIBUTES}
   */
  public static boolean namesServiceType(String name) {
    return SERVICE_TYPE_ATTRIBUTES.contains(normal(name));
  }

  private static String normal(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
  }
}
