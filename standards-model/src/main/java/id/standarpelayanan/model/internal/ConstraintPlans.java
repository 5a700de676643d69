package id.standarpelayanan.model.internal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.GroupSequence;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraintvalidation.SupportedValidationTarget;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import java.lang.annotation.Annotation;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandleProxies;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.validator.constraints.CompositionType;
import org.hibernate.validator.constraints.ConstraintComposition;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidator;
import org.hibernate.validator.group.GroupSequenceProvider;

/**
 * Boolean-only plans of the Bean Validation constraints of classes, compiled from the validator's
 * own metadata: each plan proves a value valid, with plain calls, or gives up.
 *
 * <p>Hibernate Validator spends most of a validation on bookkeeping that only matters when a
 * constraint fails: a context per bean, a property path per node, value-extraction receivers. A
 * plan walks the same constraints — read from {@link Validator#getConstraintsForClass}, so there is
 * one source of truth — and answers only "valid". {@link FastPathValidator} returns no violations
 * when the plan says valid and asks Hibernate Validator otherwise, so every violation still comes
 * from Hibernate Validator, with its paths and messages.
 *
 * <p>A plan says valid only when it is sure. It gives up (answers not valid) on what it does not
 * model: constraints outside the {@link Default} group, group sequences, explicit value unwrapping,
 * constraints on {@code Optional} properties or on fields, property-level {@code @Valid} on
 * containers, containers outside {@code java.util}, compositions other than AND, {@code
 * HibernateConstraintValidator}s, constraints whose validator does not fit the declared type,
 * built-in constraints on values it does not compare exactly (floating point, or text under
 * {@code @Min}), cyclic graphs, and any exception from a getter or a custom validator. Custom
 * constraints run their own single {@link ConstraintValidator} (with no context: one that needs a
 * context on valid values throws, and the plan gives up).
 *
 * <p>Plans are immutable and thread-safe; classes are compiled on first use and cached.
 *
 * <p>The built-in semantics here are those of the Hibernate Validator version pinned by {@code
 * HibernateValidatorVersionTest}, which fails on any other version until they have been re-read;
 * {@code FastPathBenchmark} measured the plans against Hibernate Validator's own settings (see
 * benchmarks/README.md).
 */
public final class ConstraintPlans {

  /** The declared types whose bounds a plan compares exactly. */
  private static final Set<Class<?>> INTEGRAL =
      Set.of(
          Integer.class, Long.class, Short.class, Byte.class, BigInteger.class, BigDecimal.class);

  private static final Node VALID = Node.valid();
  private static final Node GIVE_UP = Node.giveUp();

  private final Validator metadata;
  private final ConstraintValidatorFactory validators;
  private final ClassValue<Node> plans =
      new ClassValue<>() {
        @Override
        protected Node computeValue(Class<?> type) {
          try {
            Node plan = compile(type);
            return plan == null ? VALID : plan;
          } catch (Unsupported | ReflectiveOperationException | RuntimeException e) {
            return GIVE_UP;
          }
        }
      };

  /**
   * Creates plans from a validator's metadata.
   *
   * @param metadata the validator whose constraints are compiled
   * @param validators the factory of the custom constraints' validators
   */
  public ConstraintPlans(Validator metadata, ConstraintValidatorFactory validators) {
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    this.validators = Objects.requireNonNull(validators, "validators");
  }

  /**
   * Returns whether a bean certainly satisfies every constraint of the default group, its own and
   * those of the beans it cascades to.
   *
   * @param bean the bean, not null
   * @return {@code true} if valid; {@code false} if not valid or not decided
   */
  public boolean valid(Object bean) {
    try {
      return test(plans.get(bean.getClass()), bean);
    } catch (RuntimeException | StackOverflowError e) {
      // A getter or validator failed, or a cyclic graph of beans (which Hibernate Validator tracks
      // and a plan does not): Hibernate Validator decides.
      return false;
    }
  }

  /**
   * Returns whether the beans of a class are decided by a plan rather than given up on.
   *
   * @param type the class of beans
   * @return whether a plan was compiled for it
   */
  public boolean supports(Class<?> type) {
    return plans.get(type) != GIVE_UP;
  }

