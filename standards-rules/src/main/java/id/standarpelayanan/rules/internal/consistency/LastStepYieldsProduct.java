package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.Product;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Pointers;
import id.standarpelayanan.rules.internal.Procedures;
import id.standarpelayanan.rules.internal.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code sp.products.last-step-output}: the procedure's last step does not yield a product. Real
 * documents say what the last step yields in its text more often than in an output column, so:
 *
 * <ul>
 *   <li>where the last step has an output, it must name a product: contain, or be contained in, a
 *       product's name, or share one of its words (ignoring case);
 *   <li>otherwise its text is read: a step that hands something over ("menerima", "diserahkan",
 *       "pengambilan"…) must hand over a product or a document (a product's word, a word such as
 *       "berkas", "surat", "kartu", or an abbreviation such as "KIA"); a step that hands over
 *       something else ("menerima hasil layanan", "menerima petugas") is reported;
 *   <li>a last step that neither has an output nor hands anything over (a survey, a wait, a check)
 *       is how many procedures end, if an earlier step has given the applicant the product; if none
 *       has, it is reported as stating no output where the document has an output column (another
 *       step states one), and otherwise, when the product is a document ("Kartu…", "Surat…"), as a
 *       procedure that never hands it over.
 * </ul>
 *
 * Quiet when there are no steps or no products (the completeness rules report those).
 */
public final class LastStepYieldsProduct extends BuiltInRule {

  /** Words of handing over or receiving, as offices write them in a step. */
  private static final Set<String> HANDING_OVER =
      Set.of(
          "menerima",
          "diterima",
          "diterimakan",
          "menyerahkan",
          "diserahkan",
          "penyerahan",
          "memberikan",
          "diberikan",
          "pemberian",
          "mengambil",
          "diambil",
          "pengambilan",
          "mengirim",
          "dikirim",
          "pengiriman",
          "menerbitkan",
          "diterbitkan",
          "penerbitan",
          "mendapat",
          "mendapatkan",
          "memperoleh",
          "receives",
          "hands",
          "issued");

  /** Words that name a document or a product handed over, whatever the product is called. */
  private static final Set<String> DOCUMENTS =
      Set.of(
          "berkas",
          "dokumen",
          "surat",
          "kartu",
          "akta",
          "sertifikat",
          "sertipikat",
          "piagam",
          "izin",
          "ijin",
          "rekomendasi",
          "keterangan",
          "salinan",
          "kutipan",
          "putusan",
          "penetapan",
          "formulir",
          "produk",
          "buku",
          "paspor",
          "resep",
          "tanda",
          "bukti",
          "legalisasi",
          "fotokopi",
          "document",
          "certificate",
          "letter",
          "card");

  /**
   * Documents an office hands over; a court's decision (putusan, penetapan) is pronounced in the
   * hearing rather than handed over by a step, and a copy of it is a service of its own.
   */
  private static final Set<String> HANDED_DOCUMENTS =
      Set.of(
          "kartu",
          "surat",
          "akta",
          "sertifikat",
          "sertipikat",
          "piagam",
          "izin",
          "ijin",
          "rekomendasi",
          "keterangan",
          "salinan",
          "kutipan",
          "paspor",
          "buku",
          "card",
          "certificate",
          "letter");

  /** Words of receiving: the applicant receives, takes or gets something. */
  private static final Set<String> RECEIVING =
      Set.of(
          "menerima",
          "diterima",
          "mengambil",
          "diambil",
          "pengambilan",
          "mendapat",
          "mendapatkan",
          "memperoleh",
          "receives");

  /** Words of issuing a document, whoever receives it. */
  private static final Set<String> ISSUING =
      Set.of("menerbitkan", "diterbitkan", "penerbitan", "issued", "issues");

  /** Words naming the applicant. */
  private static final Set<String> APPLICANT =
      Set.of(
          "pemohon",
          "pasien",
          "penduduk",
          "masyarakat",
          "pengguna",
          "penerima",
          "anda",
          "wajib",
          "jemaah",
          "siswa",
          "applicant");

