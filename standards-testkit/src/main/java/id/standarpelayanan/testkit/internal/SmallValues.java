package id.standarpelayanan.testkit.internal;

import id.standarpelayanan.model.ChannelKind;
import id.standarpelayanan.model.DurationUnit;
import id.standarpelayanan.model.ImmutablePublication;
import id.standarpelayanan.model.ImmutableServiceHours;
import id.standarpelayanan.model.ImmutableServicePeriod;
import id.standarpelayanan.model.Occasion;
import id.standarpelayanan.model.Publication;
import id.standarpelayanan.model.PublicationMedium;
import id.standarpelayanan.model.Rupiah;
import id.standarpelayanan.model.ServiceHours;
import id.standarpelayanan.model.ServicePeriod;
import id.standarpelayanan.model.SocialPlatform;
import id.standarpelayanan.model.SpecialHours;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.model.TimeWindow;
import id.standarpelayanan.model.WorkingTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * The small values the other generators share: text from the vocabulary, ids, time spans, amounts,
 * channel addresses, service hours, publications and dates before a reference day.
 */
public final class SmallValues {

  /** The kinds one phone number serves together. */
  private static final Set<ChannelKind> PHONE_KINDS =
      EnumSet.of(ChannelKind.PHONE, ChannelKind.SMS, ChannelKind.WHATSAPP);

  /** The kinds that may be at the provider's own address. */
  static final Set<ChannelKind> DESK_KINDS =
      EnumSet.of(ChannelKind.IN_PERSON, ChannelKind.SUGGESTION_BOX);

  private SmallValues() {}

  /**
   * Returns text from a pool, sometimes followed by a Unicode phrase.
   *
   * @param pool the phrases
   * @return the text
   */
  public static Arbitrary<String> text(List<String> pool) {
    return Combinators.combine(
            Arbitraries.of(pool), Arbitraries.of(Vocabulary.UNICODE).optional(0.15))
        .as((phrase, unicode) -> unicode.map(u -> phrase + " — " + u).orElse(phrase));
  }

  /**
   * Returns identifiers of the model's format, short and readable.
   *
   * @return the ids
   */
  public static Arbitrary<String> ids() {
    return Combinators.combine(
            Arbitraries.of("layanan", "izin", "rekomendasi", "legalisasi", "informasi"),
            Arbitraries.integers().between(1, 999))
        .as((word, n) -> word + "-" + n);
  }

  // ------------------------------------------------------------------ small values

