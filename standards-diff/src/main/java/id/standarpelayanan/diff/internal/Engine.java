package id.standarpelayanan.diff.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import id.standarpelayanan.diff.Change;
import id.standarpelayanan.diff.ChangeKind;
import id.standarpelayanan.diff.Meaning;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.model.WorkingTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Compares two canonical JSON trees (a catalogue's or a standard's, as {@code StandardsJson} writes
 * them) with the model's meaning: lists matched by {@link Matching}, times and fees by value, the
 * effect of each change from where it is. Immutable and thread-safe; one {@link Run} per call.
 */
public final class Engine {

  private static final Set<String> NONE = Set.of();
  private static final Set<String> COMPLETION_PARTS = Set.of("maximum", "maximumPlus");

  private final WorkingTime workingTime;

  /**
   * Makes an engine.
   *
   * @param workingTime the working time that converts units
   */
  public Engine(WorkingTime workingTime) {
    this.workingTime = Objects.requireNonNull(workingTime, "workingTime");
  }

  /**
   * Compares two catalogues: their own fields (the trees without standards) and their standards,
   * whose trees {@code a} and {@code b} make one at a time.
   *
   * @param headA the old catalogue's canonical JSON without its standards
   * @param headB the new one's
   * @param a the old catalogue's standards
   * @param b the new one's
   * @return the changes, in document order
   */
  List<Change> catalogs(JsonNode headA, JsonNode headB, Items a, Items b) {
    Run run = new Run();
    run.object(headA, headB, Pointer.root(), Pointer.root(), "", Set.of("standards"));
    Pointer list = Pointer.root().child("standards");
    run.standardsList(a, b, list, list);
    return List.copyOf(run.out);
  }

  /**
   * Compares two standards' trees.
   *
   * @param a the old standard's canonical JSON
   * @param b the new one's
   * @return the changes, in document order
   */
  public List<Change> standards(JsonNode a, JsonNode b) {
    Run run = new Run();
    run.service(a, b, Pointer.root(), Pointer.root());
    return List.copyOf(run.out);
  }

  /** One comparison: the changes found and the service being walked. */
  private final class Run {
    final List<Change> out = new ArrayList<>();
    boolean inService;
    Optional<String> oldId = Optional.empty();
    Optional<String> newId = Optional.empty();
    Optional<String> oldName = Optional.empty();
    Optional<String> newName = Optional.empty();

    void service(JsonNode a, JsonNode b, Pointer pa, Pointer pb) {
      boolean wasIn = inService;
      inService = true;
      oldId = text(a, "id");
      newId = text(b, "id");
      oldName = text(a, "name");
      newName = text(b, "name");
      Set<String> skip = NONE;
      if (!oldId.equals(newId)) {
        emit(
            ChangeKind.RENAMED,
            Meaning.SERVICE_RENAMED,
            "",
            pa,
            Values.identity(a),
            pb,
            Values.identity(b),
            true,
            true);
        skip = Set.of("id", "name");
      }
      object(a, b, pa, pb, "", skip);
      inService = wasIn;
      oldId = Optional.empty();
      newId = Optional.empty();
      oldName = Optional.empty();
      newName = Optional.empty();
    }

    void node(JsonNode a, JsonNode b, Pointer pa, Pointer pb, String ctx) {
      if (a.equals(b)) {
        return;
      }
      if (Values.isTimeSpan(a) && Values.isTimeSpan(b)) {
        times(List.of(Values.timeSpan(a)), List.of(Values.timeSpan(b)), pa, a, pb, b, ctx);
        return;
      }
      if (a.isObject() && b.isObject()) {
        if (ctx.equals("completionTime")) {
          completionTime(a, b, pa, pb, ctx);
        } else if (ctx.equals("fee")) {
          fee(a, b, pa, pb, ctx);
        } else if (ctx.endsWith("serviceHours")) {
          hours(a, b, pa, pb, ctx);
        } else {
          object(a, b, pa, pb, ctx, NONE);
        }
        return;
      }
      if (a.isArray() && b.isArray()) {
        array((ArrayNode) a, (ArrayNode) b, pa, pb, ctx);
        return;
      }
      emit(ChangeKind.CHANGED, scalarMeaning(a, b, ctx), ctx, pa, a, pb, b, true, true);
    }

