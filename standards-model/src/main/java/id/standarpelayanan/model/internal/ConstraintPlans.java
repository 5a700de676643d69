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
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import org.hibernate.validator.constraints.CompositionType;
import org.hibernate.validator.constraints.ConstraintComposition;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidator;
import org.hibernate.validator.group.GroupSequenceProvider;

/**
 * Boolean-only plans of the Bean Validation constraints of classes, compiled from the validator's
 * own metadata: each plan proves a value valid, with plain calls, or gives up. Not API.
 *
 * <p>Hibernate Validator spends most of a validation on bookkeeping that only matters when a
 * constraint fails: a context per bean, a property path per node, value-extraction receivers. A
 * plan walks the same constraints — read from {@link Validator#getConstraintsForClass}, so there
 * is one source of truth — and answers only "valid". {@link FastPathValidator} returns no
 * violations when the plan says valid and asks Hibernate Validator otherwise, so every violation
 * still comes from Hibernate Validator, with its paths and messages.
 *
 * <p>A plan says valid only when it is sure. It gives up (answers not valid) on what it does not
 * model: constraints outside the {@link Default} group, group sequences, explicit value unwrapping,
 * constraints on {@code Optional} properties, property-level {@code @Valid} on containers,
 * containers outside {@code java.util}, built-in constraints on values it does not compare
 * exactly (floating point, text for {@code @Min}), and any exception from a getter or a custom
 * validator. Custom constraints run their own single {@link ConstraintValidator} (with no
 * context: one that needs a context on valid values throws, and the plan gives up).
 *
 * <p>Plans are immutable and thread-safe; classes are compiled on first use and cached.
 */
public final class ConstraintPlans {

  private static final Check VALID = value -> true;
  /** The declared types whose bounds a plan compares exactly. */
  private static final Set<Class<?>> INTEGRAL = Set.of(
      Integer.class, Long.class, Short.class, Byte.class, BigInteger.class, BigDecimal.class);
  private static final Check GIVE_UP = value -> false;