  /** What a {@link Node} checks. */
  private enum Kind {
    VALID,
    GIVE_UP,
    ALL,
    PROPERTY,
    CASCADE,
    OPTIONAL,
    ELEMENTS,
    MAP_KEYS,
    MAP_VALUES,
    NOT_NULL,
    NULL,
    NOT_BLANK,
    NOT_EMPTY,
    SIZE,
    PATTERN,
    BOUND,
    CUSTOM
  }

  /** How a big number must compare with a {@link Kind#BOUND bound} for the constraint to hold. */
  private enum Comparison {
    /** {@code @Max}, {@code @NegativeOrZero}: at most the bound. */
    AT_MOST,
    /** {@code @Negative}: below the bound. */
    BELOW,
    /** {@code @Min}, {@code @PositiveOrZero}: at least the bound. */
    AT_LEAST,
    /** {@code @Positive}: above the bound. */
    ABOVE;

    /** Whether a {@code compareTo} result of the value with the bound satisfies this comparison. */
    boolean holds(int comparison) {
      return switch (this) {
        case AT_MOST -> comparison <= 0;
        case BELOW -> comparison < 0;
        case AT_LEAST -> comparison >= 0;
        case ABOVE -> comparison > 0;
      };
    }
  }

  /**
   * One step of a plan. Plans are data walked by {@link #test(Node, Object)} rather than nested
   * lambdas: a lambda's call sites see every plan's lambdas, and the JIT compiler then inlines
   * none. Each {@link Kind} has one factory, which sets exactly the operands that kind reads.
   */
  private static final class Node {
    private static final Node VALID = new Node(Kind.VALID);
    private static final Node GIVE_UP = new Node(Kind.GIVE_UP);
    private static final Node CASCADE = new Node(Kind.CASCADE);
    private static final Node NOT_NULL = new Node(Kind.NOT_NULL);
    private static final Node NULL = new Node(Kind.NULL);
    private static final Node NOT_BLANK = new Node(Kind.NOT_BLANK);
    private static final Node NOT_EMPTY = new Node(Kind.NOT_EMPTY);

    final Kind kind;
    final Node[] children;
    final Function<Object, Object> read;
    final long low;
    final long high;
    final BigDecimal bound;
    final Comparison comparison;
    final java.util.regex.Pattern pattern;
    final ConstraintValidator<Annotation, Object> validator;

    private Node(Kind kind) {
      this(kind, null, null);
    }

    private Node(Kind kind, Node[] children, Function<Object, Object> read) {
      this(kind, children, read, 0, 0, null, null, null, null);
    }

    private Node(
        Kind kind,
        Node[] children,
        Function<Object, Object> read,
        long low,
        long high,
        BigDecimal bound,
        Comparison comparison,
        java.util.regex.Pattern pattern,
        ConstraintValidator<Annotation, Object> validator) {
      this.kind = kind;
      this.children = children;
      this.read = read;
      this.low = low;
      this.high = high;
      this.bound = bound;
      this.comparison = comparison;
      this.pattern = pattern;
      this.validator = validator;
    }

    /** Nothing to check: always valid. */
    static Node valid() {
      return VALID;
    }

    /** Not modelled: never proves a value valid. */
    static Node giveUp() {
      return GIVE_UP;
    }

    /** Every one of {@code checks} on the same value. */
    static Node all(Node[] checks) {
      return new Node(Kind.ALL, checks, null);
    }

    /** {@code checks} applied to a property read by {@code read}. */
    static Node property(Function<Object, Object> read, Node checks) {
      return new Node(Kind.PROPERTY, steps(checks), read);
    }

    /** {@code @Valid}: the plan of the value's own class, unless the value is null. */
    static Node cascade() {
      return CASCADE;
    }

    /** {@code checks} applied to what an {@code Optional} holds, null when it is empty. */
    static Node optional(Node checks) {
      return new Node(Kind.OPTIONAL, steps(checks), null);
    }

    /** {@code checks} applied to each element of an {@code Iterable}. */
    static Node elements(Node checks) {
      return new Node(Kind.ELEMENTS, steps(checks), null);
    }

    /** {@code checks} applied to each key of a {@code Map}. */
    static Node mapKeys(Node checks) {
      return new Node(Kind.MAP_KEYS, steps(checks), null);
    }

