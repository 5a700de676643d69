package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.ComplaintHandling;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Texts;
import java.util.List;
import java.util.Locale;

/**
 * {@code sp.complaint.responsible-unit}: complaint handling names no officer or unit responsible
 * for complaints (UU 25/2009 art. 36: the provider appoints the one who handles them and publishes
 * it), or names only the office as a whole ("Kantor Kecamatan"). A channel or a desk to complain at
 * ("Dumas", "Petugas PTSP") is not the one who handles the complaint. Quiet when there is no
 * complaint handling (the completeness and public-channel rules report that).
 */
public final class ComplaintResponsibleUnit extends BuiltInRule {

  public ComplaintResponsibleUnit() {
    super(
        "sp.complaint.responsible-unit",
        Severity.WARNING,
        "UU 25/2009 pasal 36",
        List.of(Component.COMPLAINT_HANDLING),
        "missing",
        "whole-office");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    standard
        .getComplaintHandling()
        .ifPresent(
            handling -> {
              if (Texts.meaningful(handling.getResponsibleOfficer())) {
                return;
              }
              if (!Texts.meaningful(handling.getResponsibleUnit())) {
                context.report("/complaintHandling/responsibleUnit", "missing");
              } else if (wholeOffice(handling)) {
                context.report(
                    "/complaintHandling/responsibleUnit",
                    "whole-office",
                    handling.getResponsibleUnit().get());
              }
            });
  }

  /** "Kantor Kecamatan", "Kantor Kementerian Agama…": the office, not a unit or officer in it. */
  private static boolean wholeOffice(ComplaintHandling handling) {
    return Texts.normalized(handling.getResponsibleUnit().orElse(""))
        .toLowerCase(Locale.ROOT)
        .startsWith("kantor ");
  }
}
