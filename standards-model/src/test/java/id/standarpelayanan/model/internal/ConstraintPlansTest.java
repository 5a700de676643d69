package id.standarpelayanan.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.standarpelayanan.model.ModelValidation;
import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.hibernate.validator.constraints.CompositionType;
import org.hibernate.validator.constraints.ConstraintComposition;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidator;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorInitializationContext;
import org.junit.jupiter.api.Test;

/**
 * The compiled plans answer exactly as Hibernate Validator does, and give up — leaving the answer
 * to Hibernate Validator — on what they do not model.
 */
// The coverage checks fail the property when missed; the collected figures are printed only then.
@StatisticsReport(onFailureOnly = true)
public class ConstraintPlansTest {

  private static final Validator FAST = ModelValidation.validator();
  private static final Validator HIBERNATE = FAST.unwrap(FastPathValidator.class).delegate();
  private static final ConstraintPlans PLANS = FAST.unwrap(FastPathValidator.class).plans();

  @Test
  void everyModelValueTypeIsCompiledToAPlan() {
    List<Class<?>> types =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.standarpelayanan.model")
                .stream()
                .filter(
                    c ->
                        c.getSimpleName().startsWith("Immutable")
                            && c.getEnclosingClass().isEmpty())
                .map(JavaClass::reflect)
                .collect(Collectors.toList());

    assertThat(types).as("the model's generated value types").hasSizeGreaterThanOrEqualTo(25);
    assertThat(types)
        .allSatisfy(type -> assertThat(PLANS.supports(type)).as(type.getName()).isTrue());
  }

  @Property(tries = 2000)
  void aPlanAnswersAsHibernateValidator(@ForAll("beans") Bean bean) {
    Set<String> expected = describe(HIBERNATE.validate(bean));
    Statistics.label("valid").collect(expected.isEmpty());
    Statistics.label("valid")
        .coverage(
            coverage -> {
              coverage.check(true).percentage(p -> p > 10);
              coverage.check(false).percentage(p -> p > 10);
            });

    assertThat(PLANS.valid(bean))
        .as("plan for %s, violations %s", bean, expected)
        .isEqualTo(expected.isEmpty());
    assertThat(describe(FAST.validate(bean))).isEqualTo(expected);
  }

  @Test
  void anUnmodelledConstraintIsLeftToHibernateValidator() {
    assertThat(PLANS.supports(WithEmail.class)).isFalse();

    assertThat(describe(FAST.validate(new WithEmail("bukan surel"))))
        .containsExactly("address: jakarta.validation.constraints.Email");
    assertThat(FAST.validate(new WithEmail("humas@kemenag.go.id"))).isEmpty();
  }

  @Test
  void aConstraintOutsideTheDefaultGroupIsLeftToHibernateValidator() {
    WithGroup bean = new WithGroup(null);
    assertThat(PLANS.supports(WithGroup.class)).isFalse();

    assertThat(FAST.validate(bean)).isEmpty();
    assertThat(describe(FAST.validate(bean, Extra.class)))
        .containsExactly("value: jakarta.validation.constraints.NotNull");
  }

  @Test
  void aValidatorThatFailsWithoutContextMakesThePlanGiveUp() {
    assertThat(PLANS.supports(WithContextHungryConstraint.class)).isTrue();

    assertThat(PLANS.valid(new WithContextHungryConstraint("ok"))).isFalse();
    assertThat(FAST.validate(new WithContextHungryConstraint("ok"))).isEmpty();
    assertThat(describe(FAST.validate(new WithContextHungryConstraint("")))).hasSize(1);
  }

