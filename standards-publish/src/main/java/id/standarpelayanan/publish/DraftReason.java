package id.standarpelayanan.publish;

import org.apiguardian.api.API;

/** Why a publication is marked as a draft (DRAF / DRAFT). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum DraftReason {
  /** The caller asked for a draft ({@link Publisher.Builder#draft(boolean)}). */
  REQUESTED,
  /** The catalogue is neither ESTABLISHED nor PUBLISHED (a draft, consulted or superseded). */
  NOT_IN_FORCE,
  /**
   * The check found errors and the caller did not insist ({@link
   * Publisher.Builder#publishDespiteErrors(boolean)}).
   */
  ERRORS
}
