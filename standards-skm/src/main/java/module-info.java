/**
 * The community satisfaction survey (Survei Kepuasan Masyarakat, SKM) of PermenPANRB 14/2017: the
 * nine elements, the exact index (IKM), its converted value and grade, the minimum sample, and the
 * streaming readers (CSV, JSON) and writers (text, JSON, SVG) of a survey.
 *
 * <p>Exports {@code id.standarpelayanan.skm} only; Jackson's CSV and JSON streams stay in the
 * internal package.
 */
module id.standarpelayanan.skm {
  requires transitive id.standarpelayanan.rules;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires static transitive org.apiguardian.api;

  exports id.standarpelayanan.skm;

  // The message bundle is read on this module's behalf by the model's Languages.bundle.
  opens id.standarpelayanan.skm to
      id.standarpelayanan.model;
}
