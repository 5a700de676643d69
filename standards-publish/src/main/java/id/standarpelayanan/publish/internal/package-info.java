/**
 * The view models, formats, labels and templates of the publications. Not API: reach them through
 * {@link id.standarpelayanan.publish.Publisher}.
 */
package id.standarpelayanan.publish.internal;
