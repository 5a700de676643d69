package id.standarpelayanan.diff;

import org.apiguardian.api.API;

/** How {@link Comparison#write} writes the changes. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ChangeLogFormat {
  /**
   * The change log as the amendment tables offices use: grouped by service then component, each
   * change with its "semula" (before) and "menjadi" (after) and its effect on the public.
   */
  TEXT,
  /** The change log as JSON, in the shape of the shipped schema {@link Comparison#SCHEMA}. */
  JSON,
  /**
   * An RFC 6902 JSON Patch over the canonical JSON, for systems that synchronise documents (the
   * language does not apply).
   */
  PATCH
}
