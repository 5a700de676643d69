package id.standarpelayanan.rules;

import id.standarpelayanan.model.Languages;
import id.standarpelayanan.model.WorkingTime;
import id.standarpelayanan.rules.internal.BuiltInRules;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * A profile (profil): a named set of rules with their severities and the parameters they use.
 *
 * <p>Two are built in:
 *
 * <ul>
 *   <li>{@link #law25Of2009()} ({@value #UU_25_2009}, the default): every built-in rule, all
 *       fourteen components of UU 25/2009 art. 21 required;
 *   <li>{@link #kemenagElevenPrinciples()} ({@value #KEMENAG_11_PRINSIP}): the eleven principles of
 *       Kanwil Kemenag Aceh. They do not name fee/tariff, but the law requires it (UU 25/2009 art.
 *       21 letter e), so a standard silent on cost does not pass this profile either: the profile
 *       applies the same rules at the same severities, and exists so that a report can be asked for
 *       by the principles' name.
 * </ul>
 *
 * <p>Derive your own with {@link #toBuilder()}: switch rules off, override severities, change the
 * working-time calendar or the longest time allowed since the last evaluation, add your own rules
 * (programmatically or through {@link ServiceLoader}).
 *
 * <p>Example: {@code CustomRuleExample.profile()} in the {@code examples} module ({@code
 * examples/src/main/java/id/standarpelayanan/examples/CustomRuleExample.java}), run by {@code
 * ExamplesTest}: it derives a profile that adds a rule, switches one off and raises a severity.
 *
 * <p>Profiles are immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Profile {

  /**
   * The name of the default profile, UU 25/2009: all fourteen components. Profile names are public
   * identifiers that users type (in the CLI, in configuration); each constant is named after the
   * identifier it holds, so that the two are read as one.
   */
  public static final String UU_25_2009 = "uu-25-2009";

  /** The name of the profile of the eleven principles of Kanwil Kemenag Aceh. */
  public static final String KEMENAG_11_PRINSIP = "kemenag-11-prinsip";

  /** The default longest time since a catalogue's last evaluation: twelve months. */
  public static final Period DEFAULT_MAXIMUM_EVALUATION_AGE = Period.ofMonths(12);

  /**
   * The longest {@link Builder#maximumEvaluationAge(Period) evaluation age} a profile accepts: a
   * hundred years in its years and months, and a hundred years of days ({@value #LONGEST_AGE_DAYS})
   * in its days.
   */
  public static final int LONGEST_AGE_YEARS = 100;

  /** The most days a profile's evaluation age may hold: {@value}, a hundred years. */
  public static final int LONGEST_AGE_DAYS = 36_525;

  private static final Profile UU_25 = builder(UU_25_2009).addRules(BuiltInRules.all()).build();

  private static final Profile KEMENAG = UU_25.toBuilder().name(KEMENAG_11_PRINSIP).build();

  private final String name;
  private final Map<String, Rule> rules;
  private final Set<String> disabled;
  private final Map<String, Severity> severities;
  private final WorkingTime workingTime;
  private final Period maximumEvaluationAge;

  private Profile(Builder builder, Map<String, Rule> rules) {
    this.name = builder.name;
    this.rules = Collections.unmodifiableMap(rules);
    this.disabled = Collections.unmodifiableSet(new TreeSet<>(builder.disabled));
    this.severities = Collections.unmodifiableMap(new TreeMap<>(builder.severities));
    this.workingTime = builder.workingTime;
    this.maximumEvaluationAge = builder.maximumEvaluationAge;
  }

  /**
   * Returns the default profile, {@value #UU_25_2009}, after Law 25 of 2009 on public services
   * (Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik): every built-in rule at its
   * default severity, the standard working-time calendar and a twelve-month evaluation limit.
   *
   * @return the profile
   */
  public static Profile law25Of2009() {
    return UU_25;
  }

  /**
   * Returns the profile {@value #KEMENAG_11_PRINSIP}, after the eleven principles (sebelas prinsip)
   * of Kanwil Kemenag Aceh: the same rules and severities as {@link #law25Of2009()}. The eleven
   * principles do not name fee/tariff, but the law requires it, so a missing fee is an {@link
   * Severity#ERROR} here too.
   *
   * @return the profile
   */
  public static Profile kemenagElevenPrinciples() {
    return KEMENAG;
  }

  /**
   * Returns the built-in profiles, the default first.
   *
   * @return the profiles
   */
  public static List<Profile> builtIns() {
    return List.of(UU_25, KEMENAG);
  }

  /**
   * Returns a built-in profile by its name.
   *
   * @param name {@value #UU_25_2009} or {@value #KEMENAG_11_PRINSIP}
   * @return the profile, or empty if no built-in profile has that name
   */
  public static Optional<Profile> builtIn(String name) {
    Objects.requireNonNull(name, "name");
    return builtIns().stream().filter(profile -> profile.name.equals(name)).findFirst();
  }

  /**
   * Returns a builder for a profile with no rules, the standard working-time calendar and a
   * twelve-month evaluation limit.
   *
   * @param name the profile's name
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder().name(name);
  }

  /**
   * Returns a builder holding this profile's rules, switches, severities and parameters.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder().name(name);
    builder.rules.addAll(rules.values());
    builder.disabled.addAll(disabled);
    builder.severities.putAll(severities);
    return builder.workingTime(workingTime).maximumEvaluationAge(maximumEvaluationAge);
  }

  /**
   * Returns the profile's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the rules the profile applies, switched-off rules left out, ordered by id.
   *
   * @return the enabled rules
   */
  public List<Rule> rules() {
    List<Rule> enabled = new ArrayList<>();
    rules.values().stream().filter(rule -> !disabled.contains(rule.id())).forEach(enabled::add);
    return Collections.unmodifiableList(enabled);
  }

  /**
   * Returns every rule the profile knows, switched off or not, ordered by id.
   *
   * @return the rules
   */
  public List<Rule> allRules() {
    return List.copyOf(rules.values());
  }

  /**
   * Returns a rule the profile knows, switched off or not.
   *
   * @param id the rule's id
   * @return the rule, or empty if the profile has no rule of that id
   */
  public Optional<Rule> rule(String id) {
    return Optional.ofNullable(rules.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Tells whether the profile applies a rule.
   *
   * @param id the rule's id
   * @return whether the profile has the rule and it is not switched off
   */
  public boolean isEnabled(String id) {
    return rules.containsKey(Objects.requireNonNull(id, "id")) && !disabled.contains(id);
  }

  /**
   * Returns the severity the profile gives a rule's findings: its override, or the rule's default.
   *
   * @param id the rule's id
   * @return the severity
   * @throws IllegalArgumentException if the profile has no rule of that id
   */
  public Severity severity(String id) {
    Rule rule =
        rule(id)
            .orElseThrow(
                () -> new IllegalArgumentException("no rule " + id + " in profile " + name));
    return severities.getOrDefault(id, rule.defaultSeverity());
  }

  /**
   * Returns the working-time calendar used to compare and convert time spans (working-day length).
   *
   * @return the calendar
   */
  public WorkingTime workingTime() {
    return workingTime;
  }

  /**
   * Returns the longest time allowed since a catalogue's last evaluation.
   *
   * @return the period, twelve months by default
   */
  public Period maximumEvaluationAge() {
    return maximumEvaluationAge;
  }

  @Override
  public String toString() {
    return "Profile[" + name + ", " + rules().size() + " rules]";
  }

  /** Builds a {@link Profile}. Not thread-safe; the profile it builds is. */
  public static final class Builder {

    private String name;
    private final List<Rule> rules = new ArrayList<>();
    private final Set<String> disabled = new HashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private WorkingTime workingTime = WorkingTime.standard();
    private Period maximumEvaluationAge = DEFAULT_MAXIMUM_EVALUATION_AGE;

    private Builder() {}

    /**
     * Sets the profile's name.
     *
     * @param name the name, not blank
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("a profile's name must not be blank");
      }
      this.name = name;
      return this;
    }

    /**
     * Adds a rule, enabled. A second rule of the same id makes {@link #build()} fail.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder addRule(Rule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Adds rules, enabled.
     *
     * @param added the rules
     * @return this builder
     */
    public Builder addRules(Collection<? extends Rule> added) {
      Objects.requireNonNull(added, "added");
      added.forEach(this::addRule);
      return this;
    }

    /**
     * Adds every rule listed in {@code META-INF/services/id.standarpelayanan.rules.Rule} that
     * {@code loader} sees, in the order {@link ServiceLoader} finds them.
     *
     * @param loader the class loader to search
     * @return this builder
     * @throws java.util.ServiceConfigurationError if a listed rule cannot be loaded
     */
    public Builder discoverRules(ClassLoader loader) {
      Objects.requireNonNull(loader, "loader");
      ServiceLoader.load(Rule.class, loader).forEach(this::addRule);
      return this;
    }

    /**
     * Switches rules off.
     *
     * @param ids the rules' ids; {@link #build()} fails for an id the profile lacks
     * @return this builder
     */
    public Builder disable(String... ids) {
      Objects.requireNonNull(ids, "ids");
      for (String id : ids) {
        disabled.add(Objects.requireNonNull(id, "id"));
      }
      return this;
    }

    /**
     * Switches rules back on.
     *
     * @param ids the rules' ids
     * @return this builder
     */
    public Builder enable(String... ids) {
      Objects.requireNonNull(ids, "ids");
      for (String id : ids) {
        disabled.remove(Objects.requireNonNull(id, "id"));
      }
      return this;
    }

    /**
     * Overrides the severity of a rule's findings.
     *
     * @param id the rule's id; {@link #build()} fails for an id the profile lacks
     * @param severity the severity
     * @return this builder
     */
    public Builder severity(String id, Severity severity) {
      severities.put(
          Objects.requireNonNull(id, "id"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Sets the working-time calendar, e.g. shorter days in Ramadan.
     *
     * @param workingTime the calendar
     * @return this builder
     */
    public Builder workingTime(WorkingTime workingTime) {
      this.workingTime = Objects.requireNonNull(workingTime, "workingTime");
      return this;
    }

    /**
     * Sets the longest time allowed since a catalogue's last evaluation.
     *
     * @param age the period, not negative, at most {@value #LONGEST_AGE_YEARS} years in its years
     *     and months together and at most {@value #LONGEST_AGE_DAYS} days
     * @return this builder
     * @throws NullPointerException if {@code age} is null
     * @throws IllegalArgumentException if the period is negative or longer than that; the message
     *     gives the period
     */
    public Builder maximumEvaluationAge(Period age) {
      Objects.requireNonNull(age, "age");
      if (age.isNegative()) {
        throw new IllegalArgumentException("maximumEvaluationAge must not be negative: " + age);
      }
      if (age.toTotalMonths() > 12L * LONGEST_AGE_YEARS || age.getDays() > LONGEST_AGE_DAYS) {
        throw new IllegalArgumentException(
            "maximumEvaluationAge "
                + age
                + " is longer than "
                + LONGEST_AGE_YEARS
                + " years (P"
                + LONGEST_AGE_YEARS
                + "Y, or P"
                + LONGEST_AGE_DAYS
                + "D in days)");
      }
      this.maximumEvaluationAge = age;
      return this;
    }

    /**
     * Builds the profile.
     *
     * @return the profile
     * @throws IllegalArgumentException if two rules share an id, a rule lacks its description or a
     *     message pattern in Indonesian or English (for a {@link BundledRule}: its bundle lacks a
     *     key in either language, or a pattern does not parse), or a switch or a severity names a
     *     rule the profile lacks; the message names the rule and, for a missing text, the key and
     *     the language
     */
    public Profile build() {
      Map<String, Rule> byId = new TreeMap<>();
      for (Rule rule : rules) {
        String id = Objects.requireNonNull(rule.id(), "rule id");
        if (id.isBlank()) {
          throw new IllegalArgumentException(
              "a rule's id must not be blank: " + rule.getClass().getName());
        }
        requireTexts(rule);
        if (byId.putIfAbsent(id, rule) != null) {
          throw new IllegalArgumentException("two rules with the id " + id + " in profile " + name);
        }
      }
      for (String id : disabled) {
        requireKnown(byId, id, "switched off");
      }
      for (String id : severities.keySet()) {
        requireKnown(byId, id, "given a severity");
      }
      return new Profile(this, byId);
    }

    /**
     * Checks, before any check runs, that a rule has its description and a pattern for each of its
     * message keys in both languages; a {@link BundledRule} also has its bundle checked.
     */
    private static void requireTexts(Rule rule) {
      if (rule instanceof BundledRule bundled) {
        bundled.requireCompleteBundle();
        return;
      }
      for (Locale language : List.of(Languages.INDONESIAN, Locale.ENGLISH)) {
        requireText(rule, "description", language, () -> rule.description(language));
        for (String key : rule.messageKeys()) {
          requireText(rule, "message " + key, language, () -> rule.messagePattern(key, language));
        }
      }
    }

    private static void requireText(
        Rule rule, String what, Locale language, Supplier<String> text) {
      String found;
      try {
        found = text.get();
      } catch (MissingResourceException e) {
        found = null;
      }
      if (found == null || found.isBlank()) {
        throw new IllegalArgumentException(
            "rule " + rule.id() + " has no " + what + " in language " + language.getLanguage());
      }
    }

    private void requireKnown(Map<String, Rule> byId, String id, String what) {
      if (!byId.containsKey(id)) {
        throw new IllegalArgumentException(
            "no rule " + id + " in profile " + name + " to be " + what);
      }
    }
  }
}
