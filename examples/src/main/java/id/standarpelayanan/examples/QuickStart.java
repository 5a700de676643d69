package id.standarpelayanan.examples;

import id.standarpelayanan.model.CompletionTime;
import id.standarpelayanan.model.DocumentForm;
import id.standarpelayanan.model.Fee;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.RegulationType;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.rules.Report;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Builds a draft standard with the builders, checks it with the default profile and prints the
 * findings in Indonesian: what a form shows its user, field by field.
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Builds a draft of the diploma legalisation service: four of the fourteen components.
   *
   * @return the draft
   */
  public static ServiceStandard draft() {
    return ServiceStandard.builder()
        .setId("legalisasi-ijazah-madrasah")
        .setName("Legalisasi Fotokopi Ijazah/STTB Madrasah")
        .addLegalBasis(
            LegalReference.builder()
                .setType(RegulationType.UU)
                .setNumber("25")
                .setYear(2009)
                .setTitle("Pelayanan Publik")
                .build())
        .addRequirement(
            Requirement.builder()
                .setDescription("Fotokopi ijazah yang akan dilegalisasi")
                .setForm(DocumentForm.COPY)
                .setCopies(10)
                .build())
        .setCompletionTime(CompletionTime.builder().setMaximum(TimeSpan.ofMinutes(15)).build())
        .setFee(Fee.builder().setFree(true).build())
        .build();
  }

  /**
   * Checks the draft and prints the report.
   *
   * @param out where to print
   * @return the report
   */
  public static Report run(PrintStream out) {
    // Build the checker once and share it: it is immutable and thread-safe.
    Checker checker = Checker.builder().locale(Locale.forLanguageTag("id")).build();
    Report report = checker.check(draft());

    out.println("Lulus: " + report.passed() + ", skor kelengkapan: " + report.score() + "/100");
    for (Finding finding : report.findings()) {
      out.println(
          finding.severity()
              + " "
              + finding.pointer()
              + " ["
              + finding.ruleId()
              + "] "
              + finding.message());
    }
    return report;
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
