/**
 * The rule engine and the built-in rule catalogue: {@code Checker}, {@code Profile}, the {@code
 * Rule} SPI and the report types.
 *
 * <p>Exports {@code id.standarpelayanan.rules} and the Bean Validation constraints that run it,
 * {@code id.standarpelayanan.rules.validation}; the built-in rules and the constraints' validators
 * live in the internal packages. Users add their own rules programmatically or as {@code Rule}
 * services.
 */
module id.standarpelayanan.rules {
  requires transitive id.standarpelayanan.model;
  // The constraints' validators report through HibernateConstraintValidatorContext.
  requires org.hibernate.validator;
  // @API on our public types (as JUnit declares it): users compiling against us see it.
  requires static transitive org.apiguardian.api;

  exports id.standarpelayanan.rules;
  exports id.standarpelayanan.rules.validation;

  // The message bundle is read on this module's behalf by the model's Languages.bundle.
  opens id.standarpelayanan.rules to
      id.standarpelayanan.model;

  // Hibernate Validator instantiates the constraints' validators reflectively.
  opens id.standarpelayanan.rules.internal.validation to
      org.hibernate.validator;

  uses id.standarpelayanan.rules.Rule;
}