    /** {@code checks} applied to each value of a {@code Map}. */
    static Node mapValues(Node checks) {
      return new Node(Kind.MAP_VALUES, steps(checks), null);
    }

    /** {@code @NotNull}. */
    static Node notNull() {
      return NOT_NULL;
    }

    /** {@code @Null}. */
    static Node isNull() {
      return NULL;
    }

    /** {@code @NotBlank} on text. */
    static Node notBlank() {
      return NOT_BLANK;
    }

    /** {@code @NotEmpty} on text, a collection, a map or an array. */
    static Node notEmpty() {
      return NOT_EMPTY;
    }

    /** {@code @Size(min, max)} on text, a collection, a map or an array. */
    static Node size(int min, int max) {
      return new Node(Kind.SIZE, null, null, min, max, null, null, null, null);
    }

    /** {@code @Pattern} on text, the whole text matching. */
    static Node pattern(java.util.regex.Pattern pattern) {
      return new Node(Kind.PATTERN, null, null, 0, 0, null, null, pattern, null);
    }

    /**
     * A bound on an exact integral number: {@code low..high} for the primitive-range types; for big
     * numbers the comparison with {@code bound} must come out as {@code comparison} says.
     */
    static Node bound(long low, long high, BigDecimal bound, Comparison comparison) {
      return new Node(Kind.BOUND, null, null, low, high, bound, comparison, null, null);
    }

    /** A custom constraint, decided by its own initialised validator. */
    static Node custom(ConstraintValidator<Annotation, Object> validator) {
      return new Node(Kind.CUSTOM, null, null, 0, 0, null, null, null, validator);
    }

    private static Node[] steps(Node checks) {
      return checks.kind == Kind.ALL ? checks.children : new Node[] {checks};
    }
  }

  /** Evaluates a plan step on a value: {@code true} when the value is certainly valid. */
  private boolean test(Node node, Object value) {
    switch (node.kind) {
      case VALID:
        return true;
      case ALL:
        return testAll(node.children, value);
      case PROPERTY:
        return testAll(node.children, node.read.apply(value));
      case CASCADE:
        return value == null || test(plans.get(value.getClass()), value);
      case OPTIONAL:
        // An empty Optional is extracted as null: @NotNull on its element fails.
        return value == null || testAll(node.children, ((Optional<?>) value).orElse(null));
      case ELEMENTS:
        return value == null || testEach(node.children, (Iterable<?>) value);
      case MAP_KEYS:
        return value == null || testEach(node.children, ((Map<?, ?>) value).keySet());
      case MAP_VALUES:
        return value == null || testEach(node.children, ((Map<?, ?>) value).values());
      case NOT_NULL:
        return value != null;
      case NULL:
        return value == null;
      case NOT_BLANK:
        // Hibernate Validator 9: String.isBlank, so Unicode whitespace counts as blank.
        return value instanceof CharSequence text && !text.toString().isBlank();
      case NOT_EMPTY:
        return size(value) > 0;
      case SIZE:
        if (value == null) {
          return true;
        }
        int size = size(value);
        return size >= node.low && size <= node.high;
      case PATTERN:
        return value == null
            || (value instanceof CharSequence text && node.pattern.matcher(text).matches());
      case BOUND:
        return bound(node, value);
      case CUSTOM:
        return node.validator.isValid(value, null);
      default:
        return false;
    }
  }

  private boolean testAll(Node[] nodes, Object value) {
    for (Node node : nodes) {
      if (!test(node, value)) {
        return false;
      }
    }
    return true;
  }

