package id.standarpelayanan.examples;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Profile;
import id.standarpelayanan.rules.Report;
import id.standarpelayanan.rules.Rule;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Derives a profile from the default one: a custom rule of the integrator's own namespace, a rule
 * switched off and a severity changed. Custom rules can also be discovered with {@code
 * ServiceLoader} ({@code META-INF/services/id.standarpelayanan.rules.Rule}).
 */
public final class CustomRuleExample {

  private CustomRuleExample() {}

  /**
   * A house rule of a provincial office: every requirement says in which form the document is
   * handed over (original, copy, …), so counter staff know what to ask for.
   */
  public static final class RequirementFormStated implements Rule {

    @Override
    public String id() {
      return "kanwil-aceh.requirements.form";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public Set<Component> components() {
      return Set.of(Component.REQUIREMENTS);
    }

    @Override
    public String description(Locale locale) {
      return english(locale)
          ? "Every requirement states the form of the document (original, copy, …)."
          : "Setiap persyaratan menyebutkan bentuk dokumennya (asli, fotokopi, …).";
    }

    @Override
    public Set<String> messageKeys() {
      return Set.of("missing");
    }

    @Override
    public String messagePattern(String key, Locale locale) {
      return english(locale)
          ? "Requirement \"{0}\" does not state the form of the document."
          : "Persyaratan \"{0}\" belum menyebutkan bentuk dokumen.";
    }

    @Override
    public void check(ServiceStandard standard, RuleContext context) {
      List<Requirement> requirements = standard.getRequirements();
      for (int i = 0; i < requirements.size(); i++) {
        if (requirements.get(i).getForm().isEmpty()) {
          context.report(
              Component.REQUIREMENTS,
              "/requirements/" + i + "/form",
              "missing",
              requirements.get(i).getDescription());
        }
      }
    }

    private static boolean english(Locale locale) {
      return "en".equals(locale.getLanguage());
    }
  }

  /**
   * Returns the derived profile.
   *
   * @return the profile
   */
  public static Profile profile() {
    return Profile.law25Of2009().toBuilder()
        .name("kanwil-aceh")
        .addRule(new RequirementFormStated())
        .disable("sp.facilities.vulnerable-groups-coverage")
        .severity("sp.staffing.capacity", Severity.ERROR)
        .build();
  }

  /**
   * Checks the quick-start draft with the derived profile and prints the custom rule's findings.
   *
   * @param out where to print
   * @return the report
   */
  public static Report run(PrintStream out) {
    Checker checker = Checker.builder().profile(profile()).locale(Locale.ENGLISH).build();
    ServiceStandard draft =
        ServiceStandard.builder()
            .from(QuickStart.draft())
            .addRequirement(Requirement.builder().setDescription("Surat permohonan").build())
            .build();
    Report report = checker.check(draft);
    report.findings().stream()
        .filter(f -> f.ruleId().startsWith("kanwil-aceh."))
        .forEach(f -> out.println(f.severity() + " " + f.pointer() + " " + f.message()));
    return report;
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
