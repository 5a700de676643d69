package id.standarpelayanan.rules;

import static id.standarpelayanan.rules.Fixtures.catalog;
import static id.standarpelayanan.rules.Fixtures.checker;
import static id.standarpelayanan.rules.Fixtures.notable;
import static id.standarpelayanan.rules.Fixtures.onlyFinding;
import static id.standarpelayanan.rules.Fixtures.standard;
import static id.standarpelayanan.rules.RuleCatalogueTest.addChannel;
import static id.standarpelayanan.rules.RuleCatalogueTest.addLegalBasis;
import static id.standarpelayanan.rules.RuleCatalogueTest.step;
import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.Channel;
import id.standarpelayanan.model.ChannelKind;
import id.standarpelayanan.model.CompletionTime;
import id.standarpelayanan.model.ImmutableStaffing;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.PublicConsultation;
import id.standarpelayanan.model.RegulationType;
import id.standarpelayanan.model.ServiceGuarantee;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.model.WorkingTime;
import id.standarpelayanan.model.fixtures.KanwilAcehFixtures;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The finer points of the rules: what they accept, what they reject, and the parameters they use.
 */
class RuleDetailsTest {

  private static final String ADDRESS = "sp.complaint.channel-address";

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EMAIL|pengaduan@kemenag.go.id",
        "EMAIL|ptsp.aceh+lapor@kemenag.go.id",
        "PHONE|(0651) 22442",
        "PHONE|0651-22442",
        "PHONE|+1 202 555 0100",
        "WHATSAPP|+62 811-6800-000",
        "WHATSAPP|0811 6800 000",
        "WHATSAPP|https://wa.me/628116800000",
        "SMS|62811680000",
        "WEBSITE|https://aceh.kemenag.go.id/pengaduan",
        "WEBSITE|http://ptsp.kemenag.go.id",
        "SP4N_LAPOR|https://www.lapor.go.id",
        "SP4N_LAPOR|SP4N-LAPOR!",
        "SP4N_LAPOR|sp4n lapor",
        "SP4N_LAPOR|lapor.go.id",
        "SOCIAL_MEDIA|@kemenagaceh",
        "SOCIAL_MEDIA|https://www.instagram.com/kemenagaceh",
        "SMS|1708",
        "PHONE|14045",
        "PHONE|0821-8243-7282 / 0821-8243-7283",
        "WEBSITE|www.kemenagkabpasuruan.id",
        "WEBSITE|aceh.kemenag.go.id/pengaduan",
        "SP4N_LAPOR|lapor",
        "APP|SIWAS MA RI (Play Store)",
        "SUGGESTION_BOX|Lobi Kantor Wilayah",
        "IN_PERSON|Loket PTSP",
        "LETTER|Jl. Tgk. Abu Lam U No. 9, Banda Aceh"
      })
  void acceptsAddressesOfTheirKind(ChannelKind kind, String address) {
    Report report =
        checker()
            .check(
                addChannel(
                    standard(), Channel.builder().setKind(kind).setAddress(address).build()));
    assertThat(notable(report)).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EMAIL|pengaduan kanwil aceh",
        "EMAIL|pengaduan@kemenag",
        "PHONE|pengaduan",
        "PHONE|0651",
        "PHONE|0811",
        "PHONE|12",
        "WHATSAPP|https://example.org/whatsapp",
        "SMS|ptsp@kemenag.go.id",
        "WEBSITE|kemenag aceh",
        "WEBSITE|ftp://aceh.kemenag.go.id",
        "EMAIL|@kemenag.go.id",
        "WHATSAPP|wa",
        "IN_PERSON|-"
      })
  void rejectsAddressesNotOfTheirKind(ChannelKind kind, String address) {
    Report report =
        checker()
            .check(
                addChannel(
                    standard(), Channel.builder().setKind(kind).setAddress(address).build()));
    assertThat(notable(report)).extracting(Finding::ruleId).contains(ADDRESS);
    assertThat(notable(report))
        .filteredOn(f -> f.ruleId().equals(ADDRESS))
        .singleElement()
        .satisfies(f -> assertThat(f.pointer()).isEqualTo("/complaintHandling/channels/4/address"));
  }

  @Test
  void aChannelOfKindOtherIsNotReachableByThePublic() {
    ServiceStandard onlyOther =
        RuleCatalogueTest.complaints(
            standard(),
            c ->
                c.withChannels(
                    Channel.builder()
                        .setKind(ChannelKind.OTHER)
                        .setAddress("Radio daerah")
                        .build()));
    onlyFinding(
        checker().check(onlyOther), "sp.complaint.public-channel", "/complaintHandling/channels");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-",
        "--",
        "...",
        "…",
        "TBD",
        "tba",
        "N/A",
        "menyusul",
        "Belum ada",
        " (menyusul) ",
        "?"
      })
  void recognisesPlaceholders(String placeholder) {
    onlyFinding(checker().check(standard().withUnit(placeholder)), "sp.text.placeholder", "/unit");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Rp 0", "PTSP", "Nihil", "10 menit", "NA-1", "Bidang Pendidikan Madrasah"})
  void acceptsShortMeaningfulText(String text) {
    assertThat(notable(checker().check(standard().withUnit(text)))).isEmpty();
  }

  @Test
  void aComponentOfOnlyPlaceholderTextIsStatedButMeaningless() {
    Report report =
        checker()
            .check(
                standard()
                    .withServiceGuarantee(ServiceGuarantee.builder().setStatement("TBD").build()));
    assertThat(notable(report))
        .extracting(Finding::ruleId, Finding::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "sp.completeness.service-guarantee", "/serviceGuarantee"),
            org.assertj.core.groups.Tuple.tuple(
                "sp.text.placeholder", "/serviceGuarantee/statement"));
    assertThat(notable(report).get(0).message()).contains("says nothing");
    assertThat(report.componentStatus().get(id.standarpelayanan.model.Component.SERVICE_GUARANTEE))
        .isEqualTo(CompletenessStatus.INCOMPLETE);
  }

  @Test
  void aVagueCompletionTimeIsNotAlsoReportedAsMissing() {
    Report report =
        checker()
            .check(
                standard()
                    .withCompletionTime(CompletionTime.builder().setDescription("-").build()));
    assertThat(notable(report))
        .extracting(Finding::ruleId)
        .containsExactly("sp.completeness.completion-time", "sp.text.placeholder");
  }

  @Test
  void applicantStepsAndDifferentlyWrittenRolesAreAccepted() {
    ServiceStandard standard =
        step(
            step(standard(), 0, s -> s.withActor("Pemohon")),
            1,
            s -> s.withActor("  petugas   FRONT office "));
    assertThat(notable(checker().check(standard))).isEmpty();
  }

  @Test
  void actorsAreNotCheckedWithoutRoles() {
    ServiceStandard standard =
        step(standard(), 0, s -> s.withActor("Petugas Tak Dikenal"))
            .withStaffing(
                ImmutableStaffing.copyOf(standard().getStaffing().orElseThrow())
                    .withRoles(List.of()));
    assertThat(notable(checker().check(standard))).isEmpty();
  }

  @Test
  void aLastStepNamingPartOfTheProductYieldsIt() {
    assertThat(notable(checker().check(step(standard(), 4, s -> s.withOutput("FOTOKOPI IJAZAH")))))
        .isEmpty();
    assertThat(
            notable(
                checker()
                    .check(
                        step(
                            standard(),
                            4,
                            s -> s.withOutput("Fotokopi ijazah terlegalisasi (10 lembar)")))))
        .isEmpty();
  }

  @Test
  void theConstitutionNeedsNoNumberAndDatesFrom1945() {
    LegalReference constitution =
        LegalReference.builder()
            .setType(RegulationType.UUD)
            .setYear(1945)
            .setTitle("Undang-Undang Dasar Negara Republik Indonesia Tahun 1945")
            .build();
    assertThat(notable(checker().check(addLegalBasis(standard(), constitution)))).isEmpty();
  }

  @Test
  void duplicateReferencesAreFoundWhateverTheSpacingOfTheirNumbers() {
    LegalReference again =
        KanwilAcehFixtures.regulation(
            RegulationType.UU, " 25 ", 2009, "Pelayanan Publik (cetak ulang)");
    Finding finding =
        onlyFinding(
            checker().check(addLegalBasis(standard(), again)),
            "sp.legal-basis.duplicate",
            "/legalBasis/6");
    assertThat(finding.arguments()).containsExactly("UU 25/2009", 1);
  }

  @Test
  void aRepealedRegulationNamesItsReplacement() {
    LegalReference repealed =
        KanwilAcehFixtures.regulation(
            RegulationType.PERMEN, "36", 2012, "Pedoman Standar Pelayanan");
    Finding finding =
        onlyFinding(
            checker().check(addLegalBasis(standard(), repealed)),
            "sp.legal-basis.repealed",
            "/legalBasis/6");
    assertThat(finding.message())
        .isEqualTo(
            "PERMEN 36/2012 has been repealed and replaced by Peraturan Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman"
                + " Standar Pelayanan; cite the replacement instead.");

    // As the Kecamatan Pendopo Barat standard cites it.
    LegalReference adminduk =
        KanwilAcehFixtures.regulation(
            RegulationType.PERPRES,
            "25",
            2008,
            "Persyaratan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil");
    assertThat(
            onlyFinding(
                    checker().check(addLegalBasis(standard(), adminduk)),
                    "sp.legal-basis.repealed",
                    "/legalBasis/6")
                .message())
        .contains("Peraturan Presiden Nomor 96 Tahun 2018");
  }

  @Test
  void aRegulationIsRepealedOnlyWithItsIssuingBody() {
    // A Permenkes 36/2012 is not PermenPANRB 36/2012, and a Permen 36/2012 that names neither its
    // issuer nor its subject cannot be told apart.
    LegalReference health =
        LegalReference.builder()
            .setType(RegulationType.PERMEN)
            .setNumber("36")
            .setYear(2012)
            .setIssuer("Menteri Kesehatan")
            .setTitle("Rahasia Kedokteran")
            .build();
    assertThat(notable(checker().check(addLegalBasis(standard(), health)))).isEmpty();
    LegalReference unknown =
        LegalReference.builder()
            .setType(RegulationType.PERMEN)
            .setNumber("36")
            .setYear(2012)
            .build();
    assertThat(notable(checker().check(addLegalBasis(standard(), unknown)))).isEmpty();
    LegalReference panrb =
        LegalReference.builder()
            .setType(RegulationType.PERMEN)
            .setNumber("36")
            .setYear(2012)
            .setIssuer("Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi")
            .build();
    onlyFinding(
        checker().check(addLegalBasis(standard(), panrb)),
        "sp.legal-basis.repealed",
        "/legalBasis/6");
  }

  @Test
  void theYearOfAReferenceIsJudgedByTheClock() {
    ServiceStandard citing2026 =
        addLegalBasis(
            standard(), KanwilAcehFixtures.regulation(RegulationType.PERMEN, "1", 2026, "Baru"));
    onlyFinding(checker().check(citing2026), "sp.legal-basis.year", "/legalBasis/6/year");
    Checker in2026 =
        Checker.builder()
            .clock(
                java.time.Clock.fixed(
                    java.time.Instant.parse("2026-01-02T00:00:00Z"), java.time.ZoneOffset.UTC))
            .build();
    assertThat(notable(in2026.check(citing2026))).isEmpty();
  }

  @Test
  void aReferenceWithoutAYearIsNotJudgedByTheClock() {
    ServiceStandard undated =
        addLegalBasis(
            standard(),
            LegalReference.builder()
                .setType(RegulationType.UU)
                .setNumber("25")
                .setTitle("Pelayanan Publik")
                .build());
    Checker in1900 =
        Checker.builder()
            .clock(
                java.time.Clock.fixed(
                    java.time.Instant.parse("1900-06-01T00:00:00Z"), java.time.ZoneOffset.UTC))
            .build();
    assertThat(in1900.check(undated).findings())
        .extracting(Finding::pointer)
        .doesNotContain("/legalBasis/6/year");
  }

  @Test
  void stepsAndCompletionTimeAreComparedInTheProfilesWorkingTime() {
    // Five steps of 90 minutes: 450 minutes, exactly one standard working day.
    ServiceStandard standard = standard();
    for (int i = 0; i < 5; i++) {
      standard =
          step(
              (id.standarpelayanan.model.ImmutableServiceStandard) standard,
              i,
              s -> s.withDuration(TimeSpan.ofMinutes(90)));
    }
    standard =
        ((id.standarpelayanan.model.ImmutableServiceStandard) standard)
            .withCompletionTime(
                CompletionTime.builder().setMaximum(TimeSpan.ofWorkingDays(1)).build())
            .withStaffing(
                ImmutableStaffing.copyOf(standard.getStaffing().orElseThrow())
                    .withExpectedDailyDemand(1));
    assertThat(notable(checker().check(standard))).isEmpty();

    Profile shortDays =
        Profile.law25Of2009().toBuilder()
            .name("hari-pendek")
            .workingTime(WorkingTime.builder().setMinutesPerDay(449).build())
            .build();
    Finding finding =
        onlyFinding(
            Fixtures.checker(shortDays, Locale.ENGLISH).check(standard),
            "sp.procedure.exceeds-completion-time",
            "/procedure/steps");
    assertThat(finding.arguments()).containsExactly(450L, TimeSpan.ofWorkingDays(1));
    assertThat(finding.message())
        .isEqualTo(
            "The procedure steps take 450 working minutes, longer than the completion time of 1 working days;"
                + " shorten the steps or revise the completion time.");
  }

  @Test
  void capacityCountsRolesWhenNoImplementerCountIsGivenAndUsesTheWorkingDay() {
    // 2 + 1 + 1 implementers, 15 minutes an application, 450-minute days: 120 a day.
    ImmutableStaffing roles =
        ImmutableStaffing.copyOf(standard().getStaffing().orElseThrow())
            .withImplementerCount(Optional.empty());
    assertThat(
            notable(checker().check(standard().withStaffing(roles.withExpectedDailyDemand(120)))))
        .isEmpty();
    Finding finding =
        onlyFinding(
            checker().check(standard().withStaffing(roles.withExpectedDailyDemand(121))),
            "sp.staffing.capacity",
            "/staffing/expectedDailyDemand");
    assertThat(finding.arguments()).containsExactly(121, 120L, 4, 15L, 450);

    Profile shortDays =
        Profile.law25Of2009().toBuilder()
            .name("ramadan")
            .workingTime(WorkingTime.builder().setMinutesPerDay(300).build())
            .build();
    onlyFinding(
        Fixtures.checker(shortDays, Locale.ENGLISH)
            .check(standard().withStaffing(roles.withExpectedDailyDemand(81))),
        "sp.staffing.capacity",
        "/staffing/expectedDailyDemand");
  }

  @Test
  void theEvaluationAgeIsAProfileParameter() {
    var evaluatedInJanuary = catalog().withLastEvaluationDate(LocalDate.of(2025, 1, 15));
    assertThat(notable(checker().check(evaluatedInJanuary))).isEmpty();
    Profile sixMonths =
        Profile.law25Of2009().toBuilder()
            .name("enam-bulan")
            .maximumEvaluationAge(Period.ofMonths(6))
            .build();
    Finding finding =
        onlyFinding(
            Fixtures.checker(sixMonths, Locale.ENGLISH).check(evaluatedInJanuary),
            "sp.dates.evaluation-stale",
            "/lastEvaluationDate");
    assertThat(finding.message())
        .isEqualTo(
            "The last evaluation on 2025-01-15 is more than 6 months before 2025-08-01; evaluate and update the standards.");
    // Exactly at the limit is still fresh.
    assertThat(notable(checker().check(catalog().withLastEvaluationDate(LocalDate.of(2024, 8, 1)))))
        .isEmpty();
  }

  @Test
  void aDraftNeedsNoDecreePledgeConsultationOrEvaluation() {
    var draft =
        catalog()
            .withStatus(CatalogStatus.DRAFT)
            .withDecree(Optional.empty())
            .withPledge(Optional.empty())
            .withConsultations(List.of())
            .withLastEvaluationDate(Optional.empty())
            .withEffectiveDate(Optional.empty());
    assertThat(notable(checker().check(draft))).isEmpty();
    assertThat(notable(checker().check(draft.withStatus(CatalogStatus.CONSULTED))))
        .extracting(Finding::ruleId)
        .containsExactly("sp.catalog.consultation");
    assertThat(notable(checker().check(draft.withStatus(CatalogStatus.ESTABLISHED))))
        .extracting(Finding::ruleId)
        .containsExactly(
            "sp.catalog.consultation",
            "sp.catalog.decree",
            "sp.catalog.pledge",
            "sp.dates.evaluation-stale");
  }

  @Test
  void aConsultationWithoutDecreeMustHaveTakenPlaceByToday() {
    var consultedLater =
        catalog()
            .withStatus(CatalogStatus.CONSULTED)
            .withDecree(Optional.empty())
            .withConsultations(
                PublicConsultation.builder().setDate(LocalDate.of(2025, 9, 1)).build());
    onlyFinding(checker().check(consultedLater), "sp.catalog.consultation", "/consultations");
    assertThat(
            notable(
                checker()
                    .check(
                        consultedLater.withConsultations(
                            PublicConsultation.builder().setDate(Fixtures.TODAY).build()))))
        .isEmpty();
  }

  @Test
  void findingsOfOneStandardStayWithItInACatalogue() {
    var second = standard().withId("legalisasi-kedua").withFee(Optional.empty());
    Report report = checker().check(catalog().withStandards(standard(), second));
    assertThat(report.standards().get(0).findings())
        .extracting(Finding::ruleId)
        .containsExactly(Fixtures.COVERAGE);
    assertThat(report.standards().get(1).findings())
        .extracting(Finding::ruleId, Finding::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("sp.completeness.fee", "/standards/1/fee"),
            org.assertj.core.groups.Tuple.tuple(Fixtures.COVERAGE, "/standards/1/facilities"));
    assertThat(report.standards().get(1).passed()).isFalse();
    assertThat(report.passed()).isFalse();
  }
}