    void object(JsonNode a, JsonNode b, Pointer pa, Pointer pb, String ctx, Set<String> skip) {
      for (Map.Entry<String, JsonNode> field : a.properties()) {
        String key = field.getKey();
        if (skip.contains(key) || positional(ctx, key)) {
          continue;
        }
        String inner = ctx.isEmpty() ? key : ctx + "/" + key;
        JsonNode other = b.get(key);
        if (other == null) {
          absent(field.getValue(), pa.child(key), pb.child(key), inner, true);
        } else {
          node(field.getValue(), other, pa.child(key), pb.child(key), inner);
        }
      }
      for (Map.Entry<String, JsonNode> field : b.properties()) {
        String key = field.getKey();
        if (a.has(key) || skip.contains(key) || positional(ctx, key)) {
          continue;
        }
        String inner = ctx.isEmpty() ? key : ctx + "/" + key;
        absent(field.getValue(), pa.child(key), pb.child(key), inner, false);
      }
    }

    /** A field present on one side only: a list's items one by one, any other value whole. */
    void absent(JsonNode value, Pointer pa, Pointer pb, String ctx, boolean removed) {
      if (value.isArray()) {
        ArrayNode empty = JsonNodeFactory.instance.arrayNode();
        if (removed) {
          array((ArrayNode) value, empty, pa, pb, ctx);
        } else {
          array(empty, (ArrayNode) value, pa, pb, ctx);
        }
        return;
      }
      Meaning meaning = Meaning.VALUE_SET;
      if (ctx.equals("fee") && Values.isPaid(value)) {
        meaning = Meaning.FEE_INTRODUCED;
      }
      if (removed) {
        emit(ChangeKind.REMOVED, meaning.inverse(), ctx, pa, value, pb, null, true, false);
      } else {
        emit(ChangeKind.ADDED, meaning, ctx, pa, null, pb, value, false, true);
      }
    }

    void standardsList(Items left, Items right, Pointer pa, Pointer pb) {
      Matching m = Matching.services(left, right);
      for (int i = 0; i < left.size(); i++) {
        int j = m.newOf(i);
        if (j >= 0) {
          service(left.get(i), right.get(j), pa.index(i), pb.index(j));
        } else {
          JsonNode withdrawn = left.get(i);
          withService(withdrawn, null);
          emit(
              ChangeKind.REMOVED,
              Meaning.SERVICE_WITHDRAWN,
              "",
              pa.index(i),
              withdrawn,
              pb,
              null,
              true,
              false);
          withService(null, null);
        }
      }
      for (int j = 0; j < right.size(); j++) {
        if (m.oldOf(j) < 0) {
          JsonNode added = right.get(j);
          withService(null, added);
          emit(
              ChangeKind.ADDED,
              Meaning.SERVICE_ADDED,
              "",
              pa,
              null,
              pb.index(j),
              added,
              false,
              true);
          withService(null, null);
        }
      }
      reorder(left, right, m, pa, pb, "standards");
    }

    void withService(JsonNode a, JsonNode b) {
      oldId = a == null ? Optional.empty() : text(a, "id");
      oldName = a == null ? Optional.empty() : text(a, "name");
      newId = b == null ? Optional.empty() : text(b, "id");
      newName = b == null ? Optional.empty() : text(b, "name");
    }

    void array(ArrayNode a, ArrayNode b, Pointer pa, Pointer pb, String ctx) {
      Items left = Items.of(a);
      Items right = Items.of(b);
      Matching m = Matching.items(left, right);
      for (int i = 0; i < a.size(); i++) {
        int j = m.newOf(i);
        if (j >= 0) {
          node(a.get(i), b.get(j), pa.index(i), pb.index(j), ctx);
        } else {
          Meaning added = addedMeaning(ctx, a.get(i));
          emit(
              ChangeKind.REMOVED,
              added.inverse(),
              ctx,
              pa.index(i),
              a.get(i),
              pb,
              null,
              true,
              false);
        }
      }
      for (int j = 0; j < b.size(); j++) {
        if (m.oldOf(j) < 0) {
          emit(
              ChangeKind.ADDED,
              addedMeaning(ctx, b.get(j)),
              ctx,
              pa,
              null,
              pb.index(j),
              b.get(j),
              false,
              true);
        }
      }
      reorder(left, right, m, pa, pb, ctx);
    }

