package id.standarpelayanan.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.CompletionTime;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.DeliveryChannel;
import id.standarpelayanan.model.DurationUnit;
import id.standarpelayanan.model.Facility;
import id.standarpelayanan.model.Fee;
import id.standarpelayanan.model.FeeItem;
import id.standarpelayanan.model.Languages;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.Principle;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.Rupiah;
import id.standarpelayanan.model.ServiceHours;
import id.standarpelayanan.model.ServicePeriod;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.model.VulnerableGroup;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DifferTest {

  private static final Differ DIFFER = Differ.standard();
  private static final StandardsCatalog SAMPLE = Samples.sample();

  private static StandardsCatalog withFirst(ServiceStandard first) {
    List<ServiceStandard> standards = new ArrayList<>(SAMPLE.getStandards());
    standards.set(0, first);
    return StandardsCatalog.builder().from(SAMPLE).setStandards(standards).build();
  }

  private static ServiceStandard first() {
    return SAMPLE.getStandards().get(0);
  }

  @Test
  void aCatalogueComparedWithItselfHasNoChange() {
    Comparison comparison = DIFFER.compare(SAMPLE, SAMPLE);
    assertThat(comparison.changes()).isEmpty();
    assertThat(comparison.isEquivalent()).isTrue();
    assertThat(comparison.jsonPatch()).isEqualTo("[]");
  }

  @Test
  void anAddedRequirementBurdensThePublicAndPointsIntoTheNewDocument() {
    ServiceStandard changed =
        ServiceStandard.builder()
            .from(first())
            .addRequirements(
                Requirement.builder().setId("syarat-6").setDescription("Pas foto 3x4").build())
            .build();
    Comparison comparison = DIFFER.compare(SAMPLE, withFirst(changed));
    assertThat(comparison.changes()).hasSize(1);
    Change change = comparison.changes().get(0);
    assertThat(change.kind()).isEqualTo(ChangeKind.ADDED);
    assertThat(change.meaning()).isEqualTo(Meaning.REQUIREMENT_ADDED);
    assertThat(change.effect()).isEqualTo(Effect.BURDENS);
    assertThat(change.component()).contains(Component.REQUIREMENTS);
    assertThat(change.principle()).contains(Principle.LEGAL_BASIS_AND_REQUIREMENTS);
    assertThat(change.newPointer()).contains(Pointer.parse("/standards/0/requirements/5"));
    assertThat(change.oldPointer()).isEmpty();
    assertThat(change.serviceId()).contains("legalisasi-ijazah-madrasah");
    assertThat(change.afterText(Languages.INDONESIAN)).contains("Pas foto 3x4");
    assertThat(comparison.burdensPublic()).isTrue();
  }

  @Test
  void sixtyMinutesAreOneHourAndNoChange() {
    ServiceStandard hour =
        ServiceStandard.builder()
            .from(first())
            .setCompletionTime(CompletionTime.builder().setMaximum(TimeSpan.ofHours(1)).build())
            .build();
    ServiceStandard minutes =
        ServiceStandard.builder()
            .from(first())
            .setCompletionTime(CompletionTime.builder().setMaximum(TimeSpan.ofMinutes(60)).build())
            .build();
    assertThat(DIFFER.compare(hour, minutes).changes()).isEmpty();
    assertThat(DIFFER.compare(hour, minutes).jsonPatch()).contains("\"replace\"");
  }

  @Test
  void monthsAgainstWorkingDaysAreChangedNotComparable() {
    ServiceStandard days =
        ServiceStandard.builder()
            .from(first())
            .setCompletionTime(
                CompletionTime.builder().setMaximum(TimeSpan.ofWorkingDays(20)).build())
            .build();
    ServiceStandard month =
        ServiceStandard.builder()
            .from(first())
            .setCompletionTime(
                CompletionTime.builder()
                    .setMaximum(TimeSpan.of(1, id.standarpelayanan.model.DurationUnit.MONTHS))
                    .build())
            .build();
    List<Change> changes = DIFFER.compare(days, month).changes();
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).kind()).isEqualTo(ChangeKind.CHANGED_NOT_COMPARABLE);
    assertThat(changes.get(0).effect()).isEqualTo(Effect.UNDETERMINED);
    assertThat(changes.get(0).oldPointer()).contains(Pointer.parse("/completionTime/maximum"));
  }

  @Test
  void monthsAgainstWorkingDaysAreToBeJudgedOnlyWhenTheOrderDependsOnTheCalendar() {
    ServiceStandard fourteenDays = withMaximum(TimeSpan.ofWorkingDays(14));
    ServiceStandard twentyDays = withMaximum(TimeSpan.ofWorkingDays(20));
    ServiceStandard month = withMaximum(TimeSpan.of(1, DurationUnit.MONTHS));
    // Any month has more than 14 working days: the bounds decide the order.
    assertThat(DIFFER.compare(fourteenDays, month).changes())
        .extracting(Change::kind, Change::meaning, Change::effect)
        .containsExactly(tuple(ChangeKind.CHANGED, Meaning.TIME_LONGER, Effect.BURDENS));
    assertThat(DIFFER.compare(month, fourteenDays).changes())
        .extracting(Change::meaning)
        .containsExactly(Meaning.TIME_SHORTER);
    // A month has 20 working days or fewer or more, by the calendar: to be judged.
    assertThat(DIFFER.compare(twentyDays, month).changes())
        .extracting(Change::kind, Change::meaning, Change::effect)
        .containsExactly(
            tuple(
                ChangeKind.CHANGED_NOT_COMPARABLE,
                Meaning.TIME_NOT_COMPARABLE,
                Effect.UNDETERMINED));
  }

  @Test
  void aFeeWhereTheServiceWasFreeIsIntroducedAndRaisingItBurdens() {
    ServiceStandard paid =
        ServiceStandard.builder()
            .from(first())
            .setFee(
                Fee.builder()
                    .addItems(
                        FeeItem.builder().setName("PNBP").setAmount(Rupiah.of(10_000)).build())
                    .build())
            .build();
    ServiceStandard dearer =
        ServiceStandard.builder()
            .from(first())
            .setFee(
                Fee.builder()
                    .addItems(
                        FeeItem.builder().setName("PNBP").setAmount(Rupiah.of(15_000)).build())
                    .build())
            .build();
    List<Change> introduced = DIFFER.compare(first(), paid).changes();
    assertThat(introduced).extracting(Change::meaning).containsExactly(Meaning.FEE_INTRODUCED);
    List<Change> raised = DIFFER.compare(paid, dearer).changes();
    assertThat(raised).extracting(Change::meaning).containsExactly(Meaning.FEE_RAISED);
    assertThat(raised.get(0).beforeText(Locale.ENGLISH)).contains("10000");
    assertThat(DIFFER.compare(dearer, paid).changes())
        .extracting(Change::effect)
        .containsExactly(Effect.RELIEVES);
  }

  @Test
  void aRemovedDeliveryChannelBurdens() {
    ServiceStandard two =
        ServiceStandard.builder()
            .from(first())
            .setDeliveryChannels(List.of(DeliveryChannel.IN_PERSON, DeliveryChannel.ONLINE))
            .build();
    List<Change> changes = DIFFER.compare(two, first()).changes();
    assertThat(changes).extracting(Change::meaning).containsExactly(Meaning.CHANNEL_REMOVED);
    assertThat(changes.get(0).oldPointer()).contains(Pointer.parse("/deliveryChannels/1"));
    // The channel by its label in the log's language, the JSON value the constant.
    assertThat(changes.get(0).before()).contains("\"ONLINE\"");
    assertThat(changes.get(0).beforeText(Languages.INDONESIAN)).contains("Daring");
    assertThat(changes.get(0).beforeText(Locale.ENGLISH))
        .contains(DeliveryChannel.ONLINE.label(Locale.ENGLISH));
  }

  @Test
  void aServiceWithdrawnOrAddedIsToBeJudgedAndEveryMeaningKeepsTheInverseLaws() {
    List<ServiceStandard> fewer = new ArrayList<>(SAMPLE.getStandards());
    fewer.remove(fewer.size() - 1);
    StandardsCatalog withdrawn =
        StandardsCatalog.builder().from(SAMPLE).setStandards(fewer).build();
    assertThat(DIFFER.compare(SAMPLE, withdrawn).changes())
        .extracting(Change::meaning, Change::effect)
        .containsExactly(tuple(Meaning.SERVICE_WITHDRAWN, Effect.UNDETERMINED));
    assertThat(DIFFER.compare(withdrawn, SAMPLE).changes())
        .extracting(Change::meaning, Change::effect)
        .containsExactly(tuple(Meaning.SERVICE_ADDED, Effect.UNDETERMINED));
    assertThat(DIFFER.compare(SAMPLE, withdrawn).burdensPublic()).isFalse();
    for (Meaning meaning : Meaning.values()) {
      assertThat(meaning.inverse().inverse()).isEqualTo(meaning);
      assertThat(meaning.inverse().effect()).isEqualTo(meaning.effect().inverse());
    }
  }

  @Test
  void theModelsConstantsAndDatesAreShownInTheLogsLanguage() {
    Change form =
        Change.builder(ChangeKind.CHANGED, Meaning.VALUE_CHANGED)
            .before(Pointer.parse("/standards/0/requirements/1/form"), "\"FORM\"")
            .after(Pointer.parse("/standards/0/requirements/1/form"), "\"COPY\"")
            .build();
    assertThat(form.beforeText(Languages.INDONESIAN)).contains("Formulir");
    assertThat(form.afterText(Languages.INDONESIAN)).contains("Fotokopi");
    assertThat(form.afterText(Locale.ENGLISH)).contains("Copy");
    assertThat(form.before()).contains("\"FORM\"");
    Change channels =
        Change.builder(ChangeKind.CHANGED, Meaning.VALUE_CHANGED)
            .before(Pointer.parse("/deliveryChannels"), "[\"IN_PERSON\",\"ONLINE\"]")
            .after(Pointer.parse("/deliveryChannels"), "[\"IN_PERSON\"]")
            .build();
    assertThat(channels.beforeText(Languages.INDONESIAN)).contains("Tatap muka di loket; Daring");
    Change complaint =
        Change.builder(ChangeKind.REMOVED, Meaning.ITEM_REMOVED)
            .before(Pointer.parse("/complaintHandling/channels/0"), "{\"kind\":\"IN_PERSON\"}")
            .build();
    assertThat(complaint.beforeText(Languages.INDONESIAN)).contains("Datang langsung");
    // A text that is not in a field of an enumeration stays as written.
    Change name =
        Change.builder(ChangeKind.CHANGED, Meaning.REWORDED)
            .before(Pointer.parse("/name"), "\"FORM\"")
            .after(Pointer.parse("/name"), "\"COPY\"")
            .build();
    assertThat(name.beforeText(Languages.INDONESIAN)).contains("FORM");
    Change date =
        Change.builder(ChangeKind.CHANGED, Meaning.VALUE_CHANGED)
            .before(Pointer.parse("/decree/date"), "\"2024-08-15\"")
            .after(Pointer.parse("/decree/date"), "\"2025-08-20\"")
            .build();
    assertThat(date.beforeText(Languages.INDONESIAN)).contains("15 Agustus 2024");
    assertThat(date.afterText(Locale.ENGLISH)).contains("20 August 2025");
    assertThat(date.before()).contains("\"2024-08-15\"");
  }

  @Test
  void swappedStepsAreOneReorder() {
    var procedure = first().getProcedure().orElseThrow();
    var steps = new ArrayList<>(procedure.getSteps());
    var a = steps.get(1);
    var b = steps.get(2);
    steps.set(1, id.standarpelayanan.model.ProcedureStep.builder().from(b).setNumber(2).build());
    steps.set(2, id.standarpelayanan.model.ProcedureStep.builder().from(a).setNumber(3).build());
    ServiceStandard swapped =
        ServiceStandard.builder()
            .from(first())
            .setProcedure(
                id.standarpelayanan.model.Procedure.builder()
                    .from(procedure)
                    .setSteps(steps)
                    .build())
            .build();
    List<Change> changes = DIFFER.compare(first(), swapped).changes();
    assertThat(changes).extracting(Change::meaning).containsExactly(Meaning.STEPS_REORDERED);
  }

  @Test
  void aServiceWhoseIdChangedIsOneRenameNotAWithdrawalAndAnAddition() {
    ServiceStandard renamed =
        ServiceStandard.builder()
            .from(first())
            .setId("legalisasi-ijazah-ra-madrasah")
            .setName("Legalisasi Fotokopi Ijazah/STTB RA dan Madrasah")
            .build();
    List<Change> changes = DIFFER.compare(SAMPLE, withFirst(renamed)).changes();
    assertThat(changes).extracting(Change::kind).containsExactly(ChangeKind.RENAMED);
    Change rename = changes.get(0);
    assertThat(rename.oldServiceId()).contains("legalisasi-ijazah-madrasah");
    assertThat(rename.newServiceId()).contains("legalisasi-ijazah-ra-madrasah");
    assertThat(rename.afterText(Locale.ENGLISH))
        .contains(
            "Legalisasi Fotokopi Ijazah/STTB RA dan Madrasah (legalisasi-ijazah-ra-madrasah)");
  }

  @Test
  void aRequirementWithoutIdRewordedInCaseAndSpacingIsOneRewordingNotARemovalAndAnAddition() {
    ServiceStandard before =
        ServiceStandard.builder()
            .from(first())
            .setRequirements(
                List.of(
                    Requirement.builder().setDescription("Fotokopi KTP pemohon").build(),
                    Requirement.builder().setDescription("Surat permohonan bermeterai").build()))
            .build();
    ServiceStandard after =
        ServiceStandard.builder()
            .from(first())
            .setRequirements(
                List.of(
                    Requirement.builder().setDescription("fotokopi  KTP pemohon.").build(),
                    Requirement.builder().setDescription("Surat permohonan bermeterai").build()))
            .build();
    List<Change> changes = DIFFER.compare(before, after).changes();
    assertThat(changes).extracting(Change::meaning).containsExactly(Meaning.REWORDED);
    assertThat(changes.get(0).pointer()).isEqualTo(Pointer.parse("/requirements/0/description"));
  }

  @Test
  void aRequirementMadeMandatoryBurdens() {
    ServiceStandard optional = first();
    Requirement last = optional.getRequirements().get(4);
    List<Requirement> requirements = new ArrayList<>(optional.getRequirements());
    requirements.set(4, Requirement.builder().from(last).setMandatory(true).build());
    ServiceStandard mandatory =
        ServiceStandard.builder().from(optional).setRequirements(requirements).build();
    assertThat(DIFFER.compare(optional, mandatory).changes())
        .extracting(Change::meaning, Change::effect)
        .containsExactly(tuple(Meaning.REQUIREMENT_MADE_MANDATORY, Effect.BURDENS));
  }

  @Test
  void aFacilityNoLongerServingAVulnerableGroupBurdens() {
    Facility ramp = first().getFacilities().get(2);
    List<Facility> facilities = new ArrayList<>(first().getFacilities());
    facilities.set(
        2,
        Facility.builder()
            .from(ramp)
            .setVulnerableGroups(Set.of(VulnerableGroup.PERSONS_WITH_DISABILITIES))
            .build());
    ServiceStandard fewer =
        ServiceStandard.builder().from(first()).setFacilities(facilities).build();
    assertThat(DIFFER.compare(first(), fewer).changes())
        .extracting(Change::meaning, c -> c.oldPointer().orElseThrow().toString())
        .containsExactly(
            tuple(Meaning.VULNERABLE_GROUP_REMOVED, "/facilities/2/vulnerableGroups/1"));
  }

  @Test
  void shorterServiceHoursBurdenAndTheSameHoursElsewhereInTheWeekDoNot() {
    ServiceStandard long8to16 = withHours(LocalTime.of(8, 0), LocalTime.of(16, 0));
    ServiceStandard short8to12 = withHours(LocalTime.of(8, 0), LocalTime.of(12, 0));
    ServiceStandard shifted9to17 = withHours(LocalTime.of(9, 0), LocalTime.of(17, 0));
    assertThat(DIFFER.compare(long8to16, short8to12).changes())
        .extracting(Change::meaning, Change::effect)
        .containsExactly(tuple(Meaning.HOURS_SHORTER, Effect.BURDENS));
    assertThat(DIFFER.compare(long8to16, shifted9to17).changes())
        .extracting(Change::meaning)
        .containsOnly(Meaning.VALUE_CHANGED);
  }

  @Test
  void theCataloguesStatusIsAChangeOfTheCatalogueItself() {
    StandardsCatalog superseded =
        StandardsCatalog.builder().from(SAMPLE).setStatus(CatalogStatus.SUPERSEDED).build();
    List<Change> changes = DIFFER.compare(SAMPLE, superseded).changes();
    assertThat(changes)
        .extracting(c -> c.pointer().toString(), Change::serviceId, Change::component)
        .containsExactly(tuple("/status", Optional.empty(), Optional.empty()));
    assertThat(changes.get(0).beforeText(Languages.INDONESIAN)).contains("Dipublikasikan");
    assertThat(changes.get(0).afterText(Languages.INDONESIAN)).contains("Digantikan");
    assertThat(changes.get(0).afterText(Locale.ENGLISH)).contains("Superseded");
    assertThat(changes.get(0).after()).contains("\"SUPERSEDED\"");
  }

  @Test
  void fiveMonthsAgainstFiveMonthsIsNoChangeAndSixIsLonger() {
    ServiceStandard five = withMaximum(TimeSpan.of(5, DurationUnit.MONTHS));
    ServiceStandard six = withMaximum(TimeSpan.of(6, DurationUnit.MONTHS));
    assertThat(DIFFER.compare(five, withMaximum(TimeSpan.of(5, DurationUnit.MONTHS))).changes())
        .isEmpty();
    assertThat(DIFFER.compare(five, six).changes())
        .extracting(Change::meaning)
        .containsExactly(Meaning.TIME_LONGER);
  }

  private static ServiceStandard withMaximum(TimeSpan maximum) {
    return ServiceStandard.builder()
        .from(first())
        .setCompletionTime(CompletionTime.builder().setMaximum(maximum).build())
        .build();
  }

  private static ServiceStandard withHours(LocalTime opens, LocalTime closes) {
    return ServiceStandard.builder()
        .from(first())
        .setServiceHours(
            ServiceHours.builder()
                .addPeriods(
                    ServicePeriod.builder()
                        .setDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))
                        .setOpens(opens)
                        .setCloses(closes)
                        .build())
                .build())
        .build();
  }
}
