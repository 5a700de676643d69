/**
 * Publication of service standards as the public and the regulator see them (publikasi standar
 * pelayanan): {@link id.standarpelayanan.publish.Publisher} turns a catalogue into the decree annex
 * (lampiran SK), the public display page (papan informasi) and the service pledge (maklumat
 * pelayanan) as accessible HTML ({@link id.standarpelayanan.publish.Layout}), and a procedure into
 * an SOP flowchart in SVG (PermenPAN 35/2012). An {@link id.standarpelayanan.publish.Edition} holds
 * the decision between a draft and a publication, and its {@link
 * id.standarpelayanan.publish.DraftReason reasons}.
 *
 * <p>The PDF of the same HTML is made by the module {@code standards-publish-pdf}.
 */
package id.standarpelayanan.publish;
