/**
 * Jakarta Bean Validation constraints that run the rule engine: {@link
 * id.standarpelayanan.rules.validation.ValidServiceStandard} and {@link
 * id.standarpelayanan.rules.validation.ValidStandardsCatalog} check a standard or a catalogue with
 * a built-in {@link id.standarpelayanan.rules.Profile} and report each finding at or above a
 * severity as a constraint violation at the finding's place, in an application's own validator (a
 * Spring or Jakarta EE controller's {@code @Valid}, a form's binding, a plain {@code
 * jakarta.validation.Validator}).
 *
 * <p>The model's structural constraints ({@code id.standarpelayanan.model}) are the first tier of
 * checking; these are the third, the rules, in the same violations. The validators live in {@code
 * id.standarpelayanan.rules.internal.validation}, which is not API.
 */
package id.standarpelayanan.rules.validation;