  @Test
  void aThrowingGetterMakesThePlanGiveUpAndHibernateValidatorReportsIt() {
    assertThat(PLANS.valid(new Throwing())).isFalse();
    assertThatThrownBy(() -> FAST.validate(new Throwing()))
        .isInstanceOf(ValidationException.class)
        .hasRootCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void aConstraintOnAValueOfTheWrongTypeIsLeftToHibernateValidatorWhichRejectsIt() {
    assertThat(PLANS.valid(new Misdeclared(7))).isFalse();
    assertThatThrownBy(() -> FAST.validate(new Misdeclared(7)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void aConstraintOnAFieldIsLeftToHibernateValidatorWhichReadsTheField() {
    assertThat(PLANS.supports(WithFieldConstraint.class)).isFalse();

    assertThat(describe(FAST.validate(new WithFieldConstraint(null))))
        .containsExactly("middleName: jakarta.validation.constraints.NotNull");
    assertThat(FAST.validate(new WithFieldConstraint("Abdul"))).isEmpty();
  }

  @Test
  void aCompositionOtherThanAllMustHoldIsLeftToHibernateValidator() {
    assertThat(PLANS.supports(WithComposition.class)).isFalse();

    assertThat(FAST.validate(new WithComposition("xyz"))).hasSize(1);
    assertThat(FAST.validate(new WithComposition("abc"))).isEmpty();
  }

  @Test
  void aHibernateConstraintValidatorIsLeftToHibernateValidatorWhichInitialisesItFully() {
    assertThat(PLANS.supports(WithMinLength.class)).isFalse();

    assertThat(FAST.validate(new WithMinLength("ab"))).hasSize(1);
    assertThat(FAST.validate(new WithMinLength("abc"))).isEmpty();
  }

  @Test
  void aConstraintOnADeclaredTypeItDoesNotApplyToIsRejectedAsHibernateValidatorRejectsIt() {
    assertThat(PLANS.supports(SizedObject.class)).isFalse();
    assertThat(PLANS.supports(NegativeSize.class)).isFalse();

    assertThatThrownBy(() -> FAST.validate(new SizedObject("ab")))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> FAST.validate(new NegativeSize("ab")))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void aCyclicGraphIsLeftToHibernateValidator() {
    Node first = new Node("pertama");
    Node second = new Node(null);
    first.next = second;
    second.next = first;

    assertThat(PLANS.valid(first)).isFalse();
    assertThat(describe(FAST.validate(first)))
        .containsExactly("next.name: jakarta.validation.constraints.NotNull");
    second.name = "kedua";
    assertThat(FAST.validate(first)).isEmpty();
  }

  private static Set<String> describe(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream()
        .map(
            v ->
                v.getPropertyPath()
                    + ": "
                    + v.getConstraintDescriptor().getAnnotation().annotationType().getName())
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  @Provide
  Arbitrary<Bean> beans() {
    Arbitrary<String> text =
        mostly(
            Arbitraries.of("ab", "Zb1", "a b"),
            Arbitraries.strings()
                .withChars('a', 'b', 'Z', '1', ' ', '\t', '\u00a0', '\u2003', '\u001f', '\n')
                .ofMaxLength(7)
                .injectNull(0.1));
    Arbitrary<String> word =
        mostly(
            Arbitraries.of("a", "bA"),
            Arbitraries.strings().withChars('a', 'b', 'C', ' ').ofMaxLength(4));
    Arbitrary<Long> count =
        mostly(
            Arbitraries.longs().between(2, 9), Arbitraries.longs().between(-3, 12).injectNull(0.1));
    Arbitrary<BigDecimal> amount =
        mostly(
                Arbitraries.of("0", "0.00", "1.5", "100.00"),
                Arbitraries.of("-0.01", "100", "100.01", "1e3"))
            .map(BigDecimal::new)
            .injectNull(0.05);
    Arbitrary<List<String>> items =
        mostly(Arbitraries.of("a", "ab"), word.injectNull(0.1)).list().ofMaxSize(2);
    Arbitrary<Optional<String>> note =
        mostly(word.optional(0.7), Arbitraries.just(Optional.empty()));
    Arbitrary<Map<String, String>> tags =
        Arbitraries.maps(
                mostly(Arbitraries.of("a", "ab"), word),
                mostly(Arbitraries.of("x y"), text.filter(t -> t != null)))
            .ofMaxSize(1)
            .map(TreeMap::new);
    Arbitrary<Child> child =
        Combinators.combine(
                mostly(
                    Arbitraries.integers().between(-2, 0), Arbitraries.integers().between(-2, 2)),
                mostly(Arbitraries.of("x"), word.injectNull(0.1)))
            .as(Child::new);
    Arbitrary<List<Child>> children = mostly(child, child.injectNull(0.2)).list().ofMaxSize(2);
    Arbitrary<Optional<Child>> maybeChild = child.optional(0.7);
    Arbitrary<List<String>> required =
        mostly(items.filter(l -> !l.isEmpty()), items.injectNull(0.2));
    Arbitrary<Numbers> numbers =
        Combinators.combine(
                mostly(
                    Arbitraries.of(BigInteger.ZERO, BigInteger.TEN),
                    Arbitraries.bigIntegers()
                        .between(BigInteger.valueOf(-2), BigInteger.valueOf(12))),
                mostly(
                    Arbitraries.shorts().between((short) 3, (short) 7),
                    Arbitraries.shorts().between((short) -1, (short) 9).injectNull(0.1)),
                mostly(
                    Arbitraries.of(new String[0], new String[] {"a"}),
                    Arbitraries.strings().ofMaxLength(1).array(String[].class).ofMaxSize(3)))
            .as(Numbers::new);
    Arbitrary<Parts> parts =
        Combinators.combine(child.injectNull(0.2), children, maybeChild, required, numbers)
            .as(Parts::new);
    return Combinators.combine(text, count, amount, items, note, tags, parts).as(Bean::new);
  }

  /** Usually a valid value, sometimes any value: both answers come up often. */
  private static <T> Arbitrary<T> mostly(Arbitrary<? extends T> valid, Arbitrary<? extends T> any) {
    return Arbitraries.frequencyOf(Tuple.of(19, valid), Tuple.of(1, any));
  }

  /** The parts of a {@link Bean} that are beans or lists. */
  public record Parts(
      Child child,
      List<Child> children,
      Optional<Child> maybeChild,
      List<String> required,
      Numbers numbers) {}

  /** Big and small integers and an array, cascaded to. */
  public record Numbers(BigInteger big, Short small, String[] names) {
    @Max(10)
    @PositiveOrZero
    public BigInteger getBig() {
      return big;
    }

    @Min(3)
    @Max(7)
    public Short getSmall() {
      return small;
    }

    @Size(max = 2)
    public String[] getNames() {
      return names;
    }

    @Override
    public String toString() {
      return "Numbers[" + big + ", " + small + ", " + Arrays.toString(names) + "]";
    }
  }

  /** A bean with every constraint a plan models, on properties, elements, keys and values. */
  public static final class Bean {
    private final String text;
    private final Long count;
    private final BigDecimal amount;
    private final List<String> items;
    private final Optional<String> note;
    private final Map<String, String> tags;
    private final Parts parts;

    Bean(
        String text,
        Long count,
        BigDecimal amount,
        List<String> items,
        Optional<String> note,
        Map<String, String> tags,
        Parts parts) {
      this.text = text;
      this.count = count;
      this.amount = amount;
      this.items = items;
      this.note = note;
      this.tags = tags;
      this.parts = parts;
    }

    @NotBlank
    @Size(min = 2, max = 5)
    public String getText() {
      return text;
    }

    @Min(2)
    @Max(9)
    @Positive
    public Long getCount() {
      return count;
    }

    @PositiveOrZero
    @Max(100)
    public BigDecimal getAmount() {
      return amount;
    }

    public List<@NotNull @Size(max = 3) String> getItems() {
      return items;
    }

    public Optional<
            @NotNull @Pattern(regexp = "[ab]+", flags = Pattern.Flag.CASE_INSENSITIVE) String>
        getNote() {
      return note;
    }

    @Size(max = 1)
    public Map<@Pattern(regexp = "[ab]*") String, @NotBlankIfPresent String> getTags() {
      return tags;
    }

    @Valid
    public Child getChild() {
      return parts.child();
    }

    public List<@Valid Child> getChildren() {
      return parts.children();
    }

    public Optional<@Valid Child> getMaybeChild() {
      return parts.maybeChild();
    }

    @NotEmpty
    public List<String> getRequired() {
      return parts.required();
    }

    @Valid
    public Numbers getNumbers() {
      return parts.numbers();
    }

    @Override
    public String toString() {
      return Arrays.asList(text, count, amount, items, note, tags, parts).toString();
    }
  }

  /** A bean cascaded to. */
  public static final class Child {
    private final int level;
    private final String name;

    Child(int level, String name) {
      this.level = level;
      this.name = name;
    }

    @NegativeOrZero
    public int getLevel() {
      return level;
    }

    @NotNull
    @Negative
    public Integer getOffset() {
      return level - 1;
    }

    @NotEmpty
    public String getName() {
      return name;
    }

    @Override
    public String toString() {
      return "Child[" + level + ", " + name + "]";
    }
  }

  /** A constraint the plans do not model. */
  public record WithEmail(String address) {
    @Email
    public String getAddress() {
      return address;
    }
  }

  /** A validation group other than the default. */
  public interface Extra {}

  /** A constraint in another group. */
  public record WithGroup(String value) {
    @NotNull(groups = Extra.class)
    public String getValue() {
      return value;
    }
  }

  /** A custom constraint whose validator always uses its context. */
  @Constraint(validatedBy = ContextHungryValidator.class)
  @Target({ElementType.METHOD})
  @Retention(RetentionPolicy.RUNTIME)
  public @interface ContextHungry {
    /**
     * @return the message
     */
    String message() default "kosong";

    /**
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
  }

  /** Reads the context before deciding. */
  public static final class ContextHungryValidator
      implements ConstraintValidator<ContextHungry, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      context.getDefaultConstraintMessageTemplate();
      return value == null || !value.isEmpty();
    }
  }

  /** A bean with the context-hungry constraint. */
  public record WithContextHungryConstraint(String value) {
    @ContextHungry
    public String getValue() {
      return value;
    }
  }

  /** A text constraint on a number: a mistake Hibernate Validator reports when validating. */
  public record Misdeclared(Integer count) {
    @NotBlank
    public Integer getCount() {
      return count;
    }
  }

  /** A constraint on a field, next to a has-getter that returns something else. */
  public static final class WithFieldConstraint {
    @NotNull private final String middleName;

    WithFieldConstraint(String middleName) {
      this.middleName = middleName;
    }

    public boolean hasMiddleName() {
      return middleName != null;
    }
  }

  /** Valid when the text does not start with x: every composing constraint must fail. */
  @ConstraintComposition(CompositionType.ALL_FALSE)
  @Pattern(regexp = "x.*")
  @Constraint(validatedBy = {})
  @Target({ElementType.METHOD})
  @Retention(RetentionPolicy.RUNTIME)
  public @interface NotStartingWithX {
    /**
     * @return the message
     */
    String message() default "diawali x";

    /**
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
  }

  /** A bean with the composed constraint. */
  public record WithComposition(String value) {
    @NotStartingWithX
    public String getValue() {
      return value;
    }
  }

  /** At least three characters, the bound read the Hibernate Validator way. */
  @Constraint(validatedBy = MinLengthValidator.class)
  @Target({ElementType.METHOD})
  @Retention(RetentionPolicy.RUNTIME)
  public @interface MinLength {
    /**
     * @return the message
     */
    String message() default "terlalu pendek";

    /**
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
  }

  /** Takes its bound only in Hibernate Validator's initialisation. */
  public static final class MinLengthValidator
      implements HibernateConstraintValidator<MinLength, String> {
    private int min;

    @Override
    public void initialize(
        ConstraintDescriptor<MinLength> descriptor,
        HibernateConstraintValidatorInitializationContext context) {
      min = 3;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.length() >= min;
    }
  }

  /** A bean with the Hibernate-initialised constraint. */
  public record WithMinLength(String value) {
    @MinLength
    public String getValue() {
      return value;
    }
  }

  /** A size on a property declared as Object. */
  public record SizedObject(Object value) {
    @Size(max = 5)
    public Object getValue() {
      return value;
    }
  }

  /** A size with a negative minimum. */
  public record NegativeSize(String value) {
    @Size(min = -1)
    public String getValue() {
      return value;
    }
  }

  /** A bean that can form a cycle. */
  public static final class Node {
    private String name;
    private Node next;

    Node(String name) {
      this.name = name;
    }

    @NotNull
    public String getName() {
      return name;
    }

    @Valid
    public Node getNext() {
      return next;
    }
  }

  /** A bean whose getter throws. */
  public static final class Throwing {
    @NotNull
    public String getValue() {
      throw new IllegalStateException("rusak");
    }
  }
}
