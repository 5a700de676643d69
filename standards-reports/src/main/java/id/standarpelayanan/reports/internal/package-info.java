/**
 * The report writers (JSON, SARIF, text), their JSON generator and their messages. Not API: reach
 * them through {@link id.standarpelayanan.reports.ReportWriter}.
 */
package id.standarpelayanan.reports.internal;