  private final Validator metadata;
  private final ConstraintValidatorFactory validators;
  private final ClassValue<Check> plans = new ClassValue<>() {
    @Override
    protected Check computeValue(Class<?> type) {
      try {
        return compile(type);
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
      return plans.get(bean.getClass()).test(bean);
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

  /** A compiled check of a value; {@code true} means certainly valid. */
  @FunctionalInterface
  private interface Check {
    boolean test(Object value);
  }

  /** A construct the plans do not model: the class is given up. */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  private Check compile(Class<?> type) throws Unsupported, ReflectiveOperationException {
    for (Class<?> t = type; t != null; t = t.getSuperclass()) {
      rejectGroupSequence(t);
    }
    for (Class<?> t : allInterfaces(type)) {
      rejectGroupSequence(t);
    }
    BeanDescriptor bean = metadata.getConstraintsForClass(type);
    List<Check> checks = new ArrayList<>();
    checks.add(constraints(bean.getConstraintDescriptors(), type));
    for (PropertyDescriptor property : bean.getConstrainedProperties()) {
      rejectFieldConstraints(type, property.getPropertyName());
      Method getter = getter(type, property.getPropertyName());
      Class<?> declared = getter.getReturnType();
      boolean optional = declared.getName().startsWith("java.util.Optional");
      if (isContainer(declared) && property.isCascaded()) {
        throw new Unsupported("property-level @Valid on a container: " + property.getPropertyName());
      }
      if (optional && property.hasConstraints()) {
        throw new Unsupported("constraints unwrapped from an Optional property: " + property.getPropertyName());
      }
      Check value = all(List.of(
          constraints(property.getConstraintDescriptors(), getter.getGenericReturnType()),
          property.isCascaded() ? cascade() : VALID,
          containerElements(property.getConstrainedContainerElementTypes(), getter.getGenericReturnType())));
      if (value != VALID) {
        Function<Object, Object> read = accessor(getter);
        checks.add(b -> value.test(read.apply(b)));
      }
    }
    return all(checks);
  }

  private static void rejectGroupSequence(Class<?> type) throws Unsupported {
    if (type.isAnnotationPresent(GroupSequence.class) || type.isAnnotationPresent(GroupSequenceProvider.class)) {
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
        if (field.getName().equals(property) && (validationAnnotated(field.getDeclaredAnnotations())
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
    return type instanceof AnnotatedArrayType array && validationAnnotated(array.getAnnotatedGenericComponentType());
  }

  private static boolean validationAnnotated(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      Class<? extends Annotation> kind = annotation.annotationType();
      if (kind == Valid.class || kind.isAnnotationPresent(Constraint.class)
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
      // Hibernate Validator takes isX and hasX as getters only when they return a primitive boolean.
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

  /** A getter as a function: a lambda for public types, else a method handle. */
  @SuppressWarnings("unchecked")
  private static Function<Object, Object> accessor(Method getter) throws ReflectiveOperationException {
    Class<?> owner = getter.getDeclaringClass();
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    MethodHandle handle = lookup.unreflect(getter);
    try {
      MethodType erased = MethodType.methodType(Object.class, Object.class);
      return (Function<Object, Object>) LambdaMetafactory.metafactory(
              lookup, "apply", MethodType.methodType(Function.class), erased, handle,
              MethodType.methodType(rawBoxedClass(getter.getReturnType()), owner))
          .getTarget()
          .invokeExact();
    } catch (Throwable e) {
      MethodHandle generic = handle.asType(MethodType.methodType(Object.class, Object.class));
      return bean -> {
        try {
          return generic.invokeExact(bean);
        } catch (RuntimeException | Error failure) {
          throw failure;
        } catch (Throwable failure) {
          throw new IllegalStateException(failure);
        }
      };
    }
  }

  private static boolean isContainer(Class<?> type) {
    return type.getName().startsWith("java.util.Optional") || Iterable.class.isAssignableFrom(type)
        || Map.class.isAssignableFrom(type) || type.isArray();
  }

  /** Cascades to a bean; a container met at run time is left to Hibernate Validator. */
  private Check cascade() {
    return value -> value == null || (!isContainer(value.getClass()) && plans.get(value.getClass()).test(value));
  }

  private Check containerElements(Set<ContainerElementTypeDescriptor> elements, Type declared) throws Unsupported {
    List<Check> checks = new ArrayList<>();
    for (ContainerElementTypeDescriptor element : elements) {
      Type argument = typeArgument(declared, element.getContainerClass(), element.getTypeArgumentIndex());
      Check each = all(List.of(
          constraints(element.getConstraintDescriptors(), argument),
          element.isCascaded() ? cascade() : VALID,
          containerElements(element.getConstrainedContainerElementTypes(), argument)));
      if (each != VALID) {
        checks.add(extract(element.getContainerClass(), element.getTypeArgumentIndex(), each));
      }
    }
    return all(checks);
  }

  /** The declared type of a container's elements: {@code String} in {@code List<String>}. */
  private static Type typeArgument(Type declared, Class<?> container, Integer index) throws Unsupported {
    if (declared instanceof ParameterizedType parameterized && parameterized.getRawType() == container
        && index != null && index < parameterized.getActualTypeArguments().length) {
      return parameterized.getActualTypeArguments()[index];
    }
    throw new Unsupported("the element type of " + declared + " in " + container);
  }

  /** The class of a declared type, primitives boxed. */
  private static Class<?> rawBoxed(Type declared) throws Unsupported {
    Type raw = declared instanceof ParameterizedType parameterized ? parameterized.getRawType() : declared;
    if (raw instanceof Class<?> type) {
      return rawBoxedClass(type);
    }
    throw new Unsupported("the declared type " + declared);
  }

  /** Applies a check to the values a container holds, as Hibernate Validator's extractors do. */
  private static Check extract(Class<?> container, Integer index, Check each) throws Unsupported {
    if (!container.getName().startsWith("java.util.") || index == null) {
      throw new Unsupported("container " + container.getName());
    }
    if (container == Optional.class && index == 0) {
      // An empty Optional is extracted as null: @NotNull on its element fails.
      return value -> value == null || each.test(((Optional<?>) value).orElse(null));
    }
    if (Iterable.class.isAssignableFrom(container) && index == 0) {
      return value -> {
        if (value != null) {
          for (Object element : (Iterable<?>) value) {
            if (!each.test(element)) {
              return false;
            }
          }
        }
        return true;
      };
    }
    if (Map.class.isAssignableFrom(container) && (index == 0 || index == 1)) {
      boolean keys = index == 0;
      return value -> {
        if (value != null) {
          for (Object element : keys ? ((Map<?, ?>) value).keySet() : ((Map<?, ?>) value).values()) {
            if (!each.test(element)) {
              return false;
            }
          }
        }
        return true;
      };
    }
    throw new Unsupported("container " + container.getName() + " argument " + index);
  }

  private Check constraints(Set<ConstraintDescriptor<?>> descriptors, Type declared) throws Unsupported {
    List<Check> checks = new ArrayList<>();
    for (ConstraintDescriptor<?> descriptor : descriptors) {
      checks.add(constraint(descriptor, declared));
    }
    return all(checks);
  }

  private Check constraint(ConstraintDescriptor<?> descriptor, Type declared) throws Unsupported {
    Annotation annotation = descriptor.getAnnotation();
    // Hibernate Validator adds the declaring interface as an implicit group of a Default constraint.
    if (!descriptor.getGroups().contains(Default.class)) {
      throw new Unsupported("groups " + descriptor.getGroups() + " on " + annotation);
    }
    if (descriptor.getValueUnwrapping() != ValidateUnwrappedValue.DEFAULT) {
      throw new Unsupported("explicit value unwrapping on " + annotation);
    }
    ConstraintComposition composition = annotation.annotationType().getAnnotation(ConstraintComposition.class);
    if (composition != null && composition.value() != CompositionType.AND) {
      throw new Unsupported(composition.value() + " composition in " + annotation);
    }
    List<Check> checks = new ArrayList<>();
    for (ConstraintDescriptor<?> composing : descriptor.getComposingConstraints()) {
      checks.add(constraint(composing, declared));
    }
    Optional<Check> builtIn = builtIn(annotation, rawBoxed(declared));
    checks.add(builtIn.isPresent() ? builtIn.get() : custom(descriptor, rawBoxed(declared)));
    return all(checks);
  }

  /** The built-in constraints, with the semantics of the specification and Hibernate Validator. */
  private static Optional<Check> builtIn(Annotation annotation, Class<?> declared) throws Unsupported {
    boolean textual = CharSequence.class.isAssignableFrom(declared);
    boolean sized = textual || Collection.class.isAssignableFrom(declared) || Map.class.isAssignableFrom(declared)
        || declared.isArray();
    boolean integral = INTEGRAL.contains(declared);
    Check check;
    if (annotation instanceof NotNull) {
      check = Objects::nonNull;
    } else if (annotation instanceof Null) {
      check = Objects::isNull;
    } else if (annotation instanceof NotBlank && textual) {
      // Hibernate Validator 9: String.isBlank, so Unicode whitespace counts as blank.
      check = value -> value instanceof CharSequence text && !text.toString().isBlank();
    } else if (annotation instanceof NotEmpty && sized) {
      check = value -> {
        int size = size(value);
        return size > 0;
      };
    } else if (annotation instanceof Size size && sized && size.min() >= 0 && size.max() >= size.min()) {
      int min = size.min();
      int max = size.max();
      check = value -> {
        if (value == null) {
          return true;
        }
        int n = size(value);
        return n >= min && n <= max;
      };
    } else if (annotation instanceof Pattern pattern && textual) {
      int flags = 0;
      for (Pattern.Flag flag : pattern.flags()) {
        flags |= flag.getValue();
      }
      java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(pattern.regexp(), flags);
      check = value -> value == null || (value instanceof CharSequence text && compiled.matcher(text).matches());
    } else if (annotation instanceof Max max && integral) {
      long limit = max.value();
      check = integral(n -> n <= limit, BigInteger.valueOf(limit), 1);
    } else if (annotation instanceof Min min && integral) {
      long limit = min.value();
      check = integral(n -> n >= limit, BigInteger.valueOf(limit), -1);
    } else if (annotation instanceof Positive && integral) {
      check = integral(n -> n > 0, BigInteger.ZERO, -2);
    } else if (annotation instanceof PositiveOrZero && integral) {
      check = integral(n -> n >= 0, BigInteger.ZERO, -1);
    } else if (annotation instanceof Negative && integral) {
      check = integral(n -> n < 0, BigInteger.ZERO, 2);
    } else if (annotation instanceof NegativeOrZero && integral) {
      check = integral(n -> n <= 0, BigInteger.ZERO, 1);
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

  /**
   * A bound on an exact integral number; floating point and text are not decided.
   *
   * @param small the test on a primitive-range value
   * @param bound the bound, for big numbers
   * @param side how the comparison with the bound must come out: 1 at most, 2 below, -1 at
   *     least, -2 above
   */
  private static Check integral(LongPredicate small, BigInteger bound, int side) {
    Predicate<Integer> big = comparison -> switch (side) {
      case 1 -> comparison <= 0;
      case 2 -> comparison < 0;
      case -1 -> comparison >= 0;
      default -> comparison > 0;
    };
    return value -> {
      if (value == null) {
        return true;
      }
      if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
        return small.test(((Number) value).longValue());
      }
      if (value instanceof BigInteger number) {
        return big.test(number.compareTo(bound));
      }
      if (value instanceof BigDecimal number) {
        return big.test(number.compareTo(new BigDecimal(bound)));
      }
      return false;
    };
  }

  /** A custom constraint: its one validator, initialised as Hibernate Validator would. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private Check custom(ConstraintDescriptor<?> descriptor, Class<?> declared) throws Unsupported {
    List<? extends Class<? extends ConstraintValidator<?, ?>>> classes = descriptor.getConstraintValidatorClasses();
    if (classes.isEmpty() && !descriptor.getComposingConstraints().isEmpty()) {
      return VALID; // a pure composition: its composing constraints are checked
    }
    if (classes.size() != 1) {
      throw new Unsupported(classes.size() + " validators for " + descriptor.getAnnotation());
    }
    Class<? extends ConstraintValidator<?, ?>> type = classes.get(0);
    SupportedValidationTarget target = type.getAnnotation(SupportedValidationTarget.class);
    if (target != null && !List.of(target.value()).equals(List.of(jakarta.validation.constraintvalidation.ValidationTarget.ANNOTATED_ELEMENT))) {
      throw new Unsupported("validation target of " + type.getName());
    }
    Type validatedType = validatedType(type);
    if (!(validatedType instanceof Class<?> validated) || !rawBoxedClass(validated).isAssignableFrom(declared)) {
      // Hibernate Validator chooses validators by declared type and rejects a mismatch.
      throw new Unsupported(type.getName() + " validates " + validatedType + ", not " + declared.getName());
    }
    ConstraintValidator validator = validators.getInstance(type);
    if (validator == null || validator instanceof HibernateConstraintValidator) {
      // A HibernateConstraintValidator is also initialised from its descriptor and context.
      throw new Unsupported("cannot initialise " + type.getName() + " as Hibernate Validator does");
    }
    validator.initialize(descriptor.getAnnotation());
    return value -> validator.isValid(value, null);
  }

  /** The type {@code T} of a {@code ConstraintValidator<A, T>} implementation. */
  private static Type validatedType(Class<?> validator) throws Unsupported {
    for (Class<?> c = validator; c != null; c = c.getSuperclass()) {
      for (Type implemented : c.getGenericInterfaces()) {
        if (implemented instanceof ParameterizedType parameterized && parameterized.getRawType() == ConstraintValidator.class) {
          return parameterized.getActualTypeArguments()[1];
        }
      }
    }
    throw new Unsupported("the validated type of " + validator.getName());
  }

  private static Class<?> rawBoxedClass(Class<?> type) {
    return type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
  }

  private static Check all(List<Check> checks) {
    List<Check> needed = checks.stream().filter(c -> c != VALID).toList();
    if (needed.contains(GIVE_UP)) {
      return GIVE_UP;
    }
    switch (needed.size()) {
      case 0:
        return VALID;
      case 1:
        return needed.get(0);
      case 2: {
        Check first = needed.get(0);
        Check second = needed.get(1);
        return value -> first.test(value) && second.test(value);
      }
      default: {
        Check[] array = needed.toArray(new Check[0]);
        return value -> {
          for (Check check : array) {
            if (!check.test(value)) {
              return false;
            }
          }
          return true;
        };
      }
    }
  }
}
