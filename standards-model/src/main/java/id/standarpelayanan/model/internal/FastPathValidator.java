package id.standarpelayanan.model.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link Validator} that answers "no violations" from a {@link ConstraintPlans plan} when the
 * plan proves a bean valid, and asks the Hibernate Validator it wraps otherwise. Every violation it
 * returns comes from Hibernate Validator, with its paths and messages; only the valid case — the
 * common one — is fast.
 */
public final class FastPathValidator implements Validator {

  private final Validator delegate;
  private final ConstraintPlans plans;

  /**
   * Wraps a validator.
   *
   * @param delegate the validator that reports violations
   * @param plans the plans compiled from the delegate's metadata
   */
  public FastPathValidator(Validator delegate, ConstraintPlans plans) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.plans = Objects.requireNonNull(plans, "plans");
  }

  /**
   * Returns the plans this validator consults.
   *
   * @return the plans
   */
  public ConstraintPlans plans() {
    return plans;
  }

  /**
   * Returns the validator this one asks when a plan does not prove a bean valid.
   *
   * @return the wrapped validator
   */
  public Validator delegate() {
    return delegate;
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
    if (object != null && groups != null && defaultGroup(groups) && plans.valid(object)) {
      return Set.of();
    }
    return delegate.validate(object, groups);
  }

  private static boolean defaultGroup(Class<?>... groups) {
    return groups.length == 0 || (groups.length == 1 && groups[0] == Default.class);
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validateProperty(
      T object, String propertyName, Class<?>... groups) {
    return delegate.validateProperty(object, propertyName, groups);
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validateValue(
      Class<T> beanType, String propertyName, Object value, Class<?>... groups) {
    return delegate.validateValue(beanType, propertyName, value, groups);
  }

  @Override
  public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
    return delegate.getConstraintsForClass(clazz);
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    return type.isInstance(this) ? type.cast(this) : delegate.unwrap(type);
  }

  @Override
  public ExecutableValidator forExecutables() {
    return delegate.forExecutables();
  }
}
