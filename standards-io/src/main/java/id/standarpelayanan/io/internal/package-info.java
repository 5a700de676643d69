/**
 * The codecs' machinery: Jackson configuration and model binding, the XML tree mapping, error
 * translation and limits. Not API: may change in any release; use {@link id.standarpelayanan.io}.
 */
package id.standarpelayanan.io.internal;
