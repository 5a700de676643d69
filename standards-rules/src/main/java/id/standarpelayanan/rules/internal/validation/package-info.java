/**
 * Not API: the constraint validators behind {@code id.standarpelayanan.rules.validation} and their
 * shared machinery (checkers per clock and language, findings as violations, pointers as property
 * paths). Opened to Hibernate Validator, which instantiates the validators; may change in any
 * release.
 */
package id.standarpelayanan.rules.internal.validation;
