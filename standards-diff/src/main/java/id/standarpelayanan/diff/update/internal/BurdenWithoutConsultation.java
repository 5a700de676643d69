package id.standarpelayanan.diff.update.internal;

import id.standarpelayanan.diff.Change;
import id.standarpelayanan.diff.Comparison;
import id.standarpelayanan.diff.Differ;
import id.standarpelayanan.diff.Effect;
import id.standarpelayanan.diff.Meaning;
import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Decree;
import id.standarpelayanan.model.Languages;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.PublicConsultation;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.WorkingTime;
import id.standarpelayanan.rules.BundledRule;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code sp.update.burden-without-consultation}: the update makes the service heavier for the
 * public (a change whose {@link Effect} is {@link Effect#BURDENS}: a requirement added or made
 * mandatory, a longer time, a fee introduced or raised, a channel, facility or served vulnerable
 * group removed, shorter service hours), but the catalogue records no public consultation held on
 * or after the day the previous version took effect (its effective date, else its decree's date;
 * without either, a dated consultation the previous version does not list) and by today. UU 25/2009
 * art. 20 has the community take part in drawing up standards; PermenPANRB 15/2014 has their
 * changes consulted.
 *
 * <p>One finding per burdening change, at its place in the current catalogue; a removal, which has
 * no place there, points at its component in the current standard (or at the standard). Judged once
 * the update has reached {@link CatalogStatus#CONSULTED} (a draft is expected not to be consulted
 * yet), only when the checker is given the previous catalogue; a standard checked alone has no
 * consultations to look at, so the rule is quiet on it. Times are compared with the profile's
 * working time.
 */
public final class BurdenWithoutConsultation extends BundledRule {

  private static final String BUNDLE = "id.standarpelayanan.diff.update.internal.Messages";

  /** The message for a burdening meaning this rule has no message of its own for. */
  private static final String OTHER = "other";

  /**
   * The differ of the last working time seen: profiles rarely change it, and a differ costs a
   * little to build. Replaced, never mutated, so safe to share between threads.
   */
  private volatile Differ differ = Differ.standard();

  /** Makes the rule; {@code ServiceLoader} needs this public constructor. */
  public BurdenWithoutConsultation() {
    super(
        "sp.update.burden-without-consultation",
        Severity.WARNING,
        Set.of(),
        "UU 25/2009 pasal 20; PermenPANRB 15/2014",
        BUNDLE,
        BurdenWithoutConsultation.class.getModule());
  }

  @Override
  public void check(StandardsCatalog catalog, RuleContext context) {
    Optional<StandardsCatalog> found = context.previousCatalog();
    if (found.isEmpty() || catalog.getStatus().compareTo(CatalogStatus.CONSULTED) < 0) {
      return;
    }
    StandardsCatalog previous = found.get();
    Comparison comparison = differ(context.workingTime()).compare(previous, catalog);
    if (!comparison.burdensPublic()) {
      return;
    }
    Optional<LocalDate> tookEffect =
        previous.getEffectiveDate().or(() -> previous.getDecree().flatMap(Decree::getDate));
    if (consulted(catalog, previous, tookEffect, context.today())) {
      return;
    }
    Locale locale = context.locale();
    String since = tookEffect.map(LocalDate::toString).orElseGet(() -> phrase("unknown", locale));
    for (Change change : comparison.changes(Effect.BURDENS)) {
      String key = key(change);
      Object[] arguments = {
        change.serviceName().or(change::serviceId).orElseGet(() -> phrase("catalogue", locale)),
        change.beforeText(locale).orElse("—"),
        change.afterText(locale).orElse("—"),
        since
      };
      Pointer at = place(change, catalog);
      if (change.component().isPresent()) {
        context.report(change.component().get(), at, key, arguments);
      } else {
        context.report(at, key, arguments);
      }
    }
  }

  /**
   * Whether the update records a public consultation held on or after the day the previous version
   * took effect, and not after today; without that day, one the previous version does not list.
   */
  private static boolean consulted(
      StandardsCatalog catalog,
      StandardsCatalog previous,
      Optional<LocalDate> tookEffect,
      LocalDate today) {
    List<PublicConsultation> earlier = previous.getConsultations();
    for (PublicConsultation consultation : catalog.getConsultations()) {
      Optional<LocalDate> held = consultation.getDate();
      if (held.isEmpty() || held.get().isAfter(today)) {
        continue;
      }
      boolean after =
          tookEffect.isPresent()
              ? !held.get().isBefore(tookEffect.get())
              : !earlier.contains(consultation);
      if (after) {
        return true;
      }
    }
    return false;
  }

  /** The change's place in the current catalogue: a removal's is its component in the standard. */
  private static Pointer place(Change change, StandardsCatalog catalog) {
    if (change.newPointer().isPresent()) {
      return change.newPointer().get();
    }
    Optional<String> service = change.newServiceId();
    List<ServiceStandard> standards = catalog.getStandards();
    for (int i = 0; service.isPresent() && i < standards.size(); i++) {
      if (standards.get(i).getId().equals(service)) {
        Pointer standard = Pointer.root().child("standards").index(i);
        return change.component().map(Component::property).map(standard::child).orElse(standard);
      }
    }
    return Pointer.root();
  }

  private String key(Change change) {
    String key = change.meaning().name().toLowerCase(Locale.ROOT).replace('_', '-');
    if (change.meaning() == Meaning.TIME_LONGER) {
      key = timeKey(change.pointer());
    }
    return messageKeys().contains(key) ? key : OTHER;
  }

  /**
   * The message of a longer time by the time it is: the completion time ({@code time-longer}), its
   * extension, a step's duration, the complaint response time, or another.
   */
  private static String timeKey(Pointer pointer) {
    List<String> tokens = pointer.tokens();
    if (tokens.contains("steps") || tokens.contains("procedure")) {
      return "step-time-longer";
    }
    if (tokens.contains("extension")) {
      return "extension-longer";
    }
    if (tokens.contains("responseTime")) {
      return "response-time-longer";
    }
    if (tokens.contains("completionTime")) {
      return "time-longer";
    }
    return "other-time-longer";
  }

  private Differ differ(WorkingTime workingTime) {
    Differ current = differ;
    if (!current.workingTime().equals(workingTime)) {
      current = Differ.builder().workingTime(workingTime).build();
      differ = current;
    }
    return current;
  }

  private static String phrase(String key, Locale locale) {
    return Languages.bundle(BUNDLE, locale, BurdenWithoutConsultation.class.getModule())
        .getString("phrase." + key);
  }
}
