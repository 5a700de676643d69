package id.standarpelayanan.testkit.internal;

import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.RegulationType;
import java.util.List;

/**
 * Realistic Indonesian words and phrases of the Kanwil Kemenag Aceh services, the pools generated
 * text is drawn from. Not API. No entry is a placeholder or a vague phrase, so generated complete
 * standards pass the rule engine.
 */
public final class Vocabulary {

  private Vocabulary() {}

  /** Service names (jenis pelayanan). */
  public static final List<String> SERVICES = List.of(
      "Legalisasi Fotokopi Ijazah Madrasah",
      "Izin Operasional Madrasah Swasta",
      "Izin Operasional Dayah",
      "Rekomendasi Penyelenggara Perjalanan Ibadah Umrah",
      "Izin Belajar Pegawai Negeri Sipil",
      "Izin Penelitian dan Magang",
      "Rekomendasi Bantuan Rumah Ibadah",
      "Permohonan Informasi Publik",
      "Surat Keterangan Pengganti Ijazah",
      "Penggantian Izin Pendirian Madrasah yang Hilang");

  /** Work units (unit kerja). */
  public static final List<String> UNITS = List.of(
      "Bidang Pendidikan Madrasah",
      "Bidang Pendidikan Agama dan Keagamaan Islam",
      "Bagian Tata Usaha",
      "Subbagian Kepegawaian dan Hukum",
      "Bidang Penerangan Agama Islam dan Pemberdayaan Zakat Wakaf",
      "Pelayanan Terpadu Satu Pintu");

  /** Role names of implementers (pelaksana); steps name them as actors. */
  public static final List<String> ROLES = List.of(
      "Petugas Front Office",
      "Verifikator",
      "Pejabat Penandatangan",
      "Operator Sistem",
      "Analis Kepegawaian",
      "Pengadministrasi Umum",
      "Kepala Seksi",
      "Tim Verifikasi Lapangan");

  /** What a procedure step does. */
  public static final List<String> STEP_ACTIONS = List.of(
      "Menerima berkas permohonan dan memberikan tanda terima",
      "Memeriksa kelengkapan persyaratan",
      "Memverifikasi keabsahan dokumen",
      "Menyusun konsep surat",
      "Memaraf konsep surat",
      "Menandatangani surat",
      "Mengagendakan dan memberi nomor surat",
      "Menyerahkan hasil layanan kepada pemohon");

  /** What a step yields before the last. */
  public static final List<String> STEP_OUTPUTS = List.of(
      "Tanda terima berkas", "Berkas lengkap", "Dokumen terverifikasi", "Konsep surat", "Surat bernomor");

  /** Products (produk pelayanan); no entry contains another. */
  public static final List<String> PRODUCTS = List.of(
      "Fotokopi ijazah terlegalisasi",
      "Surat Keputusan Izin Operasional",
      "Surat Rekomendasi Kepala Kantor Wilayah",
      "Surat Izin Belajar",
      "Surat Izin Penelitian",
      "Salinan informasi publik",
      "Surat Keterangan Pengganti Ijazah");

  /** Requirement descriptions (persyaratan). */
  public static final List<String> REQUIREMENTS = List.of(
      "Surat permohonan yang ditandatangani pemohon",
      "Fotokopi Kartu Tanda Penduduk",
      "Fotokopi ijazah terakhir",
      "Surat Pernyataan Tanggung Jawab Mutlak bermeterai",
      "Akta notaris pendirian yayasan",
      "Sertifikat atau bukti kepemilikan tanah",
      "Daftar pendidik dan tenaga kependidikan",
      "Rekomendasi Kantor Kementerian Agama kabupaten/kota",
      "Kartu tanda mahasiswa",
      "Formulir permohonan yang telah diisi");

  /** Conditions of conditional requirements. */
  public static final List<String> CONDITIONS = List.of(
      "Jika permohonan dikuasakan kepada orang lain",
      "Bagi lembaga yang telah berbadan hukum",
      "Apabila dokumen asli hilang");

  /** Competences by dimension: knowledge, expertise, skill, experience (in that order). */
  public static final List<List<String>> COMPETENCIES = List.of(
      List.of("Memahami peraturan pelayanan publik", "Memahami regulasi pendidikan madrasah"),
      List.of("Mampu menilai keabsahan dokumen", "Menguasai tata naskah dinas"),
      List.of("Terampil mengoperasikan aplikasi PTSP", "Terampil berkomunikasi dengan pemohon"),
      List.of("Berpengalaman paling sedikit satu tahun di bidang pelayanan", "Pernah mengikuti pelatihan pelayanan prima"));

  /** Facilities: name and whether it serves vulnerable groups. */
  public static final List<String> GENERAL_FACILITIES = List.of(
      "Ruang tunggu ber-AC", "Mesin nomor antrean", "Komputer dan printer", "Papan informasi standar pelayanan", "Musala");

  /** Facilities for vulnerable groups. */
  public static final List<String> ACCESSIBLE_FACILITIES = List.of(
      "Jalur landai (ramp)", "Kursi roda", "Loket prioritas", "Ruang laktasi", "Pojok bermain anak", "Toilet ramah disabilitas");

