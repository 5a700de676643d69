package id.standarpelayanan.model;

import org.apiguardian.api.API;

/**
 * The kind of a regulation cited as legal basis (dasar hukum), in the Indonesian hierarchy of laws
 * (UU 12/2011) plus the instruments a ministry and a province such as Aceh actually cite.
 */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public enum RegulationType implements Labelled {
  /** The 1945 Constitution (Undang-Undang Dasar). */
  UUD(false),
  /** Law (Undang-Undang). */
  UU(true),
  /** Government regulation in lieu of law (Peraturan Pemerintah Pengganti Undang-Undang). */
  PERPU(true),
  /** Government regulation (Peraturan Pemerintah). */
  PP(true),
  /** Presidential regulation (Peraturan Presiden). */
  PERPRES(true),
  /** Ministerial regulation (Peraturan Menteri), e.g. PermenPANRB. */
  PERMEN(true),
  /** Regulation of the Minister of Religious Affairs (Peraturan Menteri Agama). */
  PMA(true),
  /** Decree of the Minister of Religious Affairs (Keputusan Menteri Agama). */
  KMA(false),
  /** Regional regulation (Peraturan Daerah). */
  PERDA(true),
  /** Qanun: the regional regulation of Aceh. */
  QANUN(true),
  /** Governor regulation (Peraturan Gubernur). */
  PERGUB(true),
  /** Regent or mayor regulation (Peraturan Bupati / Peraturan Wali Kota). */
  PERBUP_PERWALI(true),
  /** Director-General decree (Keputusan Direktur Jenderal). */
  KEPDIRJEN(false),
  /** Circular letter (Surat Edaran). */
  SURAT_EDARAN(false),
  /**
   * Decree of a minister other than the Minister of Religious Affairs (Keputusan Menteri). Since
   * 1.1.
   */
  KEPMEN(false),
  /**
   * Regulation of a state institution or agency (Peraturan Lembaga), e.g. of the Supreme Court
   * (PERMA), the Information Commission (PERKI) or BPJS. Since 1.1.
   */
  PERATURAN_LEMBAGA(true),
  /**
   * Decision of a state institution or its head (Keputusan Lembaga), e.g. of the Chief Justice of
   * the Supreme Court (Keputusan Ketua Mahkamah Agung). Since 1.1.
   */
  KEPUTUSAN_LEMBAGA(false),
  /**
   * Decree of the head of an office or unit (Keputusan Kepala), e.g. of a Kanwil, a Kankemenag, a
   * court, a dinas, or the unit's own decree. Since 1.1.
   */
  KEPUTUSAN_KEPALA(false),
  /** Decree of a governor, regent or mayor (Keputusan Gubernur/Bupati/Wali Kota). Since 1.1. */
  KEPUTUSAN_KEPALA_DAERAH(false),
  /** Instruction (Instruksi Presiden, Instruksi Menteri). Since 1.1. */
  INSTRUKSI(false),
  /** Any other instrument. */
  OTHER(false);

  private final boolean canSetTariff;

  RegulationType(boolean canSetTariff) {
    this.canSetTariff = canSetTariff;
  }

  /**
   * Tells whether a regulation of this kind can set a tariff for a public service: laws and
   * regulations (PP for non-tax state revenue, PERDA/QANUN for regional levies, ministerial and
   * head-of-region regulations where a higher rule delegates it) can; the constitution, decrees,
   * circulars and unnamed instruments cannot.
   *
   * @return whether a fee item may cite this kind as its legal basis
   */
  public boolean canSetTariff() {
    return canSetTariff;
  }
}
