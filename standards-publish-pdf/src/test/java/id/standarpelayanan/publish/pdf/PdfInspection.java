package id.standarpelayanan.publish.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a test reads back from a PDF with PDFBox: text, fonts, pages, structure, drawing. */
final class PdfInspection {

  /** A font as a page's resources name it. */
  record FontUse(String name, String subtype, boolean embedded) {}

  final byte[] bytes;
  final int pages;
  final String text;
  final List<String> pageTexts;
  final Set<FontUse> fonts;
  final int imageXObjects;
  final List<PDRectangle> mediaBoxes;
  final boolean structureTree;
  final boolean marked;
  final String language;
  final String title;
  final boolean displayDocTitle;
  final String xmp;
  final boolean outputIntent;

  /** Path-painting operators (S, f, B…) on each page, outside text. */
  final List<Integer> pathPaintsPerPage;

  /** The structure types of the tag tree, depth first. */
  final List<String> structureTypes;

  /** The alternate descriptions of the Figure elements, in order. */
  final List<String> figureAlternates;

  private PdfInspection(byte[] bytes) throws IOException {
    this.bytes = bytes;
    try (PDDocument document = Loader.loadPDF(bytes)) {
      this.pages = document.getNumberOfPages();
      PDFTextStripper stripper = new PDFTextStripper();
      this.text = stripper.getText(document);
      List<String> perPage = new ArrayList<>();
      for (int i = 1; i <= pages; i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        perPage.add(stripper.getText(document));
      }
      this.pageTexts = List.copyOf(perPage);
      Set<FontUse> seen = new LinkedHashSet<>();
      int[] images = {0};
      List<PDRectangle> boxes = new ArrayList<>();
      List<Integer> paints = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        boxes.add(page.getMediaBox());
        walk(page.getResources(), seen, images, new ArrayList<>());
        paints.add(pathPaints(page.getContents() == null ? null : page));
      }
      this.fonts = Set.copyOf(seen);
      this.imageXObjects = images[0];
      this.mediaBoxes = List.copyOf(boxes);
      this.pathPaintsPerPage = List.copyOf(paints);
      var catalog = document.getDocumentCatalog();
      this.structureTree = catalog.getStructureTreeRoot() != null;
      List<String> types = new ArrayList<>();
      List<String> figures = new ArrayList<>();
      if (structureTree) {
        for (Object kid : catalog.getStructureTreeRoot().getKids()) {
          structure(kid, types, figures);
        }
      }
      this.structureTypes = List.copyOf(types);
      this.figureAlternates = List.copyOf(figures);
      this.marked = catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked();
      this.language = catalog.getLanguage() == null ? "" : catalog.getLanguage();
      this.title =
          document.getDocumentInformation().getTitle() == null
              ? ""
              : document.getDocumentInformation().getTitle();
      this.displayDocTitle =
          catalog.getViewerPreferences() != null
              && catalog.getViewerPreferences().displayDocTitle();
      PDStream metadata = catalog.getMetadata();
      this.xmp =
          metadata == null
              ? ""
              : new String(metadata.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
      this.outputIntent = !catalog.getOutputIntents().isEmpty();
    }
  }

  static PdfInspection of(byte[] bytes) throws IOException {
    return new PdfInspection(bytes);
  }

  /** Every font of the resources, also of form XObjects and fonts' own (Type 3) resources. */
  private static void walk(
      PDResources resources, Set<FontUse> seen, int[] images, List<PDResources> visited)
      throws IOException {
    if (resources == null || visited.stream().anyMatch(r -> r == resources)) {
      return;
    }
    visited.add(resources);
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      boolean embedded =
          font instanceof PDType0Font
              ? ((PDType0Font) font).getDescendantFont().isEmbedded()
              : font.isEmbedded();
      seen.add(new FontUse(font.getName(), font.getSubType(), embedded));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDImageXObject) {
        images[0]++;
      } else if (object instanceof PDFormXObject) {
        walk(((PDFormXObject) object).getResources(), seen, images, visited);
      }
    }
  }

  private static void structure(Object node, List<String> types, List<String> figures) {
    if (node instanceof PDStructureElement) {
      PDStructureElement element = (PDStructureElement) node;
      types.add(element.getStructureType());
      if ("Figure".equals(element.getStructureType())) {
        figures.add(
            element.getAlternateDescription() == null ? "" : element.getAlternateDescription());
      }
      for (Object kid : element.getKids()) {
        structure(kid, types, figures);
      }
    }
  }

  private static int pathPaints(PDPage page) throws IOException {
    if (page == null) {
      return 0;
    }
    PDFStreamParser parser = new PDFStreamParser(page);
    int count = 0;
    for (Object token : parser.parse()) {
      if (token instanceof Operator) {
        String op = ((Operator) token).getName();
        if (op.equals("S") || op.equals("f") || op.equals("B") || op.equals("b")) {
          count++;
        }
      }
    }
    return count;
  }

  /** The text with runs of white space as one space, for finding multi-word texts across lines. */
  String flatText() {
    return text.replaceAll("\\s+", " ");
  }
}