  private boolean testEach(Node[] nodes, Iterable<?> values) {
    if (values instanceof List<?> list && values instanceof RandomAccess) {
      // The model's lists: by index, without an iterator per list.
      for (int i = 0; i < list.size(); i++) {
        if (!testAll(nodes, list.get(i))) {
          return false;
        }
      }
      return true;
    }
    for (Object value : values) {
      if (!testAll(nodes, value)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A bound on an exact integral number: {@code low..high} for the primitive-range types; for big
   * numbers the comparison with {@code bound} must come out as the node's {@link Comparison} says.
   * Floating point and text are not decided.
   */
  private static boolean bound(Node node, Object value) {
    if (value == null) {
      return true;
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      long n = ((Number) value).longValue();
      return n >= node.low && n <= node.high;
    }
    int comparison;
    if (value instanceof BigInteger number) {
      comparison = new BigDecimal(number).compareTo(node.bound);
    } else if (value instanceof BigDecimal number) {
      comparison = number.compareTo(node.bound);
    } else {
      return false;
    }
    return node.comparison.holds(comparison);
  }

  /** A construct the plans do not model: the class is given up. */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  /** Compiles the plan of a class; {@code null} when it has nothing to check. */
  private Node compile(Class<?> type) throws Unsupported, ReflectiveOperationException {
    if (isContainer(type)) {
      // Cascading into a container met at run time is Hibernate Validator's legacy business.
      throw new Unsupported("a container cascaded to: " + type.getName());
    }
    for (Class<?> t = type; t != null; t = t.getSuperclass()) {
      rejectGroupSequence(t);
    }
    for (Class<?> t : allInterfaces(type)) {
      rejectGroupSequence(t);
    }
    BeanDescriptor bean = metadata.getConstraintsForClass(type);
    List<Node> checks = new ArrayList<>();
    checks.add(constraints(bean.getConstraintDescriptors(), type));
    for (PropertyDescriptor property : bean.getConstrainedProperties()) {
      rejectFieldConstraints(type, property.getPropertyName());
      Method getter = getter(type, property.getPropertyName());
      Class<?> declared = getter.getReturnType();
      boolean optional = declared.getName().startsWith("java.util.Optional");
      if (isContainer(declared) && property.isCascaded()) {
        throw new Unsupported(
            "property-level @Valid on a container: " + property.getPropertyName());
      }
      if (optional && property.hasConstraints()) {
        throw new Unsupported(
            "constraints unwrapped from an Optional property: " + property.getPropertyName());
      }
      Node value =
          all(
              Arrays.asList(
                  constraints(property.getConstraintDescriptors(), getter.getGenericReturnType()),
                  property.isCascaded() ? Node.cascade() : null,
                  containerElements(
                      property.getConstrainedContainerElementTypes(),
                      getter.getGenericReturnType())));
      if (value != null) {
        checks.add(Node.property(accessor(getter), value));
      }
    }
    return all(checks);
  }

  private static void rejectGroupSequence(Class<?> type) throws Unsupported {
    if (type.isAnnotationPresent(GroupSequence.class)
        || type.isAnnotationPresent(GroupSequenceProvider.class)) {
      throw new Unsupported("a redefined default group sequence on " + type.getName());
    }
  }

  private static Set<Class<?>> allInterfaces(Class<?> type) {
    Set<Class<?>> out = new java.util.LinkedHashSet<>();
    for (Class<?> t = type; t != null; t = t.getSuperclass()) {
      collectInterfaces(t, out);
    }
    return out;
  }

  private static void collectInterfaces(Class<?> type, Set<Class<?>> out) {
    for (Class<?> i : type.getInterfaces()) {
      if (out.add(i)) {
        collectInterfaces(i, out);
      }
    }
  }

  /**
   * Gives up on a property whose field carries constraints: Hibernate Validator reads those from
   * the field, and the plan reads the getter, which may return something else.
   */
  private static void rejectFieldConstraints(Class<?> type, String property) throws Unsupported {
    for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
      for (Field field : t.getDeclaredFields()) {
        if (field.getName().equals(property)
            && (validationAnnotated(field.getDeclaredAnnotations())
                || validationAnnotated(field.getAnnotatedType()))) {
          throw new Unsupported("constraints on the field " + t.getName() + "." + property);
        }
      }
    }
  }

  private static boolean validationAnnotated(AnnotatedType type) {
    if (validationAnnotated(type.getAnnotations())) {
      return true;
    }
    if (type instanceof AnnotatedParameterizedType parameterized) {
      for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
        if (validationAnnotated(argument)) {
          return true;
        }
      }
    }
    return type instanceof AnnotatedArrayType array
        && validationAnnotated(array.getAnnotatedGenericComponentType());
  }

  private static boolean validationAnnotated(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      Class<? extends Annotation> kind = annotation.annotationType();
      if (kind == Valid.class
          || kind.isAnnotationPresent(Constraint.class)
          || kind.getName().startsWith("jakarta.validation.")) {
        return true;
      }
    }
    return false;
  }