  /**
   * Returns time spans of every unit, from zero upwards.
   *
   * @return the spans
   */
  public static Arbitrary<TimeSpan> timeSpans() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 500), Arbitraries.of(DurationUnit.class))
        .as(TimeSpan::of);
  }

  /**
   * Returns amounts in whole rupiah, including zero and the large end.
   *
   * @return the amounts
   */
  public static Arbitrary<Rupiah> rupiahs() {
    return Arbitraries.longs().between(0, 1_000_000_000_000L).map(Rupiah::of);
  }

  /**
   * Returns working-time calendars.
   *
   * @return the calendars
   */
  public static Arbitrary<WorkingTime> workingTimes() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 1440), Arbitraries.integers().between(1, 7))
        .as(
            (minutes, days) ->
                WorkingTime.builder().setMinutesPerDay(minutes).setDaysPerWeek(days).build());
  }

  /**
   * Returns a plausible address for a channel of the given kind.
   *
   * @param kind the kind
   * @return addresses the rule engine accepts for it
   */
  public static Arbitrary<String> address(ChannelKind kind) {
    Arbitrary<Integer> digits = Arbitraries.integers().between(1000, 9999);
    return switch (kind) {
      case EMAIL ->
          Arbitraries.of("ptsp", "pengaduan", "layanan", "humas")
              .map(u -> u + ".aceh@kemenag.go.id");
      case PHONE -> digits.map(d -> "(0651) 2" + d);
      case WHATSAPP, SMS -> digits.map(d -> "+62 811-68" + (d % 100) + "-" + d);
      case WEBSITE ->
          Arbitraries.of("https://aceh.kemenag.go.id", "https://ptsp.aceh.kemenag.go.id/pengaduan");
      case SP4N_LAPOR -> Arbitraries.just("https://www.lapor.go.id");
      case SOCIAL_MEDIA -> Arbitraries.of("@kemenagaceh", "https://www.instagram.com/kemenagaceh");
      case APP -> Arbitraries.of("SP4N LAPOR", "PUSAKA Kemenag", "Mobile JKN");
      case SUGGESTION_BOX, IN_PERSON, LETTER, OTHER -> Arbitraries.of(Vocabulary.PLACES);
    };
  }

  /**
   * Returns a plausible address for a channel of the given kind on the given social-media platform:
   * the platform's URL or a handle for a {@link ChannelKind#SOCIAL_MEDIA} account.
   *
   * @param kind the kind
   * @param platform the platform, if the document names one
   * @return addresses the rule engine accepts for the kind
   */
  public static Arbitrary<String> address(ChannelKind kind, Optional<SocialPlatform> platform) {
    if (kind != ChannelKind.SOCIAL_MEDIA || platform.isEmpty()) {
      return address(kind);
    }
    return switch (platform.get()) {
      case FACEBOOK -> Arbitraries.just("https://www.facebook.com/kemenagaceh");
      case INSTAGRAM -> Arbitraries.of("@kemenagaceh", "https://www.instagram.com/kemenagaceh");
      case X -> Arbitraries.of("@kemenagaceh", "https://x.com/kemenagaceh");
      case YOUTUBE -> Arbitraries.just("https://www.youtube.com/@kemenagaceh");
      case TIKTOK -> Arbitraries.just("@kemenagaceh");
      case TELEGRAM -> Arbitraries.just("https://t.me/kemenagaceh");
      case OTHER -> Arbitraries.just("@ptspkemenagaceh");
    };
  }

  /**
   * Returns the further kinds a channel's address may serve: the other phone kinds for a phone
   * number (one number for phone, SMS and WhatsApp), none otherwise.
   */
  static Arbitrary<Set<ChannelKind>> additionalKinds(ChannelKind kind) {
    if (!PHONE_KINDS.contains(kind)) {
      return Arbitraries.just(Set.of());
    }
    EnumSet<ChannelKind> others = EnumSet.copyOf(PHONE_KINDS);
    others.remove(kind);
    return Arbitraries.subsetOf(others);
  }

  static Arbitrary<Optional<SocialPlatform>> platforms(ChannelKind kind) {
    return kind == ChannelKind.SOCIAL_MEDIA
        ? Arbitraries.of(SocialPlatform.class).optional(0.85)
        : Arbitraries.just(Optional.empty());
  }

  /**
   * Returns times of day on the quarter hour, from {@code from} to {@code to} inclusive.
   *
   * @param from the earliest, e.g. {@code 07:00}
   * @param to the latest
   * @return the times
   */
  private static Arbitrary<LocalTime> quarterHours(LocalTime from, LocalTime to) {
    int first = from.toSecondOfDay() / 900;
    return Arbitraries.integers()
        .between(0, to.toSecondOfDay() / 900 - first)
        .map(q -> from.plusMinutes(15L * q));
  }

  /**
   * Returns midday breaks (istirahat): starting between 11:30 and 12:30, lasting half an hour to an
   * hour and a half, so they end after they start and by 14:00.
   *
   * @return the windows
   */
  public static Arbitrary<TimeWindow> timeWindows() {
    return Combinators.combine(
            quarterHours(LocalTime.of(11, 30), LocalTime.of(12, 30)), Arbitraries.of(60, 30, 90))
        .as((start, minutes) -> TimeWindow.of(start, start.plusMinutes(minutes)));
  }

  /**
   * Returns opening hours on any set of days (possibly none, as in a draft): opening between 07:00
   * and 09:00 and closing between 14:00 and 17:00, so a period opens before it closes and its break
   * lies within it; each part present or absent.
   *
   * @return the periods
   */
  public static Arbitrary<ServicePeriod> servicePeriods() {
    return Builders.withBuilder(ImmutableServicePeriod::builder)
        .use(Arbitraries.subsetOf(DayOfWeek.values()))
        .in(ImmutableServicePeriod.Builder::setDays)
        .use(quarterHours(LocalTime.of(7, 0), LocalTime.of(9, 0)))
        .withProbability(0.8)
        .in(ImmutableServicePeriod.Builder::setOpens)
        .use(quarterHours(LocalTime.of(14, 0), LocalTime.of(17, 0)))
        .withProbability(0.8)
        .in(ImmutableServicePeriod.Builder::setCloses)
        .use(timeWindows().list().ofMaxSize(1))
        .in(ImmutableServicePeriod.Builder::setBreaks)
        .use(text(Vocabulary.PERIOD_NOTES))
        .withProbability(0.45)
        .in(ImmutableServicePeriod.Builder::setDescription)
        .build(ImmutableServicePeriod.Builder::build);
  }

  /**
   * Returns special hours of every occasion: closed (then without periods) or with periods of their
   * own.
   *
   * @return the special hours
   */
  public static Arbitrary<SpecialHours> specialHours() {
    return Combinators.combine(
            Arbitraries.of(Occasion.class),
            Arbitraries.of(false, true),
            servicePeriods().list().ofMaxSize(2),
            text(Vocabulary.OCCASION_NOTES).optional(0.5))
        .as(
            (occasion, closed, periods, note) ->
                SpecialHours.builder()
                    .setOccasion(occasion)
                    .setClosed(closed)
                    .setPeriods(closed ? List.of() : periods)
                    .setDescription(note)
                    .build());
  }

  /**
   * Returns service hours (jam pelayanan), parts present or absent.
   *
   * @return the hours
   */
  public static Arbitrary<ServiceHours> serviceHours() {
    return Builders.withBuilder(ImmutableServiceHours::builder)
        .use(servicePeriods().list().ofMaxSize(3))
        .in(ImmutableServiceHours.Builder::setPeriods)
        .use(specialHours().list().ofMaxSize(2))
        .in(ImmutableServiceHours.Builder::setSpecialHours)
        .use(text(Vocabulary.HOURS_NOTES))
        .withProbability(0.4)
        .in(ImmutableServiceHours.Builder::setDescription)
        .build(ImmutableServiceHours.Builder::build);
  }

  /**
   * Returns the hours of a civil-service office: Monday to Thursday and Friday with their breaks,
   * opening before closing, sometimes with Ramadan hours and holidays closed.
   *
   * @return the hours
   */
  static Arbitrary<ServiceHours> officeHours() {
    Arbitrary<LocalTime> opens = quarterHours(LocalTime.of(7, 30), LocalTime.of(8, 30));
    Arbitrary<ServicePeriod> weekdays =
        Combinators.combine(opens, quarterHours(LocalTime.of(15, 30), LocalTime.of(16, 30)))
            .as(
                (open, close) ->
                    ServicePeriod.builder()
                        .setDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY))
                        .setOpens(open)
                        .setCloses(close)
                        .addBreak(TimeWindow.of(LocalTime.of(12, 0), LocalTime.of(13, 0)))
                        .build());
    Arbitrary<ServicePeriod> friday =
        Combinators.combine(opens, quarterHours(LocalTime.of(16, 0), LocalTime.of(17, 0)))
            .as(
                (open, close) ->
                    ServicePeriod.builder()
                        .addDay(DayOfWeek.FRIDAY)
                        .setOpens(open)
                        .setCloses(close)
                        .addBreak(TimeWindow.of(LocalTime.of(11, 30), LocalTime.of(14, 0)))
                        .build());
    SpecialHours ramadan =
        SpecialHours.builder()
            .setOccasion(Occasion.RAMADAN)
            .addPeriod(
                ServicePeriod.builder()
                    .setDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))
                    .setOpens(LocalTime.of(8, 0))
                    .setCloses(LocalTime.of(15, 0))
                    .addBreak(TimeWindow.of(LocalTime.of(12, 0), LocalTime.of(12, 30)))
                    .build())
            .build();
    SpecialHours holidays =
        SpecialHours.builder().setOccasion(Occasion.PUBLIC_HOLIDAY).setClosed(true).build();
    SpecialHours leave =
        SpecialHours.builder().setOccasion(Occasion.COLLECTIVE_LEAVE).setClosed(true).build();
    return Combinators.combine(
            weekdays,
            friday,
            Arbitraries.subsetOf(ramadan, holidays, leave),
            Arbitraries.of(Vocabulary.HOURS_NOTES).optional(0.4))
        .as(
            (mondayToThursday, onFriday, special, note) ->
                ServiceHours.builder()
                    .addPeriods(mondayToThursday, onFriday)
                    .setSpecialHours(
                        special.stream()
                            .sorted(Comparator.comparing(SpecialHours::getOccasion))
                            .toList())
                    .setDescription(note)
                    .build());
  }

  /**
   * Returns a plausible place for a publication in the given medium.
   *
   * @param medium the medium
   * @return the addresses
   */
  private static Arbitrary<String> publicationAddress(PublicationMedium medium) {
    return switch (medium) {
      case WEBSITE ->
          Arbitraries.of(
              "https://aceh.kemenag.go.id/standar-pelayanan", "https://ptsp.aceh.kemenag.go.id");
      case NOTICE_BOARD ->
          Arbitraries.of(
              "Papan informasi ruang tunggu PTSP", "Banner standar pelayanan di lobi kantor");
      case SIPPN -> Arbitraries.just("https://sippn.menpan.go.id");
      case PUBLIC_SERVICE_MALL ->
          Arbitraries.just("Gerai Kementerian Agama di Mal Pelayanan Publik");
      case BROCHURE -> Arbitraries.just("Leaflet di meja informasi PTSP");
      case SOCIAL_MEDIA -> Arbitraries.of("@kemenagaceh", "https://www.instagram.com/kemenagaceh");
      case OTHER -> Arbitraries.just("Videotron di halaman kantor");
    };
  }

  /**
   * Returns publications in every medium, dated before {@code asOf}, parts present or absent.
   *
   * @param asOf the reference date
   * @return the publications
   */
  public static Arbitrary<Publication> publications(LocalDate asOf) {
    return Arbitraries.of(PublicationMedium.class)
        .flatMap(
            medium ->
                Builders.withBuilder(() -> ImmutablePublication.builder().setMedium(medium))
                    .use(publicationAddress(medium))
                    .withProbability(0.8)
                    .in(ImmutablePublication.Builder::setAddress)
                    .use(daysBefore(asOf, 0, 700))
                    .withProbability(0.7)
                    .in(ImmutablePublication.Builder::setDate)
                    .use(text(Vocabulary.PUBLICATION_NOTES))
                    .withProbability(0.3)
                    .in(ImmutablePublication.Builder::setDescription)
                    .build(ImmutablePublication.Builder::build));
  }

  static Arbitrary<LocalDate> daysBefore(LocalDate asOf, int min, int max) {
    return Arbitraries.integers().between(min, max).map(asOf::minusDays);
  }
}
