package id.standarpelayanan.testkit.internal;

import id.standarpelayanan.model.ImmutableLegalReference;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.RegulationType;
import java.util.List;

/**
 * Realistic Indonesian words and phrases of the Kanwil Kemenag Aceh services, the pools generated
 * text is drawn from. No entry is a placeholder or a vague phrase, so generated complete standards
 * pass the rule engine.
 */
final class Vocabulary {

  private Vocabulary() {}

  /** Service names (jenis pelayanan). */
  public static final List<String> SERVICES =
      List.of(
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
  public static final List<String> UNITS =
      List.of(
          "Bidang Pendidikan Madrasah",
          "Bidang Pendidikan Agama dan Keagamaan Islam",
          "Bagian Tata Usaha",
          "Subbagian Kepegawaian dan Hukum",
          "Bidang Penerangan Agama Islam dan Pemberdayaan Zakat Wakaf",
          "Pelayanan Terpadu Satu Pintu");

  /** Role names of implementers (pelaksana); steps name them as actors. */
  public static final List<String> ROLES =
      List.of(
          "Petugas Front Office",
          "Verifikator",
          "Pejabat Penandatangan",
          "Operator Sistem",
          "Analis Kepegawaian",
          "Pengadministrasi Umum",
          "Kepala Seksi",
          "Tim Verifikasi Lapangan");

  /** What a procedure step does. */
  public static final List<String> STEP_ACTIONS =
      List.of(
          "Menerima berkas permohonan dan memberikan tanda terima",
          "Memeriksa kelengkapan persyaratan",
          "Memverifikasi keabsahan dokumen",
          "Menyusun konsep surat",
          "Memaraf konsep surat",
          "Menandatangani surat",
          "Mengagendakan dan memberi nomor surat",
          "Menyerahkan hasil layanan kepada pemohon");

  /** What a step yields before the last. */
  public static final List<String> STEP_OUTPUTS =
      List.of(
          "Tanda terima berkas",
          "Berkas lengkap",
          "Dokumen terverifikasi",
          "Konsep surat",
          "Surat bernomor");

  /** Step actions that decide between branches; each is also in {@link #STEP_ACTIONS}. */
  public static final List<String> DECISION_ACTIONS =
      List.of("Memeriksa kelengkapan persyaratan", "Memverifikasi keabsahan dokumen");

  /** What a step needs, the SOP's "kelengkapan" column. */
  public static final List<String> STEP_EQUIPMENT =
      List.of(
          "Formulir permohonan dan komputer",
          "Aplikasi PTSP dan printer",
          "Stempel dinas",
          "Buku agenda surat");

  /** Conditions under which a step is taken. */
  public static final List<String> STEP_CONDITIONS =
      List.of(
          "Jika berkas dinyatakan lengkap",
          "Apabila verifikasi lapangan diperlukan",
          "Jika permohonan disetujui");

  /** The SOP's notes column. */
  public static final List<String> STEP_NOTES =
      List.of(
          "Dilaksanakan pada hari dan jam kerja",
          "Status permohonan dapat dipantau melalui aplikasi PTSP",
          "Berkas diteruskan secara elektronik");

  /** Answers that take a branch of a decision step. */
  public static final List<String> BRANCH_CONDITIONS =
      List.of(
          "Berkas lengkap",
          "Berkas tidak lengkap",
          "Dokumen sah",
          "Dokumen tidak sah",
          "Permohonan disetujui");

  /** What happens on a branch that leaves the procedure. */
  public static final List<String> BRANCH_OUTCOMES =
      List.of(
          "Berkas dikembalikan kepada pemohon untuk dilengkapi",
          "Permohonan ditolak dengan surat pemberitahuan",
          "Berkas diteruskan kepada verifikator");

  /** Units a completion time is given per. */
  public static final List<String> PER_UNITS = List.of("berkas", "dokumen", "lembar", "pemohon");

  /** Moments a completion time starts. */
  public static final List<String> START_CONDITIONS =
      List.of(
          "Sejak berkas dinyatakan lengkap",
          "Sejak permohonan diterima petugas PTSP",
          "Setelah verifikasi lapangan selesai");

  /** Conditions of an extension of the completion time. */
  public static final List<String> EXTENSION_CONDITIONS =
      List.of(
          "Dengan pemberitahuan tertulis kepada pemohon", "Apabila diperlukan verifikasi lapangan");

  /** Products (produk pelayanan); no entry contains another. */
  public static final List<String> PRODUCTS =
      List.of(
          "Fotokopi ijazah terlegalisasi",
          "Surat Keputusan Izin Operasional",
          "Surat Rekomendasi Kepala Kantor Wilayah",
          "Surat Izin Belajar",
          "Surat Izin Penelitian",
          "Salinan informasi publik",
          "Surat Keterangan Pengganti Ijazah");

  /** Requirement descriptions (persyaratan). */
  public static final List<String> REQUIREMENTS =
      List.of(
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

  /** Documents accepted instead of a required one ("KTP atau …"). */
  public static final List<String> ALTERNATIVES =
      List.of(
          "Fotokopi paspor",
          "Surat keterangan domisili dari keuchik",
          "Akta pendirian badan hukum",
          "Fotokopi Kartu Keluarga",
          "Surat keterangan pengganti dari kepolisian");

  /** Categories of applicant that requirements or fee items apply to. */
  public static final List<String> APPLICANT_CATEGORIES =
      List.of(
          "Warga Negara Indonesia",
          "Warga Negara Asing",
          "Badan hukum",
          "Aparatur Sipil Negara",
          "Lembaga pendidikan swasta");

  /** Conditions of conditional requirements. */
  public static final List<String> CONDITIONS =
      List.of(
          "Jika permohonan dikuasakan kepada orang lain",
          "Bagi lembaga yang telah berbadan hukum",
          "Apabila dokumen asli hilang");

  /** Competences by dimension: knowledge, expertise, skill, experience (in that order). */
  public static final List<List<String>> COMPETENCIES =
      List.of(
          List.of("Memahami peraturan pelayanan publik", "Memahami regulasi pendidikan madrasah"),
          List.of("Mampu menilai keabsahan dokumen", "Menguasai tata naskah dinas"),
          List.of("Terampil mengoperasikan aplikasi PTSP", "Terampil berkomunikasi dengan pemohon"),
          List.of(
              "Berpengalaman paling sedikit satu tahun di bidang pelayanan",
              "Pernah mengikuti pelatihan pelayanan prima"));

  /**
   * Qualifications by kind: education, certification, training, other (in that order), and the
   * dimension each fits when the document places it in one (none for the last kind).
   */
  public static final List<List<String>> QUALIFICATIONS =
      List.of(
          List.of("Minimal SMA/sederajat", "Minimal S1 semua jurusan"),
          List.of(
              "Bersertifikat kompetensi kearsipan",
              "Bersertifikat pengelola layanan informasi publik"),
          List.of(
              "Telah mengikuti bimbingan teknis PTSP", "Telah mengikuti diklat pelayanan publik"),
          List.of("Berbadan sehat dan berkelakuan baik", "Mampu berkomunikasi dalam bahasa Aceh"));

  /** Facilities: name and whether it serves vulnerable groups. */
  public static final List<String> GENERAL_FACILITIES =
      List.of(
          "Ruang tunggu ber-AC",
          "Mesin nomor antrean",
          "Komputer dan printer",
          "Papan informasi standar pelayanan",
          "Musala");

  /** Facilities for vulnerable groups. */
  public static final List<String> ACCESSIBLE_FACILITIES =
      List.of(
          "Jalur landai (ramp)",
          "Kursi roda",
          "Loket prioritas",
          "Ruang laktasi",
          "Pojok bermain anak",
          "Toilet ramah disabilitas");

  /** Supervisors. */
  public static final List<String> SUPERVISORS =
      List.of(
          "Kepala Kantor Wilayah",
          "Kepala Bagian Tata Usaha",
          "Kepala Bidang",
          "Inspektorat Jenderal");

  /** Statements of the service guarantee. */
  public static final List<String> GUARANTEES =
      List.of(
          "Pelayanan diberikan sesuai standar pelayanan dan tepat waktu",
          "Petugas melayani dengan ramah, cepat dan tanpa pungutan liar");

  /** Statements of the security and safety guarantee. */
  public static final List<String> SAFETY_STATEMENTS =
      List.of(
          "Dokumen pemohon dijamin aman dan tidak disalahgunakan",
          "Pelayanan bebas dari bahaya, risiko dan keragu-raguan");

  /** Security and safety measures. */
  public static final List<String> SAFETY_MEASURES =
      List.of(
          "CCTV di ruang pelayanan",
          "Alat pemadam api ringan (APAR)",
          "Arsip dokumen terkunci",
          "Jalur evakuasi",
          "Petugas keamanan");

  /** General descriptions. */
  public static final List<String> DESCRIPTIONS =
      List.of(
          "Pelayanan diberikan di loket PTSP pada hari kerja",
          "Permohonan diproses sesuai urutan antrean",
          "Hasil layanan dapat diambil langsung atau dikirim melalui surel",
          "Berlaku untuk seluruh kabupaten/kota di Provinsi Aceh");

  /**
   * Non-Latin and accented text mixed into descriptions: Acehnese, Arabic script, XML-special
   * characters and a character outside the Basic Multilingual Plane.
   */
  public static final List<String> UNICODE =
      List.of(
          "Peumulia jamee adat geutanyoe",
          "Meuseuraya ta peuget",
          "خدمة عامة",
          "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ",
          "Tanda <kurung> & \"kutip\" 'tunggal'",
          "Ijazah madrasah ✓ 📜",
          "Café née ü");

  /** The issuer of the ministerial regulations on public service (PermenPANRB). */
  private static final String MENPANRB =
      "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi";

  /** The issuer of the regulations and decrees of the Minister of Religious Affairs. */
  private static final String MENAG = "Menteri Agama";

  /**
   * Real regulations a Kanwil Kemenag standard cites, none repealed; the issuer is given where it
   * tells instruments of one type apart (ministerial regulations and decrees), the region for
   * regional ones.
   */
  public static final List<LegalReference> REGULATIONS =
      List.of(
          law(
              RegulationType.UUD,
              null,
              1945,
              "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"),
          law(RegulationType.UU, "25", 2009, "Pelayanan Publik"),
          law(RegulationType.UU, "14", 2008, "Keterbukaan Informasi Publik"),
          law(RegulationType.UU, "20", 2003, "Sistem Pendidikan Nasional"),
          law(RegulationType.UU, "11", 2006, "Pemerintahan Aceh"),
          law(RegulationType.UU, "8", 2019, "Penyelenggaraan Ibadah Haji dan Umrah"),
          law(RegulationType.UU, "18", 2019, "Pesantren"),
          law(
              RegulationType.PP,
              "96",
              2012,
              "Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"),
          law(RegulationType.PP, "55", 2007, "Pendidikan Agama dan Pendidikan Keagamaan"),
          law(RegulationType.PERPRES, "76", 2013, "Pengelolaan Pengaduan Pelayanan Publik"),
          issued(RegulationType.PERMEN, "15", 2014, "Pedoman Standar Pelayanan", MENPANRB),
          issued(
              RegulationType.PERMEN,
              "14",
              2017,
              "Pedoman Penyusunan Survei Kepuasan Masyarakat",
              MENPANRB),
          issued(RegulationType.PERMEN, "16", 2017, "Pedoman Forum Konsultasi Publik", MENPANRB),
          issued(
              RegulationType.PMA,
              "65",
              2016,
              "Pelayanan Terpadu Satu Pintu pada Kementerian Agama",
              MENAG),
          issued(
              RegulationType.KMA, "109", 2017, "Standar Pelayanan pada Kementerian Agama", MENAG),
          regional(RegulationType.QANUN, "9", 2018, "Penyelenggaraan Pendidikan Dayah", "Aceh"),
          regional(RegulationType.QANUN, "8", 2014, "Pokok-Pokok Syariat Islam", "Aceh"),
          regional(RegulationType.QANUN, "10", 2018, "Baitul Mal", "Aceh"),
          issued(
              RegulationType.KEPDIRJEN,
              "5343",
              2015,
              "Petunjuk Teknis Legalisasi Ijazah Madrasah",
              "Direktur Jenderal Pendidikan Islam"),
          issued(
              RegulationType.PERATURAN_LEMBAGA,
              "1",
              2021,
              "Standar Layanan Informasi Publik",
              "Komisi Informasi Pusat"));

  /**
   * Real instruments of the kinds a Kemenag standard seldom cites, for drafts: other ministries'
   * decrees, the Supreme Court's standard for courts, an office head's decree without a number as
   * the seed's documents write it, a presidential instruction.
   */
  public static final List<LegalReference> OTHER_INSTRUMENTS =
      List.of(
          issued(
              RegulationType.KEPMEN,
              "63/KEP/M.PAN/7/2003",
              2003,
              "Pedoman Umum Penyelenggaraan Pelayanan Publik",
              "Menteri Pendayagunaan Aparatur Negara"),
          issued(
              RegulationType.KEPUTUSAN_LEMBAGA,
              "026/KMA/SK/II/2012",
              2012,
              "Standar Pelayanan Peradilan",
              "Ketua Mahkamah Agung"),
          issued(
              RegulationType.KEPUTUSAN_KEPALA,
              null,
              2024,
              "Standar Pelayanan pada Pelayanan Terpadu Satu Pintu Kantor Wilayah Kementerian Agama Provinsi Aceh",
              "Kepala Kantor Wilayah Kementerian Agama Provinsi Aceh"),
          law(RegulationType.INSTRUKSI, "5", 2004, "Percepatan Pemberantasan Korupsi"));

  /** Issuers of instruments, as documents write them. */
  public static final List<String> ISSUERS =
      List.of(
          MENPANRB,
          MENAG,
          "Gubernur Aceh",
          "Komisi Informasi Pusat",
          "Direktur Jenderal Pendidikan Islam",
          "Kepala Kantor Wilayah Kementerian Agama Provinsi Aceh");

  /** Regions of regional regulations. */
  public static final List<String> REGIONS =
      List.of("Aceh", "Kota Banda Aceh", "Kabupaten Aceh Besar", "Kabupaten Pidie");

  /** Articles cited. */
  public static final List<String> ARTICLES =
      List.of("Pasal 21", "Pasal 15 ayat (1)", "Pasal 22 huruf b", "Pasal 36", "Pasal 4");

  /** Regulations that can set a tariff, for priced fee items. */
  public static final List<LegalReference> TARIFF_REGULATIONS =
      List.of(
          law(
              RegulationType.PP,
              "19",
              2015,
              "Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak yang Berlaku pada Kementerian Agama"),
          law(RegulationType.QANUN, "8", 2017, "Retribusi Pelayanan Umum"));

  /** What fee items charge for. */
  public static final List<String> FEE_ITEMS =
      List.of(
          "Biaya nikah atau rujuk di luar KUA",
          "Penggandaan salinan dokumen",
          "Denda keterlambatan pendaftaran",
          "Legalisasi fotokopi ijazah",
          "Penerbitan duplikat surat keputusan");

  /** Conditions of fee items. */
  public static final List<String> FEE_CONDITIONS =
      List.of(
          "Di luar kantor KUA atau di luar hari dan jam kerja",
          "Apabila permohonan diajukan melewati batas waktu",
          "Untuk salinan lebih dari sepuluh lembar");

  /** Payment channels. */
  public static final List<String> PAYMENT_CHANNELS =
      List.of(
          "Bank Syariah Indonesia melalui SIMPONI",
          "Bank Aceh Syariah",
          "Loket bendahara penerimaan");

  /** Complaint procedures. */
  public static final List<String> COMPLAINT_PROCEDURES =
      List.of(
          "Pengaduan dicatat, diteruskan ke unit terkait dan dijawab kepada pelapor",
          "Pengaduan melalui SP4N-LAPOR! ditindaklanjuti oleh admin unit");

  /** Officers responsible for complaints (UU 25/2009 art. 36). */
  public static final List<String> OFFICERS =
      List.of(
          "Kepala Subbagian Tata Usaha",
          "Kepala Bagian Tata Usaha Kantor Wilayah",
          "Pejabat Pengelola Informasi dan Dokumentasi");

  /** Service hours in words, as documents write them. */
  public static final List<String> HOURS_NOTES =
      List.of(
          "Senin–Kamis 08.00–16.00 WIB, Jumat 08.00–16.30 WIB",
          "Istirahat pukul 12.00–13.00 WIB, hari Jumat pukul 11.30–14.00 WIB",
          "Pada bulan Ramadan pelayanan pukul 08.00–15.00 WIB");

  /** Notes on opening hours. */
  public static final List<String> PERIOD_NOTES =
      List.of(
          "Pendaftaran ditutup pukul 15.00 WIB", "Nomor antrean dibagikan mulai pukul 07.45 WIB");

  /** Notes on special hours; the last names an occasion of its own. */
  public static final List<String> OCCASION_NOTES =
      List.of(
          "Jam kerja selama Ramadan mengikuti surat edaran Menteri PANRB",
          "Tidak ada pelayanan pada hari libur nasional dan cuti bersama",
          "Hari Amal Bakti Kementerian Agama, 3 Januari");

  /** Notes on publications. */
  public static final List<String> PUBLICATION_NOTES =
      List.of(
          "Diperbarui setelah forum konsultasi publik", "Ditampilkan bersama maklumat pelayanan");

  /** Places, for in-person channels and suggestion boxes. */
  public static final List<String> PLACES =
      List.of("Ruang PTSP lantai 1", "Lobi Kantor Wilayah", "Jl. Tgk. Abu Lam U No. 9, Banda Aceh");

  private static LegalReference law(RegulationType type, String number, int year, String title) {
    return reference(type, number, year, title).build();
  }

  private static LegalReference issued(
      RegulationType type, String number, int year, String title, String issuer) {
    return reference(type, number, year, title).setIssuer(issuer).build();
  }

  private static LegalReference regional(
      RegulationType type, String number, int year, String title, String region) {
    return reference(type, number, year, title).setRegion(region).build();
  }

  private static ImmutableLegalReference.Builder reference(
      RegulationType type, String number, int year, String title) {
    var builder = LegalReference.builder().setType(type).setYear(year).setTitle(title);
    if (number != null) {
      builder.setNumber(number);
    }
    return builder;
  }
}
