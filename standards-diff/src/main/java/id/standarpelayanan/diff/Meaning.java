package id.standarpelayanan.diff;

import id.standarpelayanan.diff.internal.Texts;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The specific meaning of a change, where the model gives it one; each meaning has one {@link
 * Effect} and one inverse (the meaning of the same change read from new to old).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Meaning {
  /**
   * A service added to the catalogue; to be judged: whether it burdens depends on what the new
   * service asks (and whether it takes over one withdrawn).
   */
  SERVICE_ADDED(Effect.UNDETERMINED),
  /**
   * A service withdrawn from the catalogue (no longer provided by this provider); to be judged: the
   * public may lose it, or find it elsewhere (another provider, another service of the catalogue).
   */
  SERVICE_WITHDRAWN(Effect.UNDETERMINED),
  /** A service whose id changed, matched by its name and content. */
  SERVICE_RENAMED(Effect.NEUTRAL),
  /** A requirement added. */
  REQUIREMENT_ADDED(Effect.BURDENS),
  /** A requirement removed. */
  REQUIREMENT_REMOVED(Effect.RELIEVES),
  /** A requirement that was optional (conditional) became mandatory. */
  REQUIREMENT_MADE_MANDATORY(Effect.BURDENS),
  /** A mandatory requirement became optional (conditional). */
  REQUIREMENT_MADE_OPTIONAL(Effect.RELIEVES),
  /** A time (completion time, a step's duration, an extension) got longer. */
  TIME_LONGER(Effect.BURDENS),
  /** A time got shorter. */
  TIME_SHORTER(Effect.RELIEVES),
  /**
   * A time restated in units whose order depends on the calendar (20 working days against a month;
   * 14 working days against a month is {@link #TIME_LONGER}, the bounds decide it).
   */
  TIME_NOT_COMPARABLE(Effect.UNDETERMINED),
  /** A fee where the service was free, or a new priced item. */
  FEE_INTRODUCED(Effect.BURDENS),
  /** A fee abolished: the service became free, or a priced item was removed. */
  FEE_ABOLISHED(Effect.RELIEVES),
  /** A tariff raised. */
  FEE_RAISED(Effect.BURDENS),
  /** A tariff lowered. */
  FEE_LOWERED(Effect.RELIEVES),
  /** A delivery or complaint channel added. */
  CHANNEL_ADDED(Effect.RELIEVES),
  /** A delivery or complaint channel removed. */
  CHANNEL_REMOVED(Effect.BURDENS),
  /** A facility added. */
  FACILITY_ADDED(Effect.RELIEVES),
  /** A facility removed. */
  FACILITY_REMOVED(Effect.BURDENS),
  /** A facility now also serves a vulnerable group. */
  VULNERABLE_GROUP_ADDED(Effect.RELIEVES),
  /** A facility no longer serves a vulnerable group. */
  VULNERABLE_GROUP_REMOVED(Effect.BURDENS),
  /** The service hours got longer (more open minutes in a week). */
  HOURS_LONGER(Effect.RELIEVES),
  /** The service hours got shorter. */
  HOURS_SHORTER(Effect.BURDENS),
  /** The service hours changed in a way that cannot be measured (opening or closing not stated). */
  HOURS_NOT_COMPARABLE(Effect.UNDETERMINED),
  /** A procedure step added. */
  STEP_ADDED(Effect.NEUTRAL),
  /** A procedure step removed. */
  STEP_REMOVED(Effect.NEUTRAL),
  /** The procedure's steps in another order (one change for the whole reorder). */
  STEPS_REORDERED(Effect.NEUTRAL),
  /** The items of another list in another order. */
  ITEMS_REORDERED(Effect.NEUTRAL),
  /** An item added to another list. */
  ITEM_ADDED(Effect.NEUTRAL),
  /** An item removed from another list. */
  ITEM_REMOVED(Effect.NEUTRAL),
  /** A field stated that was not. */
  VALUE_SET(Effect.NEUTRAL),
  /** A field no longer stated. */
  VALUE_CLEARED(Effect.NEUTRAL),
  /** A text worded differently. */
  REWORDED(Effect.NEUTRAL),
  /** Another value (a number, a date, an enumerated value, a flag). */
  VALUE_CHANGED(Effect.NEUTRAL);

  private final Effect effect;

  Meaning(Effect effect) {
    this.effect = effect;
  }

  /**
   * Returns the effect of a change with this meaning on the public.
   *
   * @return the effect
   */
  public Effect effect() {
    return effect;
  }

  /**
   * Returns the meaning of the inverse change (read from new to old).
   *
   * @return for example {@link #TIME_SHORTER} for {@link #TIME_LONGER}
   */
  public Meaning inverse() {
    return switch (this) {
      case SERVICE_ADDED -> SERVICE_WITHDRAWN;
      case SERVICE_WITHDRAWN -> SERVICE_ADDED;
      case REQUIREMENT_ADDED -> REQUIREMENT_REMOVED;
      case REQUIREMENT_REMOVED -> REQUIREMENT_ADDED;
      case REQUIREMENT_MADE_MANDATORY -> REQUIREMENT_MADE_OPTIONAL;
      case REQUIREMENT_MADE_OPTIONAL -> REQUIREMENT_MADE_MANDATORY;
      case TIME_LONGER -> TIME_SHORTER;
      case TIME_SHORTER -> TIME_LONGER;
      case FEE_INTRODUCED -> FEE_ABOLISHED;
      case FEE_ABOLISHED -> FEE_INTRODUCED;
      case FEE_RAISED -> FEE_LOWERED;
      case FEE_LOWERED -> FEE_RAISED;
      case CHANNEL_ADDED -> CHANNEL_REMOVED;
      case CHANNEL_REMOVED -> CHANNEL_ADDED;
      case FACILITY_ADDED -> FACILITY_REMOVED;
      case FACILITY_REMOVED -> FACILITY_ADDED;
      case VULNERABLE_GROUP_ADDED -> VULNERABLE_GROUP_REMOVED;
      case VULNERABLE_GROUP_REMOVED -> VULNERABLE_GROUP_ADDED;
      case HOURS_LONGER -> HOURS_SHORTER;
      case HOURS_SHORTER -> HOURS_LONGER;
      case STEP_ADDED -> STEP_REMOVED;
      case STEP_REMOVED -> STEP_ADDED;
      case ITEM_ADDED -> ITEM_REMOVED;
      case ITEM_REMOVED -> ITEM_ADDED;
      case VALUE_SET -> VALUE_CLEARED;
      case VALUE_CLEARED -> VALUE_SET;
      default -> this;
    };
  }

  /**
   * Returns the label of this meaning in the language of {@code locale}: English for an English
   * locale, Indonesian for any other.
   *
   * @param locale the locale
   * @return the label, for example "Persyaratan ditambah"
   */
  public String label(Locale locale) {
    return Texts.of(Objects.requireNonNull(locale, "locale")).text("meaning." + name());
  }
}
