package id.standarpelayanan.diff;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.Channel;
import id.standarpelayanan.model.ComplaintHandling;
import id.standarpelayanan.model.CompletionTime;
import id.standarpelayanan.model.DeliveryChannel;
import id.standarpelayanan.model.DurationUnit;
import id.standarpelayanan.model.Fee;
import id.standarpelayanan.model.FeeItem;
import id.standarpelayanan.model.ImmutableProcedureStep;
import id.standarpelayanan.model.Procedure;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.Rupiah;
import id.standarpelayanan.model.ServiceHours;
import id.standarpelayanan.model.ServicePeriod;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.TimeSpan;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One edit of a known kind made to a standard, and the one change the comparison must report for it
 * ({@link #expected} empty: a rewrite that changes nothing, such as a time restated in other
 * units). {@link #applies} tells whether the standard has what the edit needs.
 */
enum Mutation {
  ADD_REQUIREMENT(ChangeKind.ADDED, Meaning.REQUIREMENT_ADDED, "/requirements/") {
    @Override
    boolean applies(ServiceStandard s) {
      return !s.isNoRequirements()
          && s.getRequirements().stream()
              .noneMatch(
                  r ->
                      r.getDescription().equals(NEW_REQUIREMENT)
                          || r.getId().equals(Optional.of("syarat-uji")));
    }

    @Override
    ServiceStandard apply(ServiceStandard s) {
      return ServiceStandard.builder()
          .from(s)
          .addRequirements(
              Requirement.builder().setId("syarat-uji").setDescription(NEW_REQUIREMENT).build())
          .build();
    }
  },
  REMOVE_REQUIREMENT(ChangeKind.REMOVED, Meaning.REQUIREMENT_REMOVED, "/requirements/") {
    @Override
    boolean applies(ServiceStandard s) {
      return !s.getRequirements().isEmpty();
    }

    @Override
    ServiceStandard apply(ServiceStandard s) {
      List<Requirement> rest = s.getRequirements().subList(0, s.getRequirements().size() - 1);
      return ServiceStandard.builder().from(s).setRequirements(rest).build();
    }
  },
  LENGTHEN_TIME(ChangeKind.CHANGED, Meaning.TIME_LONGER, "/completionTime/maximum") {
    @Override
    boolean applies(ServiceStandard s) {
      return maximum(s).filter(t -> t.getAmount() < 100_000).isPresent();
    }

    @Override
    ServiceStandard apply(ServiceStandard s) {
      TimeSpan t = maximum(s).orElseThrow();
      return withMaximum(s, TimeSpan.of(t.getAmount() * 2 + 1, t.getUnit()));
    }
  },
  SHORTEN_TIME(ChangeKind.CHANGED, Meaning.TIME_SHORTER, "/completionTime/maximum") {
    @Override
    boolean applies(ServiceStandard s) {
      return maximum(s).filter(t -> t.getAmount() >= 2).isPresent();
    }

    @Override
    ServiceStandard apply(ServiceStandard s) {
      TimeSpan t = maximum(s).orElseThrow();
      return withMaximum(s, TimeSpan.of(t.getAmount() / 2, t.getUnit()));
    }
  },
  RESTATE_TIME_IN_OTHER_UNITS(null, null, "") {
    @Override
    boolean applies(ServiceStandard s) {
      return maximum(s).flatMap(Mutation::restated).isPresent();
    }

    @Override
    ServiceStandard apply(ServiceStandard s) {
      return withMaximum(s, maximum(s).flatMap(Mutation::restated).orElseThrow());
    }
  },
  INTRODUCE_FEE(null, Meaning.FEE_INTRODUCED, "/fee") {
    @Override
    boolean applies(ServiceStandard s) {
      return s.getFee()
          .map(f -> f.isFree() || f.getItems().stream().allMatch(Mutation::atNoCost))
          .orElse(true);
    }

    @Override
    ServiceStandard apply(ServiceStandard s) {
      return ServiceStandard.builder()
          .from(s)
          .setFee(
              Fee.builder()
                  .addItems(
                      FeeItem.builder().setName("PNBP uji").setAmount(Rupiah.of(5_000)).build())
                  .build())
          .build();
    }
  },
  RAISE_FEE(ChangeKind.CHANGED, Meaning.FEE_RAISED, "/fee/items/") {
    @Override
    boolean applies(ServiceStandard s) {
      return s.getFee().filter(f -> !f.isFree()).map(Mutation::pricedIndex).orElse(-1) >= 0;
    }

    @Override
    ServiceStandard apply(ServiceStandard s) {
      Fee fee = s.getFee().orElseThrow();
      int i = pricedIndex(fee);
      List<FeeItem> items = new ArrayList<>(fee.getItems());
      FeeItem item = items.get(i);
      long amount = item.getAmount().orElseThrow().getAmount();
      items.set(i, FeeItem.builder().from(item).setAmount(Rupiah.of(amount * 2 + 1_000)).build());
      return ServiceStandard.builder()
          .from(s)
          .setFee(Fee.builder().from(fee).setItems(items).build())
          .build();
    }
  },
  REMOVE_CHANNEL(ChangeKind.REMOVED, Meaning.CHANNEL_REMOVED, "/deliveryChannels/") {
    @Override
    boolean applies(ServiceStandard s) {
      return s.getDeliveryChannels().size() >= 2;
    }

    @Override
    ServiceStandard apply(ServiceStandard s) {
      Set<DeliveryChannel> rest = new HashSet<>(s.getDeliveryChannels());
      rest.remove(s.getDeliveryChannels().iterator().next());
      return ServiceStandard.builder().from(s).setDeliveryChannels(rest).build();
    }
  },
  SWAP_TWO_STEPS(ChangeKind.REORDERED, Meaning.STEPS_REORDERED, "/procedure/steps") {
    @Override
    boolean applies(ServiceStandard s) {
      List<ProcedureStep> steps = s.getProcedure().map(Procedure::getSteps).orElse(List.of());
      return steps.size() >= 2
          && !ImmutableProcedureStep.copyOf(steps.get(0))
              .withNumber(0)
              .equals(ImmutableProcedureStep.copyOf(steps.get(1)).withNumber(0));
    }

    @Override
    ServiceStandard apply(ServiceStandard s) {
      Procedure procedure = s.getProcedure().orElseThrow();
      List<ProcedureStep> steps = new ArrayList<>(procedure.getSteps());
      ProcedureStep first = steps.get(0);
      ProcedureStep second = steps.get(1);
      steps.set(0, ProcedureStep.builder().from(second).setNumber(first.getNumber()).build());
      steps.set(1, ProcedureStep.builder().from(first).setNumber(second.getNumber()).build());
      return ServiceStandard.builder()
          .from(s)
          .setProcedure(Procedure.builder().from(procedure).setSteps(steps).build())
          .build();
    }
  },
  REWORD_NAME(ChangeKind.CHANGED, Meaning.REWORDED, "/name") {
    @Override
    boolean applies(ServiceStandard s) {
      return true;
    }

    @Override
    ServiceStandard apply(ServiceStandard s) {
      return ServiceStandard.builder().from(s).setName(s.getName() + " (diperbarui)").build();
    }
  },
  SHORTEN_HOURS(ChangeKind.CHANGED, Meaning.HOURS_SHORTER, "/serviceHours/periods") {
    /** Every period's hours measurable, the first closing half an hour earlier after its breaks. */
    @Override
    boolean applies(ServiceStandard s) {
      List<ServicePeriod> periods =
          s.getServiceHours().map(ServiceHours::getPeriods).orElse(List.of());
      if (periods.isEmpty()
          || periods.stream().anyMatch(p -> p.getOpens().isEmpty() || p.getCloses().isEmpty())) {
        return false;
      }
      ServicePeriod first = periods.get(0);
      LocalTime closes = first.getCloses().get().minusMinutes(30);
      return !first.getDays().isEmpty()
          && closes.isAfter(first.getOpens().get())
          && first.getBreaks().stream().noneMatch(w -> w.getEnd().isAfter(closes));
    }

    @Override
    ServiceStandard apply(ServiceStandard s) {
      ServiceHours hours = s.getServiceHours().orElseThrow();
      List<ServicePeriod> periods = new ArrayList<>(hours.getPeriods());
      ServicePeriod first = periods.get(0);
      periods.set(
          0,
          ServicePeriod.builder()
              .from(first)
              .setCloses(first.getCloses().orElseThrow().minusMinutes(30))
              .build());
      return ServiceStandard.builder()
          .from(s)
          .setServiceHours(ServiceHours.builder().from(hours).setPeriods(periods).build())
          .build();
    }

    @Override
    void assertValues(ServiceStandard a, ServiceStandard b, Change change) {
      assertThat(change.effect()).isEqualTo(Effect.BURDENS);
      String closes =
          a.getServiceHours()
              .orElseThrow()
              .getPeriods()
              .get(0)
              .getCloses()
              .orElseThrow()
              .minusMinutes(30)
              .toString();
      assertThat(change.after()).hasValueSatisfying(json -> assertThat(json).contains(closes));
    }
  },
  REMOVE_COMPLAINT_CHANNEL(
      ChangeKind.REMOVED, Meaning.CHANNEL_REMOVED, "/complaintHandling/channels/") {
    @Override
    boolean applies(ServiceStandard s) {
      List<Channel> channels =
          s.getComplaintHandling().map(ComplaintHandling::getChannels).orElse(List.of());
      return channels.size() >= 2 && !channels.get(channels.size() - 1).equals(channels.get(0));
    }

    @Override
    ServiceStandard apply(ServiceStandard s) {
      ComplaintHandling handling = s.getComplaintHandling().orElseThrow();
      List<Channel> rest = handling.getChannels().subList(0, handling.getChannels().size() - 1);
      return ServiceStandard.builder()
          .from(s)
          .setComplaintHandling(
              ComplaintHandling.builder().from(handling).setChannels(rest).build())
          .build();
    }

    @Override
    void assertValues(ServiceStandard a, ServiceStandard b, Change change) {
      assertThat(change.effect()).isEqualTo(Effect.BURDENS);
      List<Channel> channels = a.getComplaintHandling().orElseThrow().getChannels();
      Channel removed = channels.get(channels.size() - 1);
      assertThat(change.before())
          .hasValueSatisfying(json -> assertThat(json).contains(removed.getKind().name()));
      assertThat(change.after()).isEmpty();
    }
  },
  LOWER_FEE(ChangeKind.CHANGED, Meaning.FEE_LOWERED, "/fee/items/") {
    @Override
    boolean applies(ServiceStandard s) {
      return s.getFee()
          .filter(f -> !f.isFree())
          .map(Mutation::pricedIndex)
          .filter(i -> i >= 0)
          .filter(
              i -> s.getFee().get().getItems().get(i).getAmount().orElseThrow().getAmount() >= 2)
          .isPresent();
    }

    @Override
    ServiceStandard apply(ServiceStandard s) {
      Fee fee = s.getFee().orElseThrow();
      int i = pricedIndex(fee);
      List<FeeItem> items = new ArrayList<>(fee.getItems());
      FeeItem item = items.get(i);
      long amount = item.getAmount().orElseThrow().getAmount();
      items.set(i, FeeItem.builder().from(item).setAmount(Rupiah.of(amount / 2)).build());
      return ServiceStandard.builder()
          .from(s)
          .setFee(Fee.builder().from(fee).setItems(items).build())
          .build();
    }

    @Override
    void assertValues(ServiceStandard a, ServiceStandard b, Change change) {
      assertThat(change.effect()).isEqualTo(Effect.RELIEVES);
      Fee fee = a.getFee().orElseThrow();
      long amount = fee.getItems().get(pricedIndex(fee)).getAmount().orElseThrow().getAmount();
      assertThat(change.before())
          .hasValueSatisfying(json -> assertThat(json).contains(String.valueOf(amount)));
      assertThat(change.after())
          .hasValueSatisfying(json -> assertThat(json).contains(String.valueOf(amount / 2)));
    }
  },
  ADD_STEP(ChangeKind.ADDED, Meaning.STEP_ADDED, "/procedure/steps/") {
    @Override
    boolean applies(ServiceStandard s) {
      return s.getProcedure()
          .filter(
              p ->
                  p.getSteps().stream()
                      .noneMatch(
                          step ->
                              step.getDescription().equals(NEW_STEP)
                                  || step.getId().equals(Optional.of("langkah-uji"))))
          .isPresent();
    }

    @Override
    ServiceStandard apply(ServiceStandard s) {
      Procedure procedure = s.getProcedure().orElseThrow();
      List<ProcedureStep> steps = new ArrayList<>(procedure.getSteps());
      steps.add(
          ProcedureStep.builder()
              .setId("langkah-uji")
              .setNumber(steps.size() + 1)
              .setDescription(NEW_STEP)
              .build());
      return ServiceStandard.builder()
          .from(s)
          .setProcedure(Procedure.builder().from(procedure).setSteps(steps).build())
          .build();
    }

    @Override
    void assertValues(ServiceStandard a, ServiceStandard b, Change change) {
      assertThat(change.effect()).isEqualTo(Effect.NEUTRAL);
      assertThat(change.before()).isEmpty();
      assertThat(change.after()).hasValueSatisfying(json -> assertThat(json).contains(NEW_STEP));
      assertThat(change.pointer().toString())
          .isEqualTo("/procedure/steps/" + a.getProcedure().orElseThrow().getSteps().size());
    }
  },
  REMOVE_FACILITY(ChangeKind.REMOVED, Meaning.FACILITY_REMOVED, "/facilities/") {
    @Override
    boolean applies(ServiceStandard s) {
      return !s.getFacilities().isEmpty();
    }

    @Override
    ServiceStandard apply(ServiceStandard s) {
      return ServiceStandard.builder()
          .from(s)
          .setFacilities(s.getFacilities().subList(0, s.getFacilities().size() - 1))
          .build();
    }
  };

  static final String NEW_REQUIREMENT = "Surat keterangan tambahan untuk uji perbandingan";

  static final String NEW_STEP = "Langkah tambahan untuk uji perbandingan";

  /** The kind reported, or null where it depends on the standard (a fee added or changed). */
  final ChangeKind kind;

  /** The meaning reported, or null for an edit that must report nothing. */
  final Meaning expected;

  /** How the pointer of the change starts, below the standard. */
  final String pointerPrefix;

  Mutation(ChangeKind kind, Meaning expected, String pointerPrefix) {
    this.kind = kind;
    this.expected = expected;
    this.pointerPrefix = pointerPrefix;
  }

  abstract boolean applies(ServiceStandard s);

  abstract ServiceStandard apply(ServiceStandard s);

  /**
   * Checks the values the change reports before and after, for the edits that know them.
   *
   * @param a the standard before
   * @param b the standard after the edit
   * @param change the one change reported
   */
  void assertValues(ServiceStandard a, ServiceStandard b, Change change) {}

  private static Optional<TimeSpan> maximum(ServiceStandard s) {
    return s.getCompletionTime().flatMap(CompletionTime::getMaximum);
  }

  private static ServiceStandard withMaximum(ServiceStandard s, TimeSpan maximum) {
    CompletionTime time = s.getCompletionTime().orElseThrow();
    return ServiceStandard.builder()
        .from(s)
        .setCompletionTime(CompletionTime.builder().from(time).setMaximum(maximum).build())
        .build();
  }

  /** The same time in other units, with the standard working time (450 minutes a day). */
  private static Optional<TimeSpan> restated(TimeSpan t) {
    int a = t.getAmount();
    if (a == 0 || a > 1_000_000) {
      return Optional.empty();
    }
    return switch (t.getUnit()) {
      case HOURS -> Optional.of(TimeSpan.ofMinutes(a * 60));
      case WORKING_DAYS -> Optional.of(TimeSpan.ofMinutes(a * 450));
      case WEEKS -> Optional.of(TimeSpan.of(a * 7, DurationUnit.CALENDAR_DAYS));
      case MINUTES -> a % 60 == 0 ? Optional.of(TimeSpan.ofHours(a / 60)) : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static boolean atNoCost(FeeItem item) {
    return item.getAmount().filter(r -> r.getAmount() == 0).isPresent();
  }

  /** The first item with an amount above zero whose name no other item has, or -1. */
  private static int pricedIndex(Fee fee) {
    List<FeeItem> items = fee.getItems();
    for (int i = 0; i < items.size(); i++) {
      FeeItem item = items.get(i);
      String name = item.getName();
      boolean unique = items.stream().filter(x -> x.getName().equalsIgnoreCase(name)).count() == 1;
      if (unique
          && item.getAmount()
              .filter(r -> r.getAmount() > 0 && r.getAmount() < 1_000_000_000L)
              .isPresent()) {
        return i;
      }
    }
    return -1;
  }
}