  /** Finds the public getter Hibernate Validator reads the property through: getX, isX or hasX. */
  private static Method getter(Class<?> type, String property) throws Unsupported {
    String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    Method found = null;
    for (String name : List.of("get" + suffix, "is" + suffix, "has" + suffix)) {
      Method method;
      try {
        method = type.getMethod(name);
      } catch (NoSuchMethodException e) {
        continue;
      }
      // Hibernate Validator takes isX and hasX as getters only when they return a primitive
      // boolean.
      boolean bool = method.getReturnType() == boolean.class;
      if (method.getReturnType() == void.class || (!name.startsWith("get") && !bool)) {
        continue;
      }
      if (found != null) {
        throw new Unsupported("two getters for " + property);
      }
      found = method;
    }
    if (found == null || Modifier.isStatic(found.getModifiers())) {
      throw new Unsupported("no public getter for " + property);
    }
    return found;
  }

  /**
   * A getter as a function: a generated lambda, or, where one cannot be made (a {@code
   * LambdaConversionException}), a proxy over the getter's method handle. Neither path catches
   * {@code Throwable}: what the getter throws reaches the caller, checked exceptions wrapped by the
   * proxy.
   */
  @SuppressWarnings("unchecked")
  private static Function<Object, Object> accessor(Method getter)
      throws ReflectiveOperationException {
    Class<?> owner = getter.getDeclaringClass();
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    MethodHandle handle = lookup.unreflect(getter);
    MethodType erased = MethodType.methodType(Object.class, Object.class);
    CallSite site;
    try {
      site =
          LambdaMetafactory.metafactory(
              lookup,
              "apply",
              MethodType.methodType(Function.class),
              erased,
              handle,
              MethodType.methodType(rawBoxedClass(getter.getReturnType()), owner));
    } catch (LambdaConversionException e) {
      return MethodHandleProxies.asInterfaceInstance(Function.class, handle.asType(erased));
    }
    // The call site's target makes the lambda; calling it through a Supplier proxy keeps its
    // signature free of Throwable.
    return (Function<Object, Object>)
        MethodHandleProxies.asInterfaceInstance(Supplier.class, site.getTarget()).get();
  }

  private static boolean isContainer(Class<?> type) {
    return type.getName().startsWith("java.util.Optional")
        || Iterable.class.isAssignableFrom(type)
        || Map.class.isAssignableFrom(type)
        || type.isArray();
  }

  private Node containerElements(Set<ContainerElementTypeDescriptor> elements, Type declared)
      throws Unsupported {
    List<Node> checks = new ArrayList<>();
    for (ContainerElementTypeDescriptor element : elements) {
      Type argument =
          typeArgument(declared, element.getContainerClass(), element.getTypeArgumentIndex());
      // A cascade to a container met at run time finds no plan for it (see compile).
      Node each =
          all(
              Arrays.asList(
                  constraints(element.getConstraintDescriptors(), argument),
                  element.isCascaded() ? Node.cascade() : null,
                  containerElements(element.getConstrainedContainerElementTypes(), argument)));
      if (each != null) {
        checks.add(extract(element.getContainerClass(), element.getTypeArgumentIndex(), each));
      }
    }
    return all(checks);
  }

  /** The declared type of a container's elements: {@code String} in {@code List<String>}. */
  private static Type typeArgument(Type declared, Class<?> container, Integer index)
      throws Unsupported {
    if (declared instanceof ParameterizedType parameterized
        && parameterized.getRawType() == container
        && index != null
        && index < parameterized.getActualTypeArguments().length) {
      return parameterized.getActualTypeArguments()[index];
    }
    throw new Unsupported("the element type of " + declared + " in " + container);
  }

  /** The class of a declared type, primitives boxed. */
  private static Class<?> rawBoxed(Type declared) throws Unsupported {
    Type raw =
        declared instanceof ParameterizedType parameterized ? parameterized.getRawType() : declared;
    if (raw instanceof Class<?> type) {
      return rawBoxedClass(type);
    }
    throw new Unsupported("the declared type " + declared);
  }

