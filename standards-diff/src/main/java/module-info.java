/**
 * Comparison of two versions of a catalogue or of a service standard: the changes, their effect on
 * the public, the change log (text, JSON) and an RFC 6902 JSON Patch.
 *
 * <p>Exports {@code id.standarpelayanan.diff} only; the Jackson trees the comparison walks stay in
 * the internal package.
 */
module id.standarpelayanan.diff {
  requires transitive id.standarpelayanan.model;
  requires id.standarpelayanan.io;
  requires com.fasterxml.jackson.databind;
  requires static transitive org.apiguardian.api;

  // The update rule on burdens without consultation is a Rule of the checker.
  requires transitive id.standarpelayanan.rules;

  exports id.standarpelayanan.diff;
  exports id.standarpelayanan.diff.update;

  // Found by Profile.Builder.discoverRules, as a user's rule would be; UpdateRules.addTo adds it
  // explicitly.
  provides id.standarpelayanan.rules.Rule with
      id.standarpelayanan.diff.update.internal.BurdenWithoutConsultation;

  // The message bundle is read on this module's behalf by the model's Languages.bundle.
  opens id.standarpelayanan.diff to
      id.standarpelayanan.model;
  opens id.standarpelayanan.diff.update.internal to
      id.standarpelayanan.model;
}
