package id.standarpelayanan.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.Languages;
import id.standarpelayanan.publish.Layout;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * The sample's PDFs checked by veraPDF (the PDF Association's validator, its greenfield parser)
 * against the two standards they claim: PDF/UA-1 (ISO 14289-1) and PDF/A-3a (ISO 19005-3, level A).
 * Every layout in both languages, and a draft with its watermark.
 *
 * <p>The first run (before the fixes in {@code Accessibility} and {@code Stylesheet}) passed
 * PDF/A-3a and failed PDF/UA-1 in every publication: 7.1-3 (the letterhead's contact line, inline
 * list items, untagged), and in the annex and display page 7.18.1-2 and 7.18.5-2 (link annotations
 * without {@code Contents}, Link elements with an empty {@code Alt}). veraPDF checks what a machine
 * can; reading order and the meaning of alternative texts are not judged here.
 */
class VeraPdfTest {

  @BeforeAll
  static void initialiseVeraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  static Stream<Arguments> publications() {
    List<Arguments> all = new ArrayList<>();
    for (Layout layout : Layout.values()) {
      for (Locale locale : Samples.LANGUAGES) {
        all.add(Arguments.of(layout, locale, false));
      }
    }
    all.add(Arguments.of(Layout.ANNEX, Languages.INDONESIAN, true));
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1} draft={2}")
  @MethodSource("publications")
  void conformsToPdfUa1(Layout layout, Locale locale, boolean draft) throws Exception {
    assertConforms(Samples.pdf(layout, locale, draft), PDFAFlavour.PDFUA_1);
  }

  @ParameterizedTest(name = "{0} {1} draft={2}")
  @MethodSource("publications")
  void conformsToPdfA3a(Layout layout, Locale locale, boolean draft) throws Exception {
    assertConforms(Samples.pdf(layout, locale, draft), PDFAFlavour.PDFA_3_A);
  }

  /** Without the archival claim the PDF is still PDF/UA-1 (its identification is in the XMP). */
  @Test
  void conformsToPdfUa1WithoutTheArchivalClaim() throws Exception {
    PdfPublisher publisher =
        PdfPublisher.builder()
            .publisher(Samples.publisher(Languages.INDONESIAN, false).publisher())
            .archival(false)
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    publisher.write(Samples.catalog(), Layout.PLEDGE, out);

    assertConforms(out.toByteArray(), PDFAFlavour.PDFUA_1);
    assertThat(PdfInspection.of(out.toByteArray()).outputIntent).isFalse();
  }

  /**
   * An office's own HTML: links with and without a title, around nested markup, internal and
   * external. Each link annotation gets a text alternative (its title, else its text), which
   * openhtmltopdf alone does not write (PDF/UA-1 7.18.1-2, 7.18.5-2).
   */
  @Test
  void describesEveryLinkOfAnOfficesHtml() throws Exception {
    String html =
        "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\"><head>"
            + "<title>Tautan</title></head><body><h1 id=\"atas\">Tautan</h1>"
            + "<p><a href=\"https://example.org/\">Situs <b>resmi</b>\n  kantor</a>,"
            + " <a href=\"#atas\" title=\"Kembali ke atas\">ke atas</a>.</p></body></html>";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfPublisher.builder().build().write(html, List.of(), out);

    assertConforms(out.toByteArray(), PDFAFlavour.PDFUA_1);
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      assertThat(pdf.getPage(0).getAnnotations())
          .extracting(PDAnnotation::getContents)
          .containsExactlyInAnyOrder("Situs resmi kantor", "Kembali ke atas");
    }
  }

  /**
   * Validates {@code pdf} and asserts that veraPDF finds it compliant, else lists every rule it
   * fails: the clause and test number, the rule's description, how often, and where first.
   */
  static void assertConforms(byte[] pdf, PDFAFlavour flavour) throws Exception {
    Map<String, String> failed = failures(pdf, flavour);
    assertThat(failed.keySet())
        .as(
            "veraPDF %s (%s): the rules failed:%n%s",
            flavour.getId(), flavour.getPart().getName(), String.join("\n", failed.values()))
        .isEmpty();
  }

  /** The failed rules, by "clause-test", each described for the reader of a failing test. */
  static Map<String, String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
    ValidationResult result;
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      result = validator.validate(parser);
    }
    Map<String, String> failed = new TreeMap<>();
    for (Map.Entry<RuleId, Integer> check : result.getFailedChecks().entrySet()) {
      RuleId id = check.getKey();
      Rule rule = result.getValidationProfile().getRuleByRuleId(id);
      String example =
          result.getTestAssertions().stream()
              .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
              .filter(a -> id.equals(a.getRuleId()))
              .findFirst()
              .map(a -> "; first at " + a.getLocation().getContext() + message(a, rule))
              .orElse("");
      String key = id.getClause() + "-" + id.getTestNumber();
      failed.put(
          key,
          String.format(
              "  %s %s test %d, %d time(s): %s%s",
              id.getSpecification().getId(),
              id.getClause(),
              id.getTestNumber(),
              check.getValue(),
              rule == null ? "(rule not in the profile)" : rule.getDescription(),
              example));
    }
    assertThat(result.getTotalAssertions()).as("veraPDF ran its checks").isPositive();
    assertThat(result.isCompliant()).as("compliant").isEqualTo(failed.isEmpty());
    return failed;
  }

  /** veraPDF's own message for one failure, unless it only repeats the rule's description. */
  private static String message(TestAssertion assertion, Rule rule) {
    String message =
        assertion.getErrorMessage() != null ? assertion.getErrorMessage() : assertion.getMessage();
    if (message == null || message.isBlank()) {
      return "";
    }
    return rule != null && message.strip().equals(rule.getDescription().strip())
        ? ""
        : " (" + message + ")";
  }
}
