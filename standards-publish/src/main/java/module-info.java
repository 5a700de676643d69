/**
 * Publication of service standards: the decree annex, the public display page and the service
 * pledge as HTML from editable Mustache templates, and each procedure as an SOP flowchart in SVG.
 *
 * <p>Exports {@code id.standarpelayanan.publish} only. The flowchart's geometry is exported by name
 * to the PDF module, which draws it without an SVG library; mustache.java stays behind the internal
 * package.
 */
// "module": the PDF module is not on the path when this one compiles; "requires-automatic":
// mustache.java's jar has an Automatic-Module-Name only.
@SuppressWarnings({"module", "requires-automatic"})
module id.standarpelayanan.publish {
  requires transitive id.standarpelayanan.rules;
  requires com.github.mustachejava;

  // Only Publisher.changeLog needs it, and whoever calls it has it: see the pom.
  requires static id.standarpelayanan.diff;
  requires static transitive org.apiguardian.api;

  exports id.standarpelayanan.publish;
  exports id.standarpelayanan.publish.internal.flowchart to
      id.standarpelayanan.publish.pdf;

  // The message bundle is read on this module's behalf by the model's Languages.bundle.
  opens id.standarpelayanan.publish to
      id.standarpelayanan.model;
}
