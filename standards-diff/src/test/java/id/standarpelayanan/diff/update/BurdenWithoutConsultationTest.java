package id.standarpelayanan.diff.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.ComplaintHandling;
import id.standarpelayanan.model.CompletionTime;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ConsultationForm;
import id.standarpelayanan.model.Decree;
import id.standarpelayanan.model.DurationUnit;
import id.standarpelayanan.model.ImmutableComplaintHandling;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ImmutableStandardsCatalog;
import id.standarpelayanan.model.Procedure;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.PublicConsultation;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.RequirementKind;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.rules.Profile;
import id.standarpelayanan.rules.Report;
import id.standarpelayanan.rules.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@code sp.update.burden-without-consultation} on the sample catalogue ({@code
 * examples/data/kanwil-kemenag-aceh.json}, in force since 2024-09-01, consulted on 2024-07-24) and
 * a 2025 edition made from it in the test: it fires on each change that burdens the public when no
 * consultation was held since, in both languages, and keeps quiet otherwise.
 */
class BurdenWithoutConsultationTest {

  static final Path SAMPLE = Path.of("..", "examples", "data", "kanwil-kemenag-aceh.json");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-08-01T12:00:00Z"), ZoneOffset.UTC);
  static final Profile PROFILE = UpdateRules.addTo(Profile.law25Of2009().toBuilder()).build();
  private static final String RULE = UpdateRules.BURDEN_WITHOUT_CONSULTATION;

