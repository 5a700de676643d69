package id.standarpelayanan.publish.pdf.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What PDF/UA-1 asks of links and openhtmltopdf does not write by itself (found by veraPDF, {@code
 * VeraPdfTest}): every link annotation needs a text alternative in its {@code Contents} (ISO
 * 14289-1, 7.18.1 and 7.18.5), and its {@code Link} structure element an {@code Alt} that is not
 * empty.
 */
final class Accessibility {

  private static final COSName LINK = COSName.getPDFName("Link");
  private static final COSName OBJR = COSName.getPDFName("OBJR");

  private Accessibility() {}

  /**
   * Gives every {@code <a href>} without a {@code title} its own text, whitespace collapsed, as
   * title: openhtmltopdf writes the title as the alternate description of the link's {@code Link}
   * structure element (an empty one otherwise).
   */
  static void titleLinks(Document document) {
    NodeList anchors = document.getElementsByTagNameNS("*", "a");
    for (int i = 0; i < anchors.getLength(); i++) {
      Element anchor = (Element) anchors.item(i);
      if (!anchor.hasAttribute("href") || !anchor.getAttribute("title").isBlank()) {
        continue;
      }
      String text = anchor.getTextContent().strip().replaceAll("\\s+", " ");
      if (!text.isEmpty()) {
        anchor.setAttribute("title", text);
      }
    }
  }

  /**
   * Sets the {@code Contents} of every link annotation that has none to the alternate description
   * of the {@code Link} structure element that holds it.
   */
  static void describeLinkAnnotations(PDDocument document) {
    PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
    if (root == null) {
      return;
    }
    Deque<COSDictionary> elements = new ArrayDeque<>();
    kids(root.getCOSObject().getDictionaryObject(COSName.K), elements);
    while (!elements.isEmpty()) {
      COSDictionary element = elements.pop();
      String alternative = element.getString(COSName.ALT);
      Deque<COSDictionary> kids = new ArrayDeque<>();
      kids(element.getDictionaryObject(COSName.K), kids);
      for (COSDictionary kid : kids) {
        if (OBJR.equals(kid.getCOSName(COSName.TYPE))) {
          COSBase object = kid.getDictionaryObject(COSName.OBJ);
          if (LINK.equals(element.getCOSName(COSName.S))
              && object instanceof COSDictionary annotation
              && LINK.equals(annotation.getCOSName(COSName.SUBTYPE))
              && annotation.getString(COSName.CONTENTS) == null
              && alternative != null
              && !alternative.isBlank()) {
            annotation.setString(COSName.CONTENTS, alternative);
          }
        } else if (kid.containsKey(COSName.S)) {
          elements.push(kid);
        }
      }
    }
  }

  /** The dictionaries among a structure element's kids (marked-content ids are skipped). */
  private static void kids(COSBase kids, Deque<COSDictionary> into) {
    COSBase direct = kids instanceof COSObject object ? object.getObject() : kids;
    if (direct instanceof COSDictionary dictionary) {
      into.add(dictionary);
    } else if (direct instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.getObject(i) instanceof COSDictionary dictionary) {
          into.add(dictionary);
        }
      }
    }
  }
}
