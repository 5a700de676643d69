package id.standarpelayanan.benchmarks;

import id.standarpelayanan.benchmarks.FastPathBenchmark.Variant;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.Checker;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@link FastPathBenchmark}'s variants timed in turn in one virtual machine, round after round, so
 * that each round compares them under the same load: on a shared machine whose load changes from
 * one JMH fork to the next, the per-round ratio to {@code PLANS} is steadier than the ratio of two
 * forks' averages. Not JMH: the variants share one JIT profile, which can only slow the Hibernate
 * Validator variants down a little (their call sites see two metadata managers), so read it beside
 * the JMH figures.
 *
 * <p>Usage: {@code java -cp benchmarks.jar id.standarpelayanan.benchmarks.FastPathRace [rounds]
 * [milliseconds per turn]}; prints, per variant, the median over rounds of the microseconds per
 * validation and per whole check, and the median of the per-round ratios to {@code PLANS}.
 */
public final class FastPathRace {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-08-01T00:00:00Z"), ZoneOffset.UTC);

  private FastPathRace() {}

  /**
   * Runs the race.
   *
   * @param args the number of rounds (default 15) and the milliseconds of each turn (default 500)
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    long turnNanos = (args.length > 1 ? Long.parseLong(args[1]) : 500) * 1_000_000L;
    ServiceStandard standard = Documents.sample().getStandards().get(0);
    Checker rulesOnly = Checker.builder().clock(CLOCK).structure(false).build();
    Map<Variant, Validator> validators = new EnumMap<>(Variant.class);
    for (Variant variant : Variant.values()) {
      validators.put(variant, FastPathBenchmark.validator(variant));
    }
    Map<Variant, List<Double>> validate = new EnumMap<>(Variant.class);
    Map<Variant, List<Double>> check = new EnumMap<>(Variant.class);
    for (Variant variant : Variant.values()) {
      validate.put(variant, new ArrayList<>());
      check.put(variant, new ArrayList<>());
    }
    Variant[] order = Variant.values();
    // Warm-up: three rounds not recorded.
    for (int round = -3; round < rounds; round++) {
      for (int i = 0; i < order.length; i++) {
        // Rotate the order each round, so that no variant always follows the same one.
        Variant variant = order[Math.floorMod(i + round, order.length)];
        Validator validator = validators.get(variant);
        double v = time(turnNanos, () -> validator.validate(standard).size());
        double c =
            time(
                turnNanos,
                () ->
                    rulesOnly.check(standard).findings().size()
                        + validator.validate(standard).size());
        if (round >= 0) {
          validate.get(variant).add(v);
          check.get(variant).add(c);
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%-24s %12s %8s %12s %8s%n",
        "variant",
        "validate µs",
        "ratio",
        "check µs",
        "ratio");
    for (Variant variant : order) {
      System.out.printf(
          Locale.ROOT,
          "%-24s %12.2f %8.2f %12.2f %8.2f%n",
          variant,
          median(validate.get(variant)),
          medianRatio(validate.get(variant), validate.get(Variant.PLANS)),
          median(check.get(variant)),
          medianRatio(check.get(variant), check.get(Variant.PLANS)));
    }
  }

  /** Microseconds per call of {@code work}, called for about {@code nanos}. */
  private static double time(long nanos, Work work) {
    long sink = 0;
    long calls = 0;
    long start = System.nanoTime();
    long elapsed;
    do {
      for (int i = 0; i < 100; i++) {
        sink += work.run();
      }
      calls += 100;
      elapsed = System.nanoTime() - start;
    } while (elapsed < nanos);
    if (sink < 0) {
      throw new IllegalStateException("unreachable: sizes are never negative");
    }
    return elapsed / 1_000.0 / calls;
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted.length % 2 == 1
        ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }

  private static double medianRatio(List<Double> values, List<Double> baseline) {
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      ratios.add(values.get(i) / baseline.get(i));
    }
    return median(ratios);
  }

  /** One timed call, returning a size so that the work cannot be optimised away. */
  @FunctionalInterface
  private interface Work {
    int run();
  }
}
