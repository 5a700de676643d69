/**
 * Not API: the model's machinery behind {@link id.standarpelayanan.model.ModelValidation} and the
 * labels (constraint validators, the parameter-only message interpolator, the compiled constraint
 * plans, the label bundles) and the escaping of document text for messages. May change in any
 * release; the module exports this package only to our own modules that name what they use (see
 * {@code module-info.java}). Use the types of {@code id.standarpelayanan.model}.
 */
package id.standarpelayanan.model.internal;
