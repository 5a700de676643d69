package id.standarpelayanan.model;

import org.apiguardian.api.API;

/** The form in which a required document is handed over. */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public enum DocumentForm implements Labelled {
  /** The original (asli), usually shown and returned. */
  ORIGINAL,
  /** A photocopy (fotokopi). */
  COPY,
  /** A copy legalised by the issuer (fotokopi dilegalisir). */
  LEGALISED_COPY,
  /** An electronic file (berkas elektronik / hasil pindai). */
  ELECTRONIC,
  /** A form provided by the office and filled in (formulir). */
  FORM,
  /** A signed statement, such as an SPTJM with duty stamp (surat pernyataan). */
  STATEMENT,
  /** Any other form. */
  OTHER
}