    void reorder(Items a, Items b, Matching m, Pointer pa, Pointer pb, String ctx) {
      if (!m.reordered()) {
        return;
      }
      ArrayNode before = JsonNodeFactory.instance.arrayNode();
      ArrayNode after = JsonNodeFactory.instance.arrayNode();
      for (int i = 0; i < a.size(); i++) {
        if (m.newOf(i) >= 0) {
          before.add(a.label(i));
        }
      }
      for (int j = 0; j < b.size(); j++) {
        if (m.oldOf(j) >= 0) {
          after.add(b.label(j));
        }
      }
      Meaning meaning =
          ctx.equals("procedure/steps") ? Meaning.STEPS_REORDERED : Meaning.ITEMS_REORDERED;
      boolean service = inService;
      if (ctx.equals("standards")) {
        inService = false;
      }
      emit(ChangeKind.REORDERED, meaning, ctx, pa, before, pb, after, true, true);
      inService = service;
    }

    void completionTime(JsonNode a, JsonNode b, Pointer pa, Pointer pb, String ctx) {
      List<TimeSpan> partsA = Values.maximumParts(a);
      List<TimeSpan> partsB = Values.maximumParts(b);
      Pointer ma = pa.child("maximum");
      Pointer mb = pb.child("maximum");
      if (!partsA.isEmpty() && !partsB.isEmpty()) {
        times(partsA, partsB, ma, Values.partsNode(a), mb, Values.partsNode(b), ctx);
      } else if (!partsA.isEmpty()) {
        emit(
            ChangeKind.REMOVED,
            Meaning.VALUE_CLEARED,
            ctx,
            ma,
            Values.partsNode(a),
            mb,
            null,
            true,
            false);
      } else if (!partsB.isEmpty()) {
        emit(
            ChangeKind.ADDED,
            Meaning.VALUE_SET,
            ctx,
            ma,
            null,
            mb,
            Values.partsNode(b),
            false,
            true);
      }
      object(a, b, pa, pb, ctx, COMPLETION_PARTS);
    }

    void times(
        List<TimeSpan> a,
        List<TimeSpan> b,
        Pointer pa,
        JsonNode va,
        Pointer pb,
        JsonNode vb,
        String ctx) {
      OptionalInt order = workingTime.tryCompareTotals(a, b);
      if (order.isEmpty()) {
        emit(
            ChangeKind.CHANGED_NOT_COMPARABLE,
            Meaning.TIME_NOT_COMPARABLE,
            ctx,
            pa,
            va,
            pb,
            vb,
            true,
            true);
      } else if (order.getAsInt() != 0) {
        Meaning meaning = order.getAsInt() < 0 ? Meaning.TIME_LONGER : Meaning.TIME_SHORTER;
        emit(ChangeKind.CHANGED, meaning, ctx, pa, va, pb, vb, true, true);
      }
    }

    void fee(JsonNode a, JsonNode b, Pointer pa, Pointer pb, String ctx) {
      boolean paidA = Values.isPaid(a);
      boolean paidB = Values.isPaid(b);
      if (paidA != paidB) {
        Meaning meaning = paidB ? Meaning.FEE_INTRODUCED : Meaning.FEE_ABOLISHED;
        emit(ChangeKind.CHANGED, meaning, ctx, pa, a, pb, b, true, true);
        return;
      }
      // Free stated as free or as items at Rp 0 is the same fee: only the rest is compared.
      object(a, b, pa, pb, ctx, paidA ? NONE : Set.of("free", "items"));
    }

    void hours(JsonNode a, JsonNode b, Pointer pa, Pointer pb, String ctx) {
      JsonNode periodsA = a.path("periods");
      JsonNode periodsB = b.path("periods");
      if (periodsA.equals(periodsB)) {
        object(a, b, pa, pb, ctx, NONE);
        return;
      }
      OptionalLong weekA = weeklyMinutes(periodsA);
      OptionalLong weekB = weeklyMinutes(periodsB);
      Pointer qa = pa.child("periods");
      Pointer qb = pb.child("periods");
      if (weekA.isEmpty() || weekB.isEmpty()) {
        emit(
            ChangeKind.CHANGED_NOT_COMPARABLE,
            Meaning.HOURS_NOT_COMPARABLE,
            ctx,
            qa,
            periodsA,
            qb,
            periodsB,
            true,
            true);
      } else if (weekA.getAsLong() != weekB.getAsLong()) {
        Meaning meaning =
            weekB.getAsLong() < weekA.getAsLong() ? Meaning.HOURS_SHORTER : Meaning.HOURS_LONGER;
        emit(ChangeKind.CHANGED, meaning, ctx, qa, periodsA, qb, periodsB, true, true);
      } else {
        node(periodsA, periodsB, qa, qb, ctx + "/periods");
      }
      object(a, b, pa, pb, ctx, Set.of("periods"));
    }

