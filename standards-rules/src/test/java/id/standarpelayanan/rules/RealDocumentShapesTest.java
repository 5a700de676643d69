package id.standarpelayanan.rules;

import static id.standarpelayanan.rules.Fixtures.checker;
import static id.standarpelayanan.rules.Fixtures.notable;
import static id.standarpelayanan.rules.Fixtures.onlyFinding;
import static id.standarpelayanan.rules.Fixtures.standard;
import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.Channel;
import id.standarpelayanan.model.ChannelAccess;
import id.standarpelayanan.model.ChannelKind;
import id.standarpelayanan.model.CompletionTime;
import id.standarpelayanan.model.DurationUnit;
import id.standarpelayanan.model.Fee;
import id.standarpelayanan.model.FeeItem;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.RegulationType;
import id.standarpelayanan.model.Rupiah;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.model.fixtures.KanwilAcehFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shapes real published standards take (format 1.1) neither crash the rules nor make them fire
 * where the document is sound: an explicit "no requirements", a conditional Rp 0, compound
 * completion times, days the document does not qualify, channels at the office's own address or
 * reached in several ways; and a draft without a name or an id is told so.
 */
class RealDocumentShapesTest {

  @Test
  void anExplicitNoRequirementsStatesTheComponent() {
    ImmutableServiceStandard none = standard().withRequirements(List.of()).withNoRequirements(true);
    assertThat(notable(checker().check(none))).isEmpty();
    onlyFinding(
        checker().check(standard().withRequirements(List.of())),
        "sp.completeness.requirements",
        "/requirements");
  }

  @Test
  void aRupiahZeroUnderAConditionIsAPriceNotAMistake() {
    // KUA marriage registration: Rp 0 at the office in working hours, Rp 600.000 elsewhere (PP
    // 48/2014 as amended).
    var pp =
        KanwilAcehFixtures.regulation(
            RegulationType.PP,
            "59",
            2018,
            "Jenis dan Tarif atas Jenis PNBP yang Berlaku pada Kementerian Agama");
    Fee fee =
        Fee.builder()
            .addItem(
                FeeItem.builder()
                    .setName("Nikah di KUA pada hari dan jam kerja")
                    .setAmount(Rupiah.ZERO)
                    .setCondition("di KUA pada hari dan jam kerja")
                    .setLegalBasis(pp)
                    .build())
            .addItem(
                FeeItem.builder()
                    .setName("Nikah di luar KUA atau di luar hari dan jam kerja")
                    .setAmount(Rupiah.of(600_000))
                    .setCondition("di luar KUA atau di luar hari dan jam kerja")
                    .setLegalBasis(pp)
                    .build())
            .build();
    assertThat(notable(checker().check(standard().withFee(fee)))).isEmpty();
  }

  @Test
  void stepsInUnqualifiedDaysAreNotReportedWhenTheyMightFit() {
    ImmutableServiceStandard days =
        withStepDurations(TimeSpan.of(3, DurationUnit.DAYS))
            .withCompletionTime(
                CompletionTime.builder().setMaximum(TimeSpan.ofWorkingDays(3)).build());
    // Not reported as longer than the completion time; only asked which days they are.
    assertThat(notable(checker().check(days)))
        .extracting(Finding::ruleId)
        .containsOnly("sp.completion-time.day-unit");
  }

  @Test
  void stepsCertainlyLongerThanTheCompletionTimeAreReportedWhateverTheirUnits() {
    ImmutableServiceStandard months =
        withStepDurations(TimeSpan.of(1, DurationUnit.MONTHS))
            .withCompletionTime(
                CompletionTime.builder().setMaximum(TimeSpan.ofWorkingDays(10)).build());
    Finding finding =
        onlyFinding(
            checker().check(months), "sp.procedure.exceeds-completion-time", "/procedure/steps");
    assertThat(finding.message()).contains("10 working days");
  }

