/**
 * PDF of the publications of standards-publish (decree annex, public display, service pledge, with
 * the procedure flowcharts): {@link id.standarpelayanan.publish.pdf.PdfPublisher}, configured by
 * its builder, writes them as tagged A4 PDF with the font embedded; {@link
 * id.standarpelayanan.publish.pdf.PdfPublishException} says why a publication could not be written.
 *
 * <p>A module of its own ({@code standards-publish-pdf}) so that a user of the HTML alone does not
 * pull PDFBox and openhtmltopdf.
 */
package id.standarpelayanan.publish.pdf;