  /** Supervisors. */
  public static final List<String> SUPERVISORS = List.of(
      "Kepala Kantor Wilayah", "Kepala Bagian Tata Usaha", "Kepala Bidang", "Inspektorat Jenderal");

  /** Statements of the service guarantee. */
  public static final List<String> GUARANTEES = List.of(
      "Pelayanan diberikan sesuai standar pelayanan dan tepat waktu",
      "Petugas melayani dengan ramah, cepat dan tanpa pungutan liar");

  /** Statements of the security and safety guarantee. */
  public static final List<String> SAFETY_STATEMENTS = List.of(
      "Dokumen pemohon dijamin aman dan tidak disalahgunakan",
      "Pelayanan bebas dari bahaya, risiko dan keragu-raguan");

  /** Security and safety measures. */
  public static final List<String> SAFETY_MEASURES = List.of(
      "CCTV di ruang pelayanan", "Alat pemadam api ringan (APAR)", "Arsip dokumen terkunci", "Jalur evakuasi", "Petugas keamanan");

  /** General descriptions. */
  public static final List<String> DESCRIPTIONS = List.of(
      "Pelayanan diberikan di loket PTSP pada hari kerja",
      "Permohonan diproses sesuai urutan antrean",
      "Hasil layanan dapat diambil langsung atau dikirim melalui surel",
      "Berlaku untuk seluruh kabupaten/kota di Provinsi Aceh");

  /**
   * Non-Latin and accented text mixed into descriptions: Acehnese, Arabic script, XML-special
   * characters and a character outside the Basic Multilingual Plane.
   */
  public static final List<String> UNICODE = List.of(
      "Peumulia jamee adat geutanyoe",
      "Meuseuraya ta peuget",
      "خدمة عامة",
      "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ",
      "Tanda <kurung> & \"kutip\" 'tunggal'",
      "Ijazah madrasah ✓ 📜",
      "Café née ü");

  /** Real regulations a Kanwil Kemenag standard cites, none repealed. */
  public static final List<LegalReference> REGULATIONS = List.of(
      law(RegulationType.UUD, null, 1945, "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"),
      law(RegulationType.UU, "25", 2009, "Pelayanan Publik"),
      law(RegulationType.UU, "14", 2008, "Keterbukaan Informasi Publik"),
      law(RegulationType.UU, "20", 2003, "Sistem Pendidikan Nasional"),
      law(RegulationType.UU, "11", 2006, "Pemerintahan Aceh"),
      law(RegulationType.UU, "8", 2019, "Penyelenggaraan Ibadah Haji dan Umrah"),
      law(RegulationType.UU, "18", 2019, "Pesantren"),
      law(RegulationType.PP, "96", 2012, "Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"),
      law(RegulationType.PP, "55", 2007, "Pendidikan Agama dan Pendidikan Keagamaan"),
      law(RegulationType.PERPRES, "76", 2013, "Pengelolaan Pengaduan Pelayanan Publik"),
      law(RegulationType.PERMEN, "15", 2014, "Pedoman Standar Pelayanan"),
      law(RegulationType.PERMEN, "14", 2017, "Pedoman Penyusunan Survei Kepuasan Masyarakat"),
      law(RegulationType.PERMEN, "16", 2017, "Pedoman Forum Konsultasi Publik"),
      law(RegulationType.PMA, "65", 2016, "Pelayanan Terpadu Satu Pintu pada Kementerian Agama"),
      law(RegulationType.KMA, "109", 2017, "Standar Pelayanan pada Kementerian Agama"),
      law(RegulationType.QANUN, "9", 2018, "Penyelenggaraan Pendidikan Dayah"),
      law(RegulationType.KEPDIRJEN, "5343", 2015, "Petunjuk Teknis Legalisasi Ijazah Madrasah"));

  /** Regulations that can set a tariff, for priced fee items. */
  public static final List<LegalReference> TARIFF_REGULATIONS = List.of(
      law(RegulationType.PP, "19", 2015, "Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak yang Berlaku pada Kementerian Agama"),
      law(RegulationType.QANUN, "8", 2017, "Retribusi Pelayanan Umum"));

  /** Payment channels. */
  public static final List<String> PAYMENT_CHANNELS = List.of(
      "Bank Syariah Indonesia melalui SIMPONI", "Bank Aceh Syariah", "Loket bendahara penerimaan");

  /** Complaint procedures. */
  public static final List<String> COMPLAINT_PROCEDURES = List.of(
      "Pengaduan dicatat, diteruskan ke unit terkait dan dijawab kepada pelapor",
      "Pengaduan melalui SP4N-LAPOR! ditindaklanjuti oleh admin unit");

  /** Places, for in-person channels and suggestion boxes. */
  public static final List<String> PLACES = List.of(
      "Ruang PTSP lantai 1", "Lobi Kantor Wilayah", "Jl. Tgk. Abu Lam U No. 9, Banda Aceh");

  private static LegalReference law(RegulationType type, String number, int year, String title) {
    var builder = LegalReference.builder().setType(type).setYear(year).setTitle(title);
    if (number != null) {
      builder.setNumber(number);
    }
    return builder.build();
  }
}
