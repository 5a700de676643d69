/**
 * The community satisfaction survey (Survei Kepuasan Masyarakat, SKM; PermenPANRB 14/2017).
 *
 * <p>{@link id.standarpelayanan.skm.Questionnaire} names the elements (unsur) and their weights,
 * {@link id.standarpelayanan.skm.ResponseReader} streams respondents from CSV or JSON into a {@link
 * id.standarpelayanan.skm.Survey}, which keeps only sums and counts, and {@link
 * id.standarpelayanan.skm.SurveyResult} holds the exact figures: per element the answers, their
 * sum, the mean (NRR) and the weighted mean, then the index (IKM), the converted value and the
 * {@link id.standarpelayanan.skm.Grade}. {@link id.standarpelayanan.skm.SurveyFormat} writes a
 * result as text, JSON or SVG; {@link id.standarpelayanan.skm.SampleSize} gives the minimum sample.
 *
 * <p>All arithmetic is exact ({@link id.standarpelayanan.skm.Fraction}); rounding happens once, at
 * a documented step: the converted value is rounded half up to two decimals before it is graded and
 * shown, and the other figures only when shown.
 */
package id.standarpelayanan.skm;
