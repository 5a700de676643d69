/**
 * The CSV and JSON readers, the text, JSON and SVG writers and the messages of the survey module.
 * Not API: reach them through {@link id.standarpelayanan.skm.ResponseReader} and {@link
 * id.standarpelayanan.skm.SurveyFormat}.
 */
package id.standarpelayanan.skm.internal;
