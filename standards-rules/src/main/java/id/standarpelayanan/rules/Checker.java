package id.standarpelayanan.rules;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Languages;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.internal.Collector;
import id.standarpelayanan.rules.internal.Pointers;
import id.standarpelayanan.rules.internal.RuleFailure;
import id.standarpelayanan.rules.internal.Scoring;
import id.standarpelayanan.rules.internal.Structure;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * The checker (pemeriksa): applies the model's structural constraints and a {@link Profile}'s rules
 * to a catalogue or a standard, and reports in one language.
 *
 * <p>Example: {@code QuickStart} in the {@code examples} module ({@code
 * examples/src/main/java/id/standarpelayanan/examples/QuickStart.java}), run by {@code
 * ExamplesTest}: it checks a draft and prints its findings.
 *
 * <p>Build it once and share it: a checker is immutable and thread-safe, and checking costs no I/O.
 * {@link #check(StandardsCatalog)} reports pointers into the catalogue ({@code /standards/2/fee});
 * {@link #check(ServiceStandard)} checks one standard alone, without the catalogue rules, with
 * pointers relative to it ({@code /fee}).
 *
 * <p>A rule that fails does not stop a check: what it throws (an exception, or an {@link Error}
 * other than a {@link VirtualMachineError}) becomes a finding {@value #RULE_FAILED} and every other
 * rule and standard is checked. Out of memory and stack overflow reach the caller unchanged.
 */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public final class Checker {

  /**
   * The rule id of the finding that stands for a rule that failed: it threw an exception, or an
   * {@link Error} other than a {@link VirtualMachineError} (an {@link AssertionError}, a {@link
   * LinkageError}…), while checking. Severity {@link Severity#ERROR}, source {@link
   * FindingSource#RULE}, the pointer of the standard or catalogue being checked, no component; the
   * message names the failing rule and the type of what it threw (never its message or stack
   * trace); the arguments are the failing rule's id and that type's name. What the rule found
   * before it failed is reported as well, and every other rule and standard is checked.
   */
  public static final String RULE_FAILED = "sp.internal.rule-failed";

  /**
   * The earliest time a checker's clock may read: 1900-01-02T00:00:00Z, so that today's date is in
   * 1900 or later in every time zone.
   */
  public static final Instant EARLIEST_CLOCK = Instant.parse("1900-01-02T00:00:00Z");

  /**
   * The latest time a checker's clock may read: 9999-12-30T23:59:59Z, so that today's date, and a
   * profile's longest evaluation age counted from it, stay within what dates can hold.
   */
  public static final Instant LATEST_CLOCK = Instant.parse("9999-12-30T23:59:59Z");

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::ruleId)
          .thenComparing(Finding::path, Pointers.ORDER)
          .thenComparing(Finding::message)
          .thenComparing(Finding::severity)
          .thenComparing(Finding::source)
          .thenComparing(finding -> finding.arguments().toString());

  /** The pointer of a catalogue's list of standards. */
  private static final Pointer STANDARDS = Pointer.root().child("standards");

  private final Profile profile;
  private final Locale locale;
  private final Clock clock;
  private final Set<Component> required;
  private final List<Rule> rules;
  private final boolean structure;

  private Checker(Builder builder) {
    this.profile = builder.profile;
    this.structure = builder.structure;
    this.rules = profile.rules();
    this.locale = Languages.supported(builder.locale);
    this.clock = builder.clock;
    this.required = Scoring.required(profile);
  }

  /**
   * Returns a builder with the default profile ({@link Profile#law25Of2009()}), Indonesian and the
   * system clock in the default time zone.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the profile applied.
   *
   * @return the profile
   */
  public Profile profile() {
    return profile;
  }

  /**
   * Returns the language of the reports: {@link Locale#ENGLISH} or Indonesian.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns the clock that dates are judged by.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Checks a catalogue: its structure, the catalogue rules and each standard.
   *
   * @param catalog the catalogue
   * @return the report; a rule that fails (throws an exception, or an {@link Error} other than a
   *     {@link VirtualMachineError}) is reported as a finding {@value #RULE_FAILED} at the pointer
   *     of what it was checking, and the other rules and standards are checked as usual
   * @throws NullPointerException if {@code catalog} is null
   * @throws VirtualMachineError if the machine runs out of memory or stack while checking; never
   *     turned into a finding
   */
  public Report check(StandardsCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    return checkCatalog(catalog, Optional.empty());
  }

  /**
   * Checks a catalogue as an update of a previous version (pembaruan): as {@link
   * #check(StandardsCatalog)}, and the rules that compare two versions (the {@code sp.update.*}
   * rules, and any rule reading {@link RuleContext#previousCatalog()}) judge the change. Each
   * standard's rules see the previous catalogue's standard with the same id ({@link
   * RuleContext#previousStandard()}). Findings point into {@code current}; {@code previous} is not
   * checked itself, only compared.
   *
   * @param current the catalogue being checked, the newer version
   * @param previous the version it replaces
   * @return the report of {@code current}; without changes from {@code previous} it equals {@link
   *     #check(StandardsCatalog) check(current)} unless a rule judges the unchanged pair
   * @throws NullPointerException if an argument is null
   * @throws VirtualMachineError if the machine runs out of memory or stack while checking; never
   *     turned into a finding
   */
  public Report check(StandardsCatalog current, StandardsCatalog previous) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(previous, "previous");
    return checkCatalog(current, Optional.of(previous));
  }

  private Report checkCatalog(StandardsCatalog catalog, Optional<StandardsCatalog> previous) {
    LocalDate today = LocalDate.now(clock);
    List<ServiceStandard> standards = catalog.getStandards();
    List<Optional<ServiceStandard>> previousStandards = previousStandards(standards, previous);
    List<List<Finding>> perStandard = new ArrayList<>();
    standards.forEach(standard -> perStandard.add(new ArrayList<>()));
    List<Finding> own = new ArrayList<>();
    BiConsumer<Finding, Integer> place =
        (finding, index) ->
            (index < 0 || index >= perStandard.size() ? own : perStandard.get(index)).add(finding);

    if (structure) {
      Structure.check(catalog, locale, true)
          .forEach(finding -> place.accept(finding, standardIndex(finding.path())));
    }
    for (Rule rule : rules) {
      apply(
              rule,
              Pointer.root(),
              today,
              previous,
              Optional.empty(),
              context -> rule.check(catalog, context))
          .forEach(finding -> place.accept(finding, standardIndex(finding.path())));
      for (int i = 0; i < standards.size(); i++) {
        ServiceStandard standard = standards.get(i);
        perStandard
            .get(i)
            .addAll(
                apply(
                    rule,
                    STANDARDS.index(i),
                    today,
                    previous,
                    previousStandards.get(i),
                    context -> rule.check(standard, context)));
      }
    }

    own.sort(ORDER);
    List<Finding> findings = new ArrayList<>(own);
    List<StandardReport> reports = new ArrayList<>();
    long credits = 0;
    for (int i = 0; i < standards.size(); i++) {
      StandardReport report =
          standardReport(i, standards.get(i), STANDARDS.index(i).toString(), perStandard.get(i));
      reports.add(report);
      findings.addAll(report.findings());
      credits += Scoring.credits(report.componentStatus(), required);
    }
    Map<Component, CompletenessStatus> components =
        Scoring.aggregate(reports.stream().map(StandardReport::componentStatus).toList());
    int score =
        standards.isEmpty() ? 0 : Scoring.score(credits, 2L * required.size() * standards.size());
    return new Report(
        profile.name(),
        locale,
        findings,
        reports,
        components,
        Scoring.principles(components),
        score);
  }

  /**
   * Checks one standard alone: its structure and the standard rules, not the catalogue rules.
   * Pointers are relative to the standard.
   *
   * @param standard the standard
   * @return the report; a rule that fails is reported as a finding {@value #RULE_FAILED} (see
   *     {@link #check(StandardsCatalog)})
   * @throws NullPointerException if {@code standard} is null
   * @throws VirtualMachineError if the machine runs out of memory or stack while checking; never
   *     turned into a finding
   */
  public Report check(ServiceStandard standard) {
    Objects.requireNonNull(standard, "standard");
    return checkStandard(standard, Optional.empty());
  }

  /**
   * Checks one standard alone as an update of a previous version: as {@link
   * #check(ServiceStandard)}, and the rules that compare two versions judge the change ({@link
   * RuleContext#previousStandard()}; there is no previous catalogue). For a standard published on
   * its own, with its own decree. Pointers are relative to {@code current}.
   *
   * @param current the standard being checked, the newer version
   * @param previous the version it replaces
   * @return the report of {@code current}
   * @throws NullPointerException if an argument is null
   * @throws VirtualMachineError if the machine runs out of memory or stack while checking; never
   *     turned into a finding
   */
  public Report check(ServiceStandard current, ServiceStandard previous) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(previous, "previous");
    return checkStandard(current, Optional.of(previous));
  }

  private Report checkStandard(ServiceStandard standard, Optional<ServiceStandard> previous) {
    LocalDate today = LocalDate.now(clock);
    List<Finding> findings =
        new ArrayList<>(structure ? Structure.check(standard, locale, false) : List.of());
    for (Rule rule : rules) {
      findings.addAll(
          apply(
              rule,
              Pointer.root(),
              today,
              Optional.empty(),
              previous,
              context -> rule.check(standard, context)));
    }
    StandardReport report = standardReport(0, standard, "", findings);
    return new Report(
        profile.name(),
        locale,
        report.findings(),
        List.of(report),
        report.componentStatus(),
        report.principleStatus(),
        report.score());
  }

  private StandardReport standardReport(
      int index, ServiceStandard standard, String pointer, List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    Map<Component, CompletenessStatus> components = Scoring.components(standard, sorted);
    int score = Scoring.score(Scoring.credits(components, required), 2L * required.size());
    return new StandardReport(
        index,
        standard.getId(),
        pointer,
        sorted,
        components,
        Scoring.principles(components),
        score);
  }

  /**
   * Returns, for each standard, the previous catalogue's first standard with the same id; all empty
   * without a previous catalogue (then nothing is looked up: the plain check costs nothing more).
   */
  private static List<Optional<ServiceStandard>> previousStandards(
      List<ServiceStandard> standards, Optional<StandardsCatalog> previous) {
    if (previous.isEmpty()) {
      return Collections.nCopies(standards.size(), Optional.empty());
    }
    Map<String, ServiceStandard> byId = new HashMap<>();
    for (ServiceStandard old : previous.get().getStandards()) {
      old.getId().ifPresent(id -> byId.putIfAbsent(id, old));
    }
    List<Optional<ServiceStandard>> matched = new ArrayList<>(standards.size());
    for (ServiceStandard standard : standards) {
      matched.add(standard.getId().map(byId::get));
    }
    return matched;
  }

  private List<Finding> apply(
      Rule rule,
      Pointer prefix,
      LocalDate today,
      Optional<StandardsCatalog> previousCatalog,
      Optional<ServiceStandard> previousStandard,
      Consumer<RuleContext> check) {
    Collector collector =
        new Collector(rule, profile, locale, today, prefix, previousCatalog, previousStandard);
    try {
      check.accept(collector);
    } catch (VirtualMachineError e) {
      // Out of memory or stack: the machine's failure, not the document's; never a finding.
      throw e;
    } catch (Exception | Error e) {
      // A rule's own failure (a bug, a missing class, a failed assertion) must not cost the
      // report of the other rules and standards: it becomes a finding of its own. What it found
      // before it failed is kept.
      List<Finding> findings = new ArrayList<>(collector.findings());
      findings.add(RuleFailure.finding(rule, e, prefix, locale));
      return findings;
    }
    return collector.findings();
  }

  /**
   * Returns the index of the standard a catalogue pointer lies in, or -1 for the catalogue's own
   * parts.
   */
  private static int standardIndex(Pointer pointer) {
    if (pointer.size() > 1 && pointer.startsWith(STANDARDS)) {
      String index = pointer.token(1);
      if (Pointer.isIndex(index) && index.length() < 10) {
        return Integer.parseInt(index);
      }
    }
    return -1;
  }

  /** Builds a {@link Checker}. Not thread-safe; the checker it builds is. */
  public static final class Builder {

    private Profile profile = Profile.law25Of2009();
    private Locale locale = Languages.INDONESIAN;
    private Clock clock = Clock.systemDefaultZone();
    private boolean structure = true;

    private Builder() {}

    /**
     * Sets the profile.
     *
     * @param profile the profile
     * @return this builder
     */
    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Sets the language of messages: English for an English locale, Indonesian for any other.
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Sets the clock that gives today's date, for the rules on dates (evaluation age, years of
     * regulations). Use a fixed clock for reproducible reports. {@link #build()} refuses a clock
     * that reads a time outside {@link #EARLIEST_CLOCK} and {@link #LATEST_CLOCK} (such as {@code
     * Clock.fixed(Instant.MAX, …)}), where dates cannot be judged.
     *
     * @param clock the clock
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets whether structure (Bean Validation, tier 2) is checked along with the rules. On by
     * default; switch it off only when the application validates structure itself, e.g. with {@code
     * ModelValidation.validator()} in a form, to avoid doing it twice.
     *
     * @param enabled whether to run Bean Validation
     * @return this builder
     */
    public Builder structure(boolean enabled) {
      this.structure = enabled;
      return this;
    }

    /**
     * Builds the checker.
     *
     * @return the checker
     * @throws IllegalArgumentException if the clock reads a time before {@link #EARLIEST_CLOCK} or
     *     after {@link #LATEST_CLOCK}; the message gives the time read
     */
    public Checker build() {
      Instant now = clock.instant();
      if (now.isBefore(EARLIEST_CLOCK) || now.isAfter(LATEST_CLOCK)) {
        throw new IllegalArgumentException(
            "the checker's clock reads "
                + now
                + ", outside "
                + EARLIEST_CLOCK
                + " to "
                + LATEST_CLOCK
                + ": the rules judge dates against today; set Checker.Builder.clock to a clock within those years");
      }
      return new Checker(this);
    }
  }
}