  /** Words that end the naming of what is handed over. */
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "kepada", "ke", "oleh", "di", "dari", "untuk", "melalui", "dengan", "pada", "bagi", "to",
          "by", "at");

  public LastStepYieldsProduct() {
    super(
        "sp.products.last-step-output",
        Severity.WARNING,
        "UU 25/2009 pasal 21 huruf c dan f",
        List.of(Component.PRODUCTS, Component.PROCEDURE),
        "missing",
        "mismatch",
        "text-mismatch",
        "never-handed");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    List<ProcedureStep> steps = Procedures.steps(standard);
    List<String> products =
        standard.getProducts().stream().map(Product::getName).filter(Texts::meaningful).toList();
    if (steps.isEmpty() || products.isEmpty()) {
      return;
    }
    int last = steps.size() - 1;
    ProcedureStep step = steps.get(last);
    Optional<String> output = step.getOutput().filter(Texts::meaningful);
    if (output.isPresent()) {
      if (!names(output.get(), products)) {
        context.report(
            Component.PRODUCTS,
            Pointers.of("procedure", "steps", last, "output"),
            "mismatch",
            output.get(),
            products);
      }
      return;
    }
    String text = step.getDescription();
    List<String> words = Texts.words(text);
    if (words.stream().anyMatch(HANDING_OVER::contains)) {
      if (!handedOver(words).isEmpty()
          && !names(text, products)
          && words.stream().noneMatch(DOCUMENTS::contains)
          && !hasAbbreviation(text)) {
        context.report(
            Component.PRODUCTS,
            Pointers.of("procedure", "steps", last, "description"),
            "text-mismatch",
            text,
            products);
      }
      return;
    }
    // A last step that hands nothing over (a survey, a wait, a check) is how many procedures end,
    // if an earlier step has given the applicant the product.
    if (steps.subList(0, last).stream().anyMatch(LastStepYieldsProduct::yields)) {
      return;
    }
    if (steps.stream().anyMatch(other -> other.getOutput().isPresent())) {
      context.report(
          Component.PRODUCTS,
          Pointers.of("procedure", "steps", last, "output"),
          "missing",
          products);
    } else if (products.stream()
        .anyMatch(name -> Texts.words(name).stream().anyMatch(HANDED_DOCUMENTS::contains))) {
      context.report(
          Component.PRODUCTS, Pointers.of("procedure", "steps", last), "never-handed", products);
    }
  }

  /**
   * Whether a step gives the applicant the product: its text says the applicant receives something
   * ("Pemohon menerima…", "Pasien mendapat…") or that something is handed or issued to them
   * ("diserahkan kepada pemohon", "menerbitkan KK"). An output names what a step makes, not that it
   * is handed over.
   */
  private static boolean yields(ProcedureStep step) {
    // One pass: the applicant named before a word of receiving ("Pemohon menerima", not "Petugas
    // menerima berkas dari pemohon"), or "kepada/ke" and the applicant after a word of handing
    // over.
    List<String> words = Texts.words(step.getDescription());
    boolean applicantBefore = false;
    boolean handedOver = false;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (ISSUING.contains(word) || (RECEIVING.contains(word) && applicantBefore)) {
        return true;
      }
      if (handedOver
          && (word.equals("kepada") || word.equals("ke"))
          && i + 1 < words.size()
          && APPLICANT.contains(words.get(i + 1))) {
        return true;
      }
      applicantBefore |= APPLICANT.contains(word);
      handedOver |= HANDING_OVER.contains(word);
    }
    return false;
  }

  /**
   * The words naming what a step hands over: those after its first word of handing over, up to a
   * preposition ("kepada", "ke", "oleh"…). "Diserahkan ke Pemohon" names nothing; "menerima hasil
   * layanan" names "hasil layanan".
   */
  private static List<String> handedOver(List<String> words) {
    int verb = 0;
    while (verb < words.size() && !HANDING_OVER.contains(words.get(verb))) {
      verb++;
    }
    List<String> named = new ArrayList<>();
    for (int i = verb + 1; i < words.size() && !PREPOSITIONS.contains(words.get(i)); i++) {
      named.add(words.get(i));
    }
    return named;
  }

  /**
   * Whether a text names one of the products: contains it, is contained in it, or shares a word of
   * three letters or more.
   */
  private static boolean names(String text, List<String> products) {
    String yielded = Texts.normalized(text);
    // A set, not a list: each of a product's words is looked up in it.
    Set<String> words = new HashSet<>(Texts.words(text));
    for (String name : products) {
      String product = Texts.normalized(name);
      if (!yielded.isEmpty()
          && (Texts.contains(product, yielded) || Texts.contains(yielded, product))) {
        return true;
      }
      for (String word : Texts.words(name)) {
        if (word.length() >= 3 && !DOCUMENTS.contains(word) && words.contains(word)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a text that is not all capitals has an abbreviation in it (two to six capital letters,
   * such as "KIA", "KK" or "SKUM"), which in a step's text names a document.
   */
  private static boolean hasAbbreviation(String text) {
    if (text.chars().noneMatch(Character::isLowerCase)) {
      return false;
    }
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        int length = i - start;
        if (length >= 2
            && length <= 6
            && text.substring(start, i).chars().allMatch(Character::isUpperCase)) {
          return true;
        }
        start = -1;
      }
    }
    return false;
  }
}
