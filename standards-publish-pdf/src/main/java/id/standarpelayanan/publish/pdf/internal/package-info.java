/**
 * The openhtmltopdf pipeline behind {@link id.standarpelayanan.publish.pdf.PdfPublisher}: the
 * secure XHTML reader, the embedded font, the print stylesheet and the flowchart drawer. Not API.
 */
package id.standarpelayanan.publish.pdf.internal;
