package id.standarpelayanan.rules;

import org.apiguardian.api.API;

/** Where a {@link Finding} comes from: the model's structural constraints or a rule. */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public enum FindingSource {
  /** A Bean Validation constraint of the model (tier 2), such as a text that is too long. */
  STRUCTURE,
  /** A {@link Rule} of the profile (tier 3): completeness or consistency. */
  RULE
}
