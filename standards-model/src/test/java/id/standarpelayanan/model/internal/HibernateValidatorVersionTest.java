package id.standarpelayanan.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * Pins the Hibernate Validator version the compiled constraint plans were last checked against.
 *
 * <p>{@link ConstraintPlans} restates the semantics of Hibernate Validator's built-in constraints
 * (for example {@code @NotBlank} as {@code String.isBlank}, {@code @Size} counting UTF-16 units)
 * and the cases it leaves to Hibernate Validator. A new version may change either without any test
 * here noticing, because the agreement properties only explore what their generators make. So an
 * upgrade must fail here until someone has re-read those semantics against the new version's
 * validators and release notes and then moves {@link #CHECKED_AGAINST} on.
 */
class HibernateValidatorVersionTest {

  /** The version whose constraint validators {@code ConstraintPlans} was last read against. */
  private static final String CHECKED_AGAINST = "9.1.0.Final";

  @Test
  void theFastPathWasReadAgainstTheHibernateValidatorOnTheClassPath() throws Exception {
    String running = runningVersion();

    assertThat(running)
        .as(
            """
            Hibernate Validator is now %s, but ConstraintPlans was last checked against %s.
            Before changing CHECKED_AGAINST in this test:
            1. re-read ConstraintPlans.builtIn and test(Node, Object) against the new version's \
            validators of @NotNull, @Null, @NotBlank, @NotEmpty, @Size, @Pattern, @Min, @Max, \
            @Positive, @PositiveOrZero, @Negative and @NegativeOrZero, and its release notes on \
            groups, value extraction, cascading and constraint composition;
            2. re-read the agreement properties and widen their generators to any new behaviour: \
            ConstraintPlansTest.aPlanAnswersAsHibernateValidator (standards-model), \
            ConstraintsTest.firesOnceAtTheFieldOnABadValue / staysQuietOnAGoodValue, \
            XmlCharactersTest.fastPathAndHibernateValidatorAgreeOnTextsNearTheBoundaries, and \
            FastPathProperties (standards-testkit);
            3. rerun FastPathBenchmark (benchmarks/README.md, "The constraint fast path"): \
            if Hibernate Validator's own path is now within 1.5 times the plans, remove the plans.""",
            running, CHECKED_AGAINST)
        .isEqualTo(CHECKED_AGAINST);
  }

  /**
   * The version in the manifest of the jar Hibernate Validator was loaded from, read from the jar
   * itself: on the module path its packages carry no manifest attributes.
   */
  private static String runningVersion() throws Exception {
    File jar =
        new File(
            HibernateValidator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (JarFile file = new JarFile(jar)) {
      return file.getManifest()
          .getMainAttributes()
          .getValue(Attributes.Name.IMPLEMENTATION_VERSION);
    }
  }
}