  /** Applies a check to the values a container holds, as Hibernate Validator's extractors do. */
  private static Node extract(Class<?> container, Integer index, Node each) throws Unsupported {
    if (!container.getName().startsWith("java.util.") || index == null) {
      throw new Unsupported("container " + container.getName());
    }
    if (container == Optional.class && index == 0) {
      return Node.optional(each);
    }
    if (Iterable.class.isAssignableFrom(container) && index == 0) {
      return Node.elements(each);
    }
    if (Map.class.isAssignableFrom(container) && (index == 0 || index == 1)) {
      return index == 0 ? Node.mapKeys(each) : Node.mapValues(each);
    }
    throw new Unsupported("container " + container.getName() + " argument " + index);
  }

  private Node constraints(Set<ConstraintDescriptor<?>> descriptors, Type declared)
      throws Unsupported {
    List<Node> checks = new ArrayList<>();
    for (ConstraintDescriptor<?> descriptor : descriptors) {
      checks.add(constraint(descriptor, declared));
    }
    return all(checks);
  }

  private Node constraint(ConstraintDescriptor<?> descriptor, Type declared) throws Unsupported {
    Annotation annotation = descriptor.getAnnotation();
    // Hibernate Validator adds the declaring interface as an implicit group of a Default
    // constraint.
    if (!descriptor.getGroups().contains(Default.class)) {
      throw new Unsupported("groups " + descriptor.getGroups() + " on " + annotation);
    }
    if (descriptor.getValueUnwrapping() != ValidateUnwrappedValue.DEFAULT) {
      throw new Unsupported("explicit value unwrapping on " + annotation);
    }
    ConstraintComposition composition =
        annotation.annotationType().getAnnotation(ConstraintComposition.class);
    if (composition != null && composition.value() != CompositionType.AND) {
      throw new Unsupported(composition.value() + " composition in " + annotation);
    }
    List<Node> checks = new ArrayList<>();
    for (ConstraintDescriptor<?> composing : descriptor.getComposingConstraints()) {
      checks.add(constraint(composing, declared));
    }
    Class<?> type = rawBoxed(declared);
    Optional<Node> builtIn = builtIn(annotation, type);
    checks.add(builtIn.isPresent() ? builtIn.get() : custom(descriptor, type));
    return all(checks);
  }

  /** The built-in constraints, with the semantics of the specification and Hibernate Validator. */
  private static Optional<Node> builtIn(Annotation annotation, Class<?> declared)
      throws Unsupported {
    boolean textual = CharSequence.class.isAssignableFrom(declared);
    boolean sized =
        textual
            || Collection.class.isAssignableFrom(declared)
            || Map.class.isAssignableFrom(declared)
            || declared.isArray();
    boolean integral = INTEGRAL.contains(declared);
    Node check;
    if (annotation instanceof NotNull) {
      check = Node.notNull();
    } else if (annotation instanceof Null) {
      check = Node.isNull();
    } else if (annotation instanceof NotBlank && textual) {
      check = Node.notBlank();
    } else if (annotation instanceof NotEmpty && sized) {
      check = Node.notEmpty();
    } else if (annotation instanceof Size size
        && sized
        && size.min() >= 0
        && size.max() >= size.min()) {
      check = Node.size(size.min(), size.max());
    } else if (annotation instanceof Pattern pattern && textual) {
      int flags = 0;
      for (Pattern.Flag flag : pattern.flags()) {
        flags |= flag.getValue();
      }
      check = Node.pattern(java.util.regex.Pattern.compile(pattern.regexp(), flags));
    } else if (annotation instanceof Max max && integral) {
      check =
          Node.bound(
              Long.MIN_VALUE, max.value(), BigDecimal.valueOf(max.value()), Comparison.AT_MOST);
    } else if (annotation instanceof Min min && integral) {
      check =
          Node.bound(
              min.value(), Long.MAX_VALUE, BigDecimal.valueOf(min.value()), Comparison.AT_LEAST);
    } else if (annotation instanceof Positive && integral) {
      check = Node.bound(1, Long.MAX_VALUE, BigDecimal.ZERO, Comparison.ABOVE);
    } else if (annotation instanceof PositiveOrZero && integral) {
      check = Node.bound(0, Long.MAX_VALUE, BigDecimal.ZERO, Comparison.AT_LEAST);
    } else if (annotation instanceof Negative && integral) {
      check = Node.bound(Long.MIN_VALUE, -1, BigDecimal.ZERO, Comparison.BELOW);
    } else if (annotation instanceof NegativeOrZero && integral) {
      check = Node.bound(Long.MIN_VALUE, 0, BigDecimal.ZERO, Comparison.AT_MOST);
    } else if (annotation.annotationType().getPackageName().equals("jakarta.validation.constraints")
        || annotation.annotationType().getPackageName().startsWith("org.hibernate.validator")) {
      // Another built-in, a declared type the plan does not compare exactly, or bad attributes
      // (Hibernate Validator rejects some of these when validating).
      throw new Unsupported("built-in constraint " + annotation + " on " + declared.getName());
    } else {
      return Optional.empty();
    }
    return Optional.of(check);
  }