  @Test
  void aCompoundCompletionTimeCountsAllItsParts() {
    // "10 Hari Kerja 35 Menit" (Kankemenag Kota Singkawang, izin operasional pondok pesantren).
    CompletionTime compound =
        CompletionTime.builder()
            .setMaximum(TimeSpan.ofWorkingDays(10))
            .addMaximumPlus(TimeSpan.ofMinutes(35))
            .build();
    ImmutableServiceStandard fits =
        withStepDurations(TimeSpan.ofWorkingDays(10), TimeSpan.ofMinutes(30))
            .withCompletionTime(compound);
    assertThat(notable(checker().check(fits))).isEmpty();

    ImmutableServiceStandard exceeds =
        withStepDurations(TimeSpan.ofWorkingDays(10), TimeSpan.ofMinutes(40))
            .withCompletionTime(compound);
    Finding finding =
        onlyFinding(
            checker().check(exceeds), "sp.procedure.exceeds-completion-time", "/procedure/steps");
    assertThat(finding.message()).contains("10 working days, 35 minutes");
  }

  @Test
  void aDeskOrABoxAtTheProvidersOwnAddressNeedsNoAddressOfItsOwn() {
    ImmutableServiceStandard box =
        withChannel(
            Channel.builder()
                .setKind(ChannelKind.SUGGESTION_BOX)
                .setAtProviderAddress(true)
                .setDescription("Melalui Kotak Pengaduan")
                .build());
    assertThat(notable(checker().check(box))).isEmpty();
    // A box, a desk and a letter are at the provider's address by nature, flagged or not.
    ImmutableServiceStandard unflagged =
        withChannel(Channel.builder().setKind(ChannelKind.SUGGESTION_BOX).build());
    assertThat(notable(checker().check(unflagged))).isEmpty();
    ImmutableServiceStandard letter =
        withChannel(
            Channel.builder()
                .setKind(ChannelKind.LETTER)
                .setDescription("Saran dan Pengaduan dilakukan secara tertulis kepada Kepala Dinas")
                .build());
    assertThat(notable(checker().check(letter))).isEmpty();
    // An e-mail channel printed with an empty "Email:" label cannot be used.
    ImmutableServiceStandard nowhere =
        withChannel(Channel.builder().setKind(ChannelKind.EMAIL).build());
    onlyFinding(
        checker().check(nowhere),
        "sp.complaint.channel-address",
        "/complaintHandling/channels/4/address");
  }

  @Test
  void aChannelReachedInSeveralWaysHasItsAddressesThere() {
    ImmutableServiceStandard lapor =
        withChannel(
            Channel.builder()
                .setKind(ChannelKind.SP4N_LAPOR)
                .addAccess(
                    ChannelAccess.builder()
                        .setKind(ChannelKind.WEBSITE)
                        .setAddress("https://www.lapor.go.id")
                        .build())
                .build());
    assertThat(notable(checker().check(lapor))).isEmpty();
  }

  @Test
  void draftsWithoutNameOrIdAreToldWhatIsMissing() {
    Report report = checker().check(ImmutableServiceStandard.builder().build());
    assertThat(report.findings())
        .extracting(Finding::ruleId)
        .contains("sp.standard.name", "sp.standard.id");
    assertThat(report.standards().get(0).serviceId()).isEmpty();
  }

  private static ImmutableServiceStandard withChannel(Channel channel) {
    ImmutableServiceStandard s = standard();
    var handling =
        id.standarpelayanan.model.ImmutableComplaintHandling.copyOf(
            s.getComplaintHandling().orElseThrow());
    List<Channel> channels = new ArrayList<>(handling.getChannels());
    channels.add(channel);
    return s.withComplaintHandling(handling.withChannels(channels));
  }

  /**
   * The fixture with its steps' durations replaced, the remaining steps without one, and no
   * expected daily demand (so that long steps do not also raise the staffing capacity warning).
   */
  private static ImmutableServiceStandard withStepDurations(TimeSpan... durations) {
    ImmutableServiceStandard s =
        standard()
            .withStaffing(
                id.standarpelayanan.model.ImmutableStaffing.copyOf(
                        standard().getStaffing().orElseThrow())
                    .withExpectedDailyDemand(java.util.Optional.empty()));
    List<ProcedureStep> steps = new ArrayList<>();
    List<ProcedureStep> old = s.getProcedure().orElseThrow().getSteps();
    for (int i = 0; i < old.size(); i++) {
      var step = id.standarpelayanan.model.ImmutableProcedureStep.copyOf(old.get(i));
      steps.add(
          i < durations.length
              ? step.withDuration(durations[i])
              : step.withDuration(java.util.Optional.empty()));
    }
    return s.withProcedure(
        id.standarpelayanan.model.ImmutableProcedure.copyOf(s.getProcedure().orElseThrow())
            .withSteps(steps));
  }
}
