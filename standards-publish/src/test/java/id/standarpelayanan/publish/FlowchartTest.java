package id.standarpelayanan.publish;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.Procedure;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StepBranch;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The flowchart's SVG, read back as XML: its lanes, its symbols, its text alternative. */
class FlowchartTest {

  private static final String SVG = "http://www.w3.org/2000/svg";

  private static List<Element> byClass(Document svg, String name, String type) {
    NodeList nodes = svg.getElementsByTagNameNS(SVG, name);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element element = (Element) nodes.item(i);
      if (element.getAttribute("class").equals(type)) {
        found.add(element);
      }
    }
    return found;
  }

  @Test
  void everySampleFlowchartHasOneLanePerActorAndOneSymbolPerStep() {
    Publisher publisher = Samples.publisher(Locale.forLanguageTag("id")).build();
    for (ServiceStandard standard : Samples.catalog().getStandards()) {
      List<ProcedureStep> steps = standard.getProcedure().orElseThrow().getSteps();
      Document svg = Xml.parse(publisher.flowchartSvg(standard).orElseThrow());
      Set<String> actors = new LinkedHashSet<>();
      steps.forEach(s -> actors.add(s.getActor().orElseThrow().strip()));
      List<Element> lanes = byClass(svg, "rect", "lane");
      assertThat(lanes).extracting(l -> l.getTextContent()).containsExactlyElementsOf(actors);
      List<Element> symbols = byClass(svg, "g", "step");
      assertThat(symbols)
          .extracting(s -> Integer.parseInt(s.getAttribute("data-step")))
          .containsExactlyElementsOf(steps.stream().map(ProcedureStep::getNumber).toList());
      for (int i = 0; i < steps.size(); i++) {
        String expected =
            !steps.get(i).getBranches().isEmpty()
                ? "decision"
                : i == 0 || i == steps.size() - 1 ? "terminator" : "process";
        assertThat(symbols.get(i).getAttribute("data-kind")).isEqualTo(expected);
      }
      assertThat(
              byClass(svg, "g", "arrows")
                  .get(0)
                  .getElementsByTagNameNS(SVG, "polyline")
                  .getLength())
          .isGreaterThanOrEqualTo(steps.size() - 1);
      Element root = svg.getDocumentElement();
      assertThat(root.getAttribute("role")).isEqualTo("img");
      assertThat(root.getAttribute("aria-labelledby")).isEqualTo("bagan-title bagan-desc");
      assertThat(root.getElementsByTagNameNS(SVG, "title").item(0).getTextContent())
          .contains(standard.getName().orElseThrow());
    }
  }

  @Test
  void aStepWithBranchesIsADecisionWithADashedArrowToAnEarlierStep() {
    ServiceStandard standard =
        ServiceStandard.builder()
            .setName("Layanan bercabang")
            .setProcedure(
                Procedure.builder()
                    .addStep(step(1, "Pemohon", "Mengajukan permohonan"))
                    .addStep(
                        ProcedureStep.builder()
                            .setNumber(2)
                            .setActor("Verifikator")
                            .setDescription("Memeriksa kelengkapan")
                            .addBranch(
                                StepBranch.builder().setCondition("lengkap").setNextStep(3).build())
                            .addBranch(
                                StepBranch.builder()
                                    .setCondition("tidak lengkap")
                                    .setNextStep(1)
                                    .build())
                            .build())
                    .addStep(step(3, "Pejabat", "Menandatangani"))
                    .build())
            .build();
    Document svg =
        Xml.parse(Samples.publisher(Locale.ENGLISH).build().flowchartSvg(standard).orElseThrow());
    assertThat(byClass(svg, "g", "step"))
        .extracting(s -> s.getAttribute("data-kind"))
        .containsExactly("terminator", "decision", "terminator");
    assertThat(byClass(svg, "rect", "lane")).hasSize(3);
    assertThat(byClass(svg, "polyline", "branch")).hasSize(1);
    assertThat(svg.getDocumentElement().getTextContent()).contains("if tidak lengkap: to step 1");
  }

  @Test
  void stepsWithoutAnActorShareOneLaneMarkedAsMissing() {
    ServiceStandard standard =
        ServiceStandard.builder()
            .setProcedure(
                Procedure.builder()
                    .addStep(ProcedureStep.builder().setNumber(1).setDescription("a").build())
                    .addStep(ProcedureStep.builder().setNumber(2).setDescription("b").build())
                    .build())
            .build();
    Document svg =
        Xml.parse(Samples.publisher(Locale.ENGLISH).build().flowchartSvg(standard).orElseThrow());
    assertThat(byClass(svg, "rect", "lane"))
        .extracting(Element::getTextContent)
        .containsExactly("(implementer not yet stated)");
  }

  @Test
  void aStandardWithoutStepsHasNoFlowchart() {
    assertThat(
            Samples.publisher(Locale.ENGLISH)
                .build()
                .flowchartSvg(ServiceStandard.builder().build()))
        .isEmpty();
  }

  @Test
  void aLongCodeIsBrokenWithoutAddingAHyphenAndALongWordWithOne() {
    String code = "alert(1)alert(2)alert(3)alert(4)alert(5)alert(6)alert(7)alert(8)";
    String number = "SK/0123456789/0123456789/0123456789";
    ServiceStandard standard =
        ServiceStandard.builder()
            .setId("panjang")
            .setName("Kata panjang")
            .setProcedure(
                Procedure.builder()
                    .addStep(step(1, "Petugas", code))
                    .addStep(
                        ProcedureStep.builder()
                            .setNumber(2)
                            .setActor("Petugas")
                            .setDescription("Menerbitkan")
                            .setOutput(number)
                            .build())
                    .addStep(step(3, "Pengadministrasi Umum", "Mengarsipkan"))
                    .build())
            .build();
    Document svg =
        Xml.parse(Samples.publisher(Locale.ENGLISH).build().flowchartSvg(standard).orElseThrow());

    List<List<String>> broken = new ArrayList<>();
    NodeList texts = svg.getElementsByTagNameNS(SVG, "text");
    for (int i = 0; i < texts.getLength(); i++) {
      NodeList spans = ((Element) texts.item(i)).getElementsByTagNameNS(SVG, "tspan");
      List<String> lines = new ArrayList<>();
      for (int j = 0; j < spans.getLength(); j++) {
        lines.add(spans.item(j).getTextContent());
      }
      if (lines.size() > 1) {
        broken.add(lines);
      }
    }
    // Each long word is cut over several lines whose concatenation is the word itself.
    assertThat(broken).extracting(lines -> String.join("", lines)).contains(code, number);
    for (List<String> lines : broken) {
      if (String.join("", lines).equals(code) || String.join("", lines).equals(number)) {
        assertThat(lines).hasSizeGreaterThan(1).noneMatch(line -> line.endsWith("-"));
      }
    }
    // A word of letters alone is hyphenated where it is cut (the lane of the third step).
    assertThat(broken)
        .anySatisfy(
            lines -> {
              assertThat(lines.get(0)).endsWith("-");
              assertThat(String.join("", lines).replace("-", ""))
                  .isEqualTo("Pengadministrasi Umum");
            });
  }

  private static ProcedureStep step(int number, String actor, String description) {
    return ProcedureStep.builder()
        .setNumber(number)
        .setActor(actor)
        .setDescription(description)
        .build();
  }
}
