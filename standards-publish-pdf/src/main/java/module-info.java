/**
 * PDF of the publications of standards-publish: tagged (PDF/UA) and archivable (PDF/A-3a), A4, page
 * numbers, Noto Sans embedded, flowcharts as vector graphics. openhtmltopdf lays the HTML out;
 * PDFBox writes the file.
 *
 * <p>Exports {@code id.standarpelayanan.publish.pdf} only; openhtmltopdf and PDFBox stay behind the
 * internal package.
 */
// "requires-automatic": openhtmltopdf's jars declare no module name (their names derive from the
// file names, openhtmltopdf.core and openhtmltopdf.pdfbox); PDFBox's declare an
// Automatic-Module-Name.
@SuppressWarnings("requires-automatic")
module id.standarpelayanan.publish.pdf {
  requires transitive id.standarpelayanan.publish;
  requires openhtmltopdf.core;
  requires openhtmltopdf.pdfbox;
  requires org.apache.pdfbox;
  // PDFBox logs through commons-logging, which is an explicit module: an automatic module (PDFBox)
  // cannot require it, so without this line it is not resolved on the module path.
  requires org.apache.commons.logging;
  requires java.desktop;
  requires java.logging;
  requires java.xml;
  requires static transitive org.apiguardian.api;

  exports id.standarpelayanan.publish.pdf;

  // The message bundle is read on this module's behalf by the model's Languages.bundle.
  opens id.standarpelayanan.publish.pdf to
      id.standarpelayanan.model;
}
