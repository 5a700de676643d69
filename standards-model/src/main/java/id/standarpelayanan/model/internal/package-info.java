/**
 * Not API: the model's machinery behind {@link id.standarpelayanan.model.ModelValidation} and the
 * labels (constraint validators, the parameter-only message interpolator, the compiled constraint
 * plans, the label bundles). May change in any release; the module exports this package to no one
 * (what other modules of this library share lives in {@code internal.text}). Use the types of
 * {@code id.standarpelayanan.model}.
 */
package id.standarpelayanan.model.internal;
