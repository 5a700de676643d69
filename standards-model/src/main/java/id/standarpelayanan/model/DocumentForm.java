package id.standarpelayanan.model;

/** The form in which a required document is handed over. */
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