    Meaning scalarMeaning(JsonNode a, JsonNode b, String ctx) {
      if (ctx.equals("fee/items/amount") && a.isIntegralNumber() && b.isIntegralNumber()) {
        return b.asLong() > a.asLong() ? Meaning.FEE_RAISED : Meaning.FEE_LOWERED;
      }
      if (ctx.equals("requirements/mandatory") && a.isBoolean() && b.isBoolean()) {
        return b.asBoolean()
            ? Meaning.REQUIREMENT_MADE_MANDATORY
            : Meaning.REQUIREMENT_MADE_OPTIONAL;
      }
      if (a.isTextual() && b.isTextual() && (Values.isProse(a) || Values.isProse(b))) {
        return Meaning.REWORDED;
      }
      return Meaning.VALUE_CHANGED;
    }

    Meaning addedMeaning(String ctx, JsonNode item) {
      return switch (ctx) {
        case "requirements" -> Meaning.REQUIREMENT_ADDED;
        case "deliveryChannels", "complaintHandling/channels" -> Meaning.CHANNEL_ADDED;
        case "facilities" -> Meaning.FACILITY_ADDED;
        case "facilities/vulnerableGroups" -> Meaning.VULNERABLE_GROUP_ADDED;
        case "procedure/steps" -> Meaning.STEP_ADDED;
        case "fee/items" -> Values.isPricedItem(item) ? Meaning.FEE_INTRODUCED : Meaning.ITEM_ADDED;
        default -> Meaning.ITEM_ADDED;
      };
    }

    void emit(
        ChangeKind kind,
        Meaning meaning,
        String ctx,
        Pointer pa,
        JsonNode va,
        Pointer pb,
        JsonNode vb,
        boolean hasOld,
        boolean hasNew) {
      Change.Builder change = Change.builder(kind, meaning);
      if (inService) {
        int slash = ctx.indexOf('/');
        change.component(Component.ofProperty(slash < 0 ? ctx : ctx.substring(0, slash)));
      }
      change.oldService(oldId, oldName).newService(newId, newName);
      if (hasOld) {
        change.before(pa, Values.json(va));
      }
      if (hasNew) {
        change.after(pb, Values.json(vb));
      }
      out.add(change.build());
    }
  }

  /** A step's number is its position: a change of position is the reorder, reported once. */
  private static boolean positional(String ctx, String key) {
    return ctx.equals("procedure/steps") && key.equals("number");
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  private OptionalLong weeklyMinutes(JsonNode periods) {
    if (!periods.isArray()) {
      return OptionalLong.of(0);
    }
    long total = 0;
    for (JsonNode period : periods) {
      Optional<LocalTime> opens = time(period.get("opens"));
      Optional<LocalTime> closes = time(period.get("closes"));
      if (opens.isEmpty() || closes.isEmpty()) {
        return OptionalLong.empty();
      }
      long minutes = minutesBetween(opens.get(), closes.get());
      for (JsonNode pause : period.path("breaks")) {
        Optional<LocalTime> start = time(pause.get("start"));
        Optional<LocalTime> end = time(pause.get("end"));
        if (start.isEmpty() || end.isEmpty()) {
          return OptionalLong.empty();
        }
        minutes -= minutesBetween(start.get(), end.get());
      }
      total += minutes * period.path("days").size();
    }
    return OptionalLong.of(total);
  }

  private static long minutesBetween(LocalTime from, LocalTime to) {
    return (to.toSecondOfDay() - from.toSecondOfDay()) / 60L;
  }

  private static Optional<LocalTime> time(JsonNode node) {
    if (node == null || !node.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalTime.parse(node.asText()));
    } catch (DateTimeParseException notATime) {
      return Optional.empty();
    }
  }
}
