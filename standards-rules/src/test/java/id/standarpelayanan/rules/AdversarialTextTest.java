package id.standarpelayanan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule runs in time and stack linear in its input: texts of 10^5 characters in the worst
 * shapes known for regular expressions, word splitting and nested loops, put into every text of the
 * fixture's catalogue and standard, are checked on a thread with a 256 KiB stack, and a report
 * comes back.
 */
class AdversarialTextTest {

  /** The length of every adversarial text. */
  static final int LENGTH = 100_000;

  /** The stack of the checking thread: far less than the JVM's default. */
  private static final long STACK = 256 * 1024;

  private static final Checker CHECKER = Fixtures.checker(Profile.law25Of2009(), Locale.ENGLISH);
  private static final Checker INDONESIAN =
      Fixtures.checker(Profile.law25Of2009(), Fixtures.INDONESIAN);

  /** A named shape; the function gives the text of the n-th text field. */
  record Shape(String name, BiFunction<Integer, String, String> text) {
    @Override
    public String toString() {
      return name;
    }
  }

  static String repeat(String unit) {
    StringBuilder text = new StringBuilder(LENGTH + unit.length());
    while (text.length() < LENGTH) {
      text.append(unit);
    }
    return text.substring(0, LENGTH);
  }

  static Shape same(String name, String text) {
    return new Shape(name, (index, old) -> text);
  }

  static List<Shape> shapes() {
    String dotted = repeat("a.");
    String at = repeat("@");
    String half = "a".repeat(LENGTH / 2);
    return List.of(
        same("a.a.a…", dotted),
        same(
            "e-mail of 50,000 dot-separated labels",
            "pengaduan@" + dotted.substring(0, LENGTH - 15) + "go.id"),
        same("@@@…", at),
        same("http:// repeated", repeat("http://")),
        same("https://a. repeated", "https://" + dotted.substring(0, LENGTH - 8)),
        same("one word repeated", repeat("pemohon ")),
        same("a handing-over word repeated", repeat("menerima surat ")),
        same("alternating digits and letters", repeat("a1")),
        same("Nomor 1 Tahun 2000 repeated", repeat("Nomor 1 Tahun 2000 ")),
        same("deep parentheses", "(".repeat(LENGTH / 2) + ")".repeat(LENGTH / 2)),
        same("spaces", " ".repeat(LENGTH)),
        same("digits", "1".repeat(LENGTH)),
        same("phone separators", repeat("0/")),
        same("mixed scripts", repeat("a\u0416\u4e2d\u0639\ud83d\ude00 \u0661\u00e9\u200f")),
        new Shape(
            "a's and a near miss (string search)",
            (index, old) -> index % 2 == 0 ? "a".repeat(LENGTH) : half + "b"),
        new Shape(
            "words and a near miss",
            (index, old) ->
                index % 2 == 0
                    ? repeat("kartu ")
                    : repeat("kartu ").substring(0, LENGTH / 2) + "izin"),
        new Shape("distinct words", (index, old) -> distinctWords(index % 2)),
        new Shape("random text", (index, old) -> random(index)));
  }

  /** Words that differ ("w0 w1 w2 …"), the odd ones leaving out every other word. */
  static String distinctWords(int skip) {
    StringBuilder text = new StringBuilder(LENGTH + 16);
    for (int i = 0; text.length() < LENGTH; i++) {
      if (skip == 0 || i % 2 == 0) {
        text.append('w').append(i).append(' ');
      } else {
        text.append("x ");
      }
    }
    return text.substring(0, LENGTH);
  }

  static String random(long seed) {
    Random random = new Random(seed);
    String alphabet = "aeiou bcdkmnprst.,;:/@-()0123456789\u00e9\u0416\n\t";
    char[] text = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      text[i] = alphabet.charAt(random.nextInt(alphabet.length()));
    }
    return new String(text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void aCatalogueWithEveryTextInAWorstShapeIsChecked(Shape shape) {
    StandardsCatalog catalog = EveryText.replace(Fixtures.catalog(), shape.text());
    String step =
        catalog
            .getStandards()
            .get(0)
            .getProcedure()
            .orElseThrow()
            .getSteps()
            .get(0)
            .getDescription();
    assertThat(step.length()).as("the length of a step's text").isGreaterThan(LENGTH / 2);
    Report report = onSmallStack(() -> CHECKER.check(catalog));
    assertThat(report.standards()).hasSize(catalog.getStandards().size());
    assertThat(report.findings()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void aStandardWithEveryTextInAWorstShapeIsChecked(Shape shape) {
    ServiceStandard standard = EveryText.replace(Fixtures.standard(), shape.text());
    String address =
        standard
            .getComplaintHandling()
            .orElseThrow()
            .getChannels()
            .get(0)
            .getAddress()
            .orElseThrow();
    assertThat(address.length()).as("the length of a channel's address").isGreaterThan(LENGTH / 2);
    Report report = onSmallStack(() -> INDONESIAN.check(standard));
    assertThat(report.standards()).hasSize(1);
    assertThat(report.findings()).isNotEmpty();
  }

  @org.junit.jupiter.api.Test
  void aProcedureOfTenThousandStepsAlikeIsChecked() {
    var step = Fixtures.standard().getProcedure().orElseThrow().getSteps().get(0);
    List<id.standarpelayanan.model.ProcedureStep> steps = new java.util.ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      steps.add(
          id.standarpelayanan.model.ImmutableProcedureStep.copyOf(step)
              .withNumber(i + 1)
              .withDescription(
                  i % 3 == 0
                      ? "Pemohon menerima surat rekomendasi"
                      : "Petugas memeriksa berkas permohonan pemohon"));
    }
    var procedure =
        id.standarpelayanan.model.ImmutableProcedure.copyOf(
                Fixtures.standard().getProcedure().orElseThrow())
            .withSteps(steps);
    Report report = onSmallStack(() -> CHECKER.check(Fixtures.standard().withProcedure(procedure)));
    assertThat(report.standards()).hasSize(1);
  }

  @Property(tries = 12, edgeCases = EdgeCasesMode.NONE)
  void anyTextsOfAnyShapeInAnyFieldsAreChecked(
      @ForAll("anyShape") Shape shape,
      @ForAll("fieldSeeds") long seed,
      @ForAll("units") String unit) {
    Random fields = new Random(seed);
    String repeated = repeat(unit);
    StandardsCatalog catalog =
        EveryText.replace(
            Fixtures.catalog(),
            (index, old) ->
                switch (fields.nextInt(4)) {
                  case 0 -> old;
                  case 1 -> repeated;
                  default -> shape.text().apply(index, old);
                });
    Report report = onSmallStack(() -> CHECKER.check(catalog));
    assertThat(report.standards()).hasSize(catalog.getStandards().size());
  }

  @Provide
  Arbitrary<Shape> anyShape() {
    return Arbitraries.of(shapes());
  }

  @Provide
  Arbitrary<Long> fieldSeeds() {
    return Arbitraries.longs();
  }

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12);
  }

  /**
   * Runs a check on a thread with a small stack, within a generous hang guard, and returns its
   * report.
   */
  static Report onSmallStack(Supplier<Report> check) {
    AtomicReference<Report> report = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                report.set(check.get());
              } catch (Throwable e) { // reported below, StackOverflowError included
                failure.set(e);
              }
            },
            "small-stack-check",
            STACK);
    thread.setDaemon(true);
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          thread.start();
          thread.join();
        });
    assertThat(failure.get()).as("what the check threw").isNull();
    assertThat(report.get()).isNotNull();
    return report.get();
  }
}