  /** The size Hibernate Validator measures: characters, elements, entries or array length. */
  private static int size(Object value) {
    if (value instanceof CharSequence text) {
      return text.length();
    }
    if (value instanceof Collection<?> collection) {
      return collection.size();
    }
    if (value instanceof Map<?, ?> map) {
      return map.size();
    }
    if (value != null && value.getClass().isArray()) {
      return Array.getLength(value);
    }
    // null for @NotEmpty, or a type Size does not apply to: not decided
    return -1;
  }

  /** A custom constraint: its one validator, initialised as Hibernate Validator would. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private Node custom(ConstraintDescriptor<?> descriptor, Class<?> declared) throws Unsupported {
    List<? extends Class<? extends ConstraintValidator<?, ?>>> classes =
        descriptor.getConstraintValidatorClasses();
    if (classes.isEmpty() && !descriptor.getComposingConstraints().isEmpty()) {
      return null; // a pure composition: its composing constraints are checked
    }
    if (classes.size() != 1) {
      throw new Unsupported(classes.size() + " validators for " + descriptor.getAnnotation());
    }
    Class<? extends ConstraintValidator<?, ?>> type = classes.get(0);
    SupportedValidationTarget target = type.getAnnotation(SupportedValidationTarget.class);
    if (target != null
        && !List.of(target.value())
            .equals(
                List.of(
                    jakarta.validation.constraintvalidation.ValidationTarget.ANNOTATED_ELEMENT))) {
      throw new Unsupported("validation target of " + type.getName());
    }
    Type validatedType = validatedType(type);
    if (!(validatedType instanceof Class<?> validated)
        || !rawBoxedClass(validated).isAssignableFrom(declared)) {
      // Hibernate Validator chooses validators by declared type and rejects a mismatch.
      throw new Unsupported(
          type.getName() + " validates " + validatedType + ", not " + declared.getName());
    }
    ConstraintValidator validator = validators.getInstance(type);
    if (validator == null || validator instanceof HibernateConstraintValidator) {
      // A HibernateConstraintValidator is also initialised from its descriptor and context.
      throw new Unsupported("cannot initialise " + type.getName() + " as Hibernate Validator does");
    }
    validator.initialize(descriptor.getAnnotation());
    return Node.custom(validator);
  }

  /** The type {@code T} of a {@code ConstraintValidator<A, T>} implementation. */
  private static Type validatedType(Class<?> validator) throws Unsupported {
    for (Class<?> c = validator; c != null; c = c.getSuperclass()) {
      for (Type implemented : c.getGenericInterfaces()) {
        if (implemented instanceof ParameterizedType parameterized
            && parameterized.getRawType() == ConstraintValidator.class) {
          return parameterized.getActualTypeArguments()[1];
        }
      }
    }
    throw new Unsupported("the validated type of " + validator.getName());
  }

  private static Class<?> rawBoxedClass(Class<?> type) {
    return type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
  }

  /** All of several checks; {@code null} (nothing to check) are left out. */
  private static Node all(List<Node> checks) {
    List<Node> needed = new ArrayList<>();
    for (Node check : checks) {
      if (check == GIVE_UP) {
        return GIVE_UP;
      }
      if (check == null || check == VALID) {
        continue;
      }
      if (check.kind == Kind.ALL) {
        needed.addAll(Arrays.asList(check.children));
      } else {
        needed.add(check);
      }
    }
    if (needed.isEmpty()) {
      return null;
    }
    return needed.size() == 1 ? needed.get(0) : Node.all(needed.toArray(new Node[0]));
  }
}
