/**
 * The domain model of service standards (standar pelayanan): immutable values, their enums and
 * their Bean Validation constraints.
 *
 * <p>Exports the API packages only. {@code id.standarpelayanan.model.internal.text} is exported by
 * name to our own modules that need one of its two definitions (the escaping of document text in
 * messages, {@code Printable}, and the XML 1.0 character test, {@code XmlCharactersValidator});
 * {@code id.standarpelayanan.model.internal} is exported to no one. Both are opened to Hibernate
 * Validator, which instantiates the constraint validators there by reflection.
 */
// "module": the model does not depend on Jackson, so javac cannot see the module it opens to;
// "requires-automatic": Immutables' jar has an Automatic-Module-Name only, and is needed only while
// compiling.
@SuppressWarnings({"module", "requires-automatic"})
module id.standarpelayanan.model {
  // Constraint annotations and ModelValidation's Validator appear in the API.
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  // Annotation processing only: the generated classes need nothing of Immutables at run time.
  requires static org.immutables.value;
  // @API on our public types (as JUnit declares it): users compiling against us see it.
  requires static transitive org.apiguardian.api;

  exports id.standarpelayanan.model;
  exports id.standarpelayanan.model.constraints;
  exports id.standarpelayanan.model.internal.text to
      id.standarpelayanan.rules,
      id.standarpelayanan.io,
      id.standarpelayanan.reports,
      id.standarpelayanan.diff,
      id.standarpelayanan.cli;

  // Hibernate Validator reads the constraints on the value types' accessors and creates the
  // validators of our own constraints reflectively; standards-io's Jackson binding builds the
  // values through their generated builders, which Jackson makes accessible by reflection. The
  // model still knows no serialization library: this names the module, it does not require it.
  opens id.standarpelayanan.model to
      org.hibernate.validator,
      com.fasterxml.jackson.databind;
  opens id.standarpelayanan.model.internal to
      org.hibernate.validator;
  opens id.standarpelayanan.model.internal.text to
      org.hibernate.validator;
}