  static StandardsCatalog sample() {
    try {
      return StandardsJson.builder().build().readCatalog(SAMPLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Checker checker(Locale locale) {
    return Checker.builder().profile(PROFILE).locale(locale).clock(CLOCK).build();
  }

  /** The sample as a 2025 edition (new decree, version, dates), one standard changed. */
  static ImmutableStandardsCatalog edition(
      StandardsCatalog sample, int index, UnaryOperator<ImmutableServiceStandard> change) {
    List<ServiceStandard> standards = new ArrayList<>(sample.getStandards());
    standards.set(index, change.apply(ImmutableServiceStandard.copyOf(standards.get(index))));
    return ImmutableStandardsCatalog.copyOf(sample)
        .withStandards(standards)
        .withDecree(
            Decree.builder()
                .from(sample.getDecree().orElseThrow())
                .setNumber("KW.01.1/1/HK.00/0987/2025")
                .setDate(LocalDate.of(2025, 6, 30))
                .build())
        .withVersion("2025")
        .withEffectiveDate(LocalDate.of(2025, 7, 1));
  }

  /** A new requirement for the operating licence of private madrasahs (standard 1). */
  static ImmutableServiceStandard withNewRequirement(ImmutableServiceStandard licence) {
    List<Requirement> requirements = new ArrayList<>(licence.getRequirements());
    requirements.add(
        Requirement.builder()
            .setId("syarat-8")
            .setDescription("Surat rekomendasi Kantor Kementerian Agama kabupaten/kota")
            .setKind(RequirementKind.ADMINISTRATIVE)
            .setMandatory(true)
            .build());
    return licence.withRequirements(requirements);
  }

  static PublicConsultation consultation(LocalDate date) {
    return PublicConsultation.builder()
        .setDate(date)
        .setForm(ConsultationForm.PUBLIC_CONSULTATION_FORUM)
        .setParticipantCount(38)
        .setSummary("Konsultasi publik rancangan pembaruan standar pelayanan 2025")
        .build();
  }

  static List<Finding> findings(Report report) {
    return report.findings().stream().filter(f -> f.ruleId().equals(RULE)).toList();
  }

  @Test
  void aNewRequirementWithoutAConsultationSinceThePreviousVersionIsReportedWhereItIs() {
    StandardsCatalog sample = sample();
    StandardsCatalog next = edition(sample, 1, BurdenWithoutConsultationTest::withNewRequirement);

    List<Finding> indonesian = findings(checker(Locale.forLanguageTag("id")).check(next, sample));

    assertThat(indonesian).hasSize(1);
    Finding finding = indonesian.get(0);
    assertThat(finding.pointer()).isEqualTo("/standards/1/requirements/7");
    assertThat(finding.component()).contains(Component.REQUIREMENTS);
    assertThat(finding.severity()).isEqualTo(id.standarpelayanan.rules.Severity.WARNING);
    assertThat(finding.message())
        .startsWith(
            "Layanan \"Izin Operasional Madrasah Swasta (RA, MI, MTs, MA)\": persyaratan baru")
        .contains("Surat rekomendasi Kantor Kementerian Agama kabupaten/kota")
        .endsWith(
            "tetapi katalog tidak mencatat konsultasi publik sejak versi sebelumnya berlaku"
                + " (2024-09-01); konsultasikan perubahan yang memberatkan masyarakat ini sebelum"
                + " ditetapkan.");
    Finding english = findings(checker(Locale.ENGLISH).check(next, sample)).get(0);
    assertThat(english.message())
        .startsWith(
            "Service \"Izin Operasional Madrasah Swasta (RA, MI, MTs, MA)\": new requirement")
        .endsWith(
            "but the catalogue records no public consultation since the previous version took"
                + " effect (2024-09-01); consult the public on a change that burdens it before it"
                + " is established.");
  }

  @Test
  void aLongerStepIsToldAsTheStepNotAsTheCompletionTime() {
    StandardsCatalog sample = sample();
    StandardsCatalog slowerStep =
        edition(
            sample,
            1,
            licence -> {
              Procedure procedure = licence.getProcedure().orElseThrow();
              List<ProcedureStep> steps = new ArrayList<>(procedure.getSteps());
              steps.set(
                  2,
                  ProcedureStep.builder()
                      .from(steps.get(2))
                      .setDuration(TimeSpan.of(6, DurationUnit.WORKING_DAYS))
                      .build());
              return licence.withProcedure(
                  Procedure.builder().from(procedure).setSteps(steps).build());
            });
    List<Finding> indonesian =
        findings(checker(Locale.forLanguageTag("id")).check(slowerStep, sample));
    assertThat(indonesian).hasSize(1);
    assertThat(indonesian.get(0).pointer()).isEqualTo("/standards/1/procedure/steps/2/duration");
    assertThat(indonesian.get(0).message())
        .contains("jangka waktu langkah prosedur menjadi lebih lama (4 hari kerja menjadi 6 hari")
        .doesNotContain("waktu penyelesaian");
    assertThat(findings(checker(Locale.ENGLISH).check(slowerStep, sample)).get(0).message())
        .contains("a procedure step takes longer (4 working days to 6 working days)")
        .doesNotContain("completion time");

    StandardsCatalog slower =
        edition(
            sample,
            1,
            licence ->
                licence.withCompletionTime(
                    CompletionTime.builder()
                        .from(licence.getCompletionTime().orElseThrow())
                        .setMaximum(TimeSpan.of(20, DurationUnit.WORKING_DAYS))
                        .build()));
    assertThat(findings(checker(Locale.forLanguageTag("id")).check(slower, sample)))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("waktu penyelesaian menjadi lebih lama (14 hari kerja menjadi 20 hari kerja)");
  }

  @Test
  void aConsultationHeldSinceThePreviousVersionTookEffectKeepsItQuiet() {
    StandardsCatalog sample = sample();
    ImmutableStandardsCatalog next =
        edition(sample, 1, BurdenWithoutConsultationTest::withNewRequirement);
    List<PublicConsultation> consultations = new ArrayList<>(next.getConsultations());
    consultations.add(consultation(LocalDate.of(2025, 5, 20)));

    assertThat(
            findings(checker(Locale.ENGLISH).check(next.withConsultations(consultations), sample)))
        .isEmpty();
  }

  @Test
  void aConsultationPlannedAfterTodayDoesNotCount() {
    StandardsCatalog sample = sample();
    ImmutableStandardsCatalog next =
        edition(sample, 1, BurdenWithoutConsultationTest::withNewRequirement);
    List<PublicConsultation> consultations = new ArrayList<>(next.getConsultations());
    consultations.add(consultation(LocalDate.of(2025, 9, 10)));

    assertThat(
            findings(checker(Locale.ENGLISH).check(next.withConsultations(consultations), sample)))
        .hasSize(1);
  }

  @Test
  void aRemovedComplaintChannelIsReportedAtTheComplaintHandlingOfTheCurrentStandard() {
    StandardsCatalog sample = sample();
    StandardsCatalog next =
        edition(
            sample,
            1,
            licence -> {
              ComplaintHandling handling = licence.getComplaintHandling().orElseThrow();
              return licence.withComplaintHandling(
                  ImmutableComplaintHandling.copyOf(handling)
                      .withChannels(handling.getChannels().subList(0, 5)));
            });

    List<Finding> found = findings(checker(Locale.ENGLISH).check(next, sample));

    assertThat(found).hasSize(1);
    assertThat(found.get(0).pointer()).isEqualTo("/standards/1/complaintHandling");
    assertThat(found.get(0).component()).contains(Component.COMPLAINT_HANDLING);
    assertThat(found.get(0).message()).contains("the channel").contains("is removed");
  }

  @Test
  void aChangeThatOnlyRelievesThePublicNeedsNoConsultation() {
    StandardsCatalog sample = sample();
    StandardsCatalog shorter =
        edition(
            sample,
            1,
            licence ->
                licence.withCompletionTime(
                    id.standarpelayanan.model.CompletionTime.builder()
                        .setMaximum(
                            id.standarpelayanan.model.TimeSpan.of(
                                10, id.standarpelayanan.model.DurationUnit.WORKING_DAYS))
                        .build()));

    assertThat(findings(checker(Locale.ENGLISH).check(shorter, sample))).isEmpty();
  }

  @Test
  void aDraftIsNotYetExpectedToBeConsulted() {
    StandardsCatalog sample = sample();
    StandardsCatalog draft =
        edition(sample, 1, BurdenWithoutConsultationTest::withNewRequirement)
            .withStatus(CatalogStatus.DRAFT);

    assertThat(findings(checker(Locale.ENGLISH).check(draft, sample))).isEmpty();
  }

  @Test
  void withoutAPreviousVersionTheRuleIsQuietAndTheReportUnchanged() {
    StandardsCatalog next = edition(sample(), 1, BurdenWithoutConsultationTest::withNewRequirement);
    Checker plain = Checker.builder().locale(Locale.ENGLISH).clock(CLOCK).build();

    assertThat(checker(Locale.ENGLISH).check(next)).isEqualTo(plain.check(next));
  }

  @Test
  void theRuleIsFoundByServiceLoaderAsAUsersRuleWouldBe() {
    Profile discovered =
        Profile.law25Of2009().toBuilder()
            .discoverRules(BurdenWithoutConsultationTest.class.getClassLoader())
            .build();
    assertThat(discovered.rule(RULE)).isPresent();
    assertThat(PROFILE.rule(RULE)).isPresent();
    assertThat(Profile.law25Of2009().rule(RULE)).isEmpty();
    assertThat(UpdateRules.all()).extracting(Rule::id).containsExactly(RULE);
    // Both ways at once give the rule twice, which a profile refuses.
    assertThatThrownBy(() -> UpdateRules.addTo(discovered.toBuilder()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(RULE);
    assertThatNullPointerException()
        .isThrownBy(() -> UpdateRules.addTo(null))
        .withMessage("builder");
  }

  @Test
  void theRuleDescribesItselfInBothLanguages() {
    Rule rule = PROFILE.rule(RULE).orElseThrow();
    assertThat(rule.description(Locale.ENGLISH)).startsWith("Changes that burden the public");
    assertThat(rule.description(Locale.forLanguageTag("id")))
        .startsWith("Perubahan yang memberatkan masyarakat");
    assertThat(rule.article()).isEqualTo("UU 25/2009 pasal 20; PermenPANRB 15/2014");
    assertThat(rule.messageKeys())
        .contains(
            "requirement-added",
            "requirement-made-mandatory",
            "time-longer",
            "step-time-longer",
            "extension-longer",
            "response-time-longer",
            "other-time-longer",
            "fee-introduced",
            "fee-raised",
            "channel-removed",
            "facility-removed",
            "vulnerable-group-removed",
            "hours-shorter",
            "other");
  }
}
