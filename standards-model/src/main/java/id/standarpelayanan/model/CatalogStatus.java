package id.standarpelayanan.model;

import org.apiguardian.api.API;

/**
 * The lifecycle status of a catalogue of standards (PermenPANRB 15/2014): drafted, consulted with
 * the public, established by decree, published, superseded.
 */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public enum CatalogStatus implements Labelled {
  /** Being compiled (penyusunan). */
  DRAFT,
  /** Consulted with the public (konsultasi publik). */
  CONSULTED,
  /** Established by the head's decree (penetapan). */
  ESTABLISHED,
  /** Published to the public (publikasi). */
  PUBLISHED,
  /** Replaced by a newer catalogue (digantikan). */
  SUPERSEDED
}
