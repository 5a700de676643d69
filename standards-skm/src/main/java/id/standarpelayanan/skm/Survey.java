package id.standarpelayanan.skm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The running tally of a survey: per element the number of answers and their sum, overall and per
 * service type. Respondents are added one at a time and not kept, so memory stays constant however
 * many there are (it grows only with the number of distinct service types, at most {@link
 * #MAX_SERVICE_TYPES}).
 *
 * <p>Not thread-safe: one reader adds to it. {@link #result} may be called at any time.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Survey {

  /** The most distinct service types one survey tallies separately. */
  public static final int MAX_SERVICE_TYPES = 1000;

  private final Questionnaire questionnaire;
  private final List<Element> elements;

  /** Each element's position, by its code in upper case: answers are matched ignoring case. */
  private final Map<String, Integer> positions = new HashMap<>();

  private final Tally overall;
  private final Map<String, Tally> byServiceType = new TreeMap<>();

  private Survey(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
    this.elements = questionnaire.elements();
    for (int i = 0; i < elements.size(); i++) {
      positions.put(elements.get(i).code().toUpperCase(Locale.ROOT), i);
    }
    this.overall = new Tally(elements.size());
  }

  /**
   * Starts an empty survey.
   *
   * @param questionnaire the elements asked about
   * @return the survey
   */
  public static Survey of(Questionnaire questionnaire) {
    return new Survey(Objects.requireNonNull(questionnaire, "questionnaire"));
  }

  /**
   * Returns the questionnaire.
   *
   * @return the questionnaire
   */
  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /**
   * Adds a respondent. Answers to codes the questionnaire does not ask about are ignored.
   *
   * @param respondent the respondent
   * @return this survey
   * @throws IllegalStateException when the respondent brings a service type beyond the {@link
   *     #MAX_SERVICE_TYPES}th
   */
  public Survey add(Respondent respondent) {
    Objects.requireNonNull(respondent, "respondent");
    int[] answers = new int[elements.size()];
    respondent
        .answers()
        .forEach(
            (code, answer) -> {
              Integer position = positions.get(code.strip().toUpperCase(Locale.ROOT));
              if (position != null) {
                answers[position] = answer;
              }
            });
    Tally typeTally = null;
    if (respondent.serviceType().isPresent()) {
      String type = respondent.serviceType().get();
      typeTally = byServiceType.get(type);
      if (typeTally == null) {
        if (byServiceType.size() >= MAX_SERVICE_TYPES) {
          throw new IllegalStateException(
              "more than " + MAX_SERVICE_TYPES + " service types: " + type);
        }
        typeTally = new Tally(answers.length);
        byServiceType.put(type, typeTally);
      }
    }
    overall.add(answers);
    if (typeTally != null) {
      typeTally.add(answers);
    }
    return this;
  }

  /**
   * Computes the result so far.
   *
   * @param weighting the weighting of the elements' means
   * @return the result, with one per service type when respondents named one
   * @throws IllegalArgumentException when a rounded weighting is asked of unequal weights
   */
  public SurveyResult result(Weighting weighting) {
    return result(weighting, OptionalLong.empty());
  }

  /**
   * Computes the result so far, with the check of the sample against the population served.
   *
   * @param weighting the weighting of the elements' means
   * @param population the number of people served in the survey's period, positive
   * @return the result, with its {@link SampleCheck}
   */
  public SurveyResult result(Weighting weighting, long population) {
    return result(weighting, OptionalLong.of(population));
  }

  private SurveyResult result(Weighting weighting, OptionalLong population) {
    Objects.requireNonNull(weighting, "weighting");
    Map<String, SurveyResult> perType = new LinkedHashMap<>();
    byServiceType.forEach(
        (type, tally) -> perType.put(type, tally.result(questionnaire, weighting, Map.of(), null)));
    SampleCheck sample =
        population.isPresent()
            ? SampleSize.check(population.getAsLong(), overall.respondents)
            : null;
    return overall.result(questionnaire, weighting, perType, sample);
  }

  /** Sums and counts per element. */
  private static final class Tally {
    private final long[] sums;
    private final long[] counts;
    private long respondents;

    Tally(int elements) {
      sums = new long[elements];
      counts = new long[elements];
    }

    void add(int[] answers) {
      respondents++;
      for (int i = 0; i < answers.length; i++) {
        if (answers[i] != 0) {
          sums[i] += answers[i];
          counts[i]++;
        }
      }
    }

    SurveyResult result(
        Questionnaire questionnaire,
        Weighting weighting,
        Map<String, SurveyResult> perType,
        SampleCheck sample) {
      List<ElementResult> results = new ArrayList<>();
      List<Element> elements = questionnaire.elements();
      for (int i = 0; i < elements.size(); i++) {
        results.add(
            new ElementResult(
                elements.get(i),
                counts[i],
                sums[i],
                weighting.weight(questionnaire, elements.get(i))));
      }
      return new SurveyResult(weighting, respondents, results, perType, sample);
    }
  }
}
