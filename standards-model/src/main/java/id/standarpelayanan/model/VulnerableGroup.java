package id.standarpelayanan.model;

import org.apiguardian.api.API;

/**
 * A vulnerable group (kelompok rentan) entitled to special treatment under UU 25/2009 art. 29 and
 * its elucidation.
 */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public enum VulnerableGroup implements Labelled {
  /** Persons with disabilities (penyandang disabilitas). */
  PERSONS_WITH_DISABILITIES,
  /** The elderly (lanjut usia). */
  ELDERLY,
  /** Pregnant women (wanita hamil). */
  PREGNANT_WOMEN,
  /** Children (anak-anak). */
  CHILDREN,
  /** Victims of natural disasters (korban bencana alam). */
  NATURAL_DISASTER_VICTIMS,
  /** Victims of social disasters (korban bencana sosial). */
  SOCIAL_DISASTER_VICTIMS
}
