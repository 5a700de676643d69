/**
 * The flowchart's geometry ({@link id.standarpelayanan.publish.internal.flowchart.Flowchart}), its
 * layout and its SVG writer. Not API: exported by name to {@code id.standarpelayanan.publish.pdf},
 * which draws the same geometry as PDF vector graphics.
 */
package id.standarpelayanan.publish.internal.flowchart;
