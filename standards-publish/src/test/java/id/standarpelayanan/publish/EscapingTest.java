package id.standarpelayanan.publish;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.Procedure;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.ServiceProvider;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Text from the document is text: never markup, never a template. */
class EscapingTest {

  private static final String HOSTILE = "<script>alert('x')</script> {{t.draft}} {{{svg}}} & \"q\"";

  private static StandardsCatalog hostile() {
    ServiceStandard standard =
        ServiceStandard.builder()
            .setName(HOSTILE)
            .setDescription("{{#t}}loop{{/t}}")
            .setProcedure(
                Procedure.builder()
                    .addStep(
                        ProcedureStep.builder()
                            .setNumber(1)
                            .setActor(HOSTILE)
                            .setDescription(HOSTILE)
                            .setOutput("</svg><script>")
                            .build())
                    .build())
            .build();
    return StandardsCatalog.builder()
        .setStatus(CatalogStatus.PUBLISHED)
        .setProvider(ServiceProvider.builder().setName(HOSTILE).build())
        .addStandard(standard)
        .build();
  }

  @Test
  void scriptAndMustacheInDocumentTextRenderAsLiteralTextInEveryLayout() {
    for (Layout layout : Layout.values()) {
      String html = Samples.publisher(Locale.ENGLISH).build().html(hostile(), layout);
      assertThat(html).doesNotContain("<script>").doesNotContain("</svg><script>");
      assertThat(html)
          .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; {{t.draft}} {{{svg}}} &amp;");
    }
    String annex = Samples.publisher(Locale.ENGLISH).build().html(hostile(), Layout.ANNEX);
    assertThat(annex).contains("{{#t}}loop{{/t}}").doesNotContain(">loop<");
  }

  @Test
  void scriptInDocumentTextIsEscapedInTheFlowchart() {
    String svg =
        Samples.publisher(Locale.ENGLISH)
            .build()
            .flowchartSvg(hostile().getStandards().get(0))
            .orElseThrow();
    assertThat(svg).doesNotContain("<script>").contains("&lt;/svg&gt;&lt;script&gt;");
  }

  @Test
  void controlCharactersInDocumentTextBecomeVisibleEscapes() {
    StandardsCatalog catalog =
        StandardsCatalog.builder()
            .addStandard(ServiceStandard.builder().setName("a\u0007b\u202Ec").build())
            .build();
    String html = Samples.publisher(Locale.ENGLISH).build().html(catalog, Layout.ANNEX);
    assertThat(html)
        .contains("a\\u0007b\\u202ec")
        .doesNotContain("\u0007")
        .doesNotContain("\u202E");
  }
}
