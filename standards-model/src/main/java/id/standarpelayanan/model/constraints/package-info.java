/**
 * Bean Validation constraints of the model that the Jakarta set lacks. Their messages, and those
 * the model gives the Jakarta constraints it uses, live in {@code ContributorValidationMessages} at
 * the root of the model's jar, under keys namespaced by {@code id.standarpelayanan.model}:
 * Hibernate Validator finds them in any validator, {@code ModelValidation}'s or an application's
 * own.
 */
package id.standarpelayanan.model.constraints;
