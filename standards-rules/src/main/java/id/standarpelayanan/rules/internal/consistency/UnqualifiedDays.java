package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.CompletionTime;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.DurationUnit;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Pointers;
import id.standarpelayanan.rules.internal.Procedures;
import id.standarpelayanan.rules.internal.Texts;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code sp.completion-time.day-unit}: a time is given in days without saying whether they are
 * working days or calendar days ("3 Hari"), so the public cannot tell when it ends: a time span of
 * unit {@code DAYS} in the completion time, a step or the complaint response time; or, where the
 * completion time has no such span, a number of days in its description not followed by "kerja" or
 * "kalender" ("Mutasi Keluar: 5 (lima) hari"). A WARNING: say which.
 */
public final class UnqualifiedDays extends BuiltInRule {

  /** Words that qualify a day. */
  private static final Set<String> QUALIFIERS =
      Set.of("kerja", "kalender", "libur", "working", "calendar", "business");

  public UnqualifiedDays() {
    super(
        "sp.completion-time.day-unit",
        Severity.WARNING,
        "UU 25/2009 pasal 21 huruf d",
        List.of(Component.COMPLETION_TIME),
        "span",
        "text");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    standard
        .getCompletionTime()
        .ifPresent(
            time -> {
              boolean typed =
                  report(
                          context,
                          Component.COMPLETION_TIME,
                          time.getMinimum(),
                          Pointers.of("completionTime", "minimum"))
                      | report(
                          context,
                          Component.COMPLETION_TIME,
                          time.getMaximum(),
                          Pointers.of("completionTime", "maximum"));
              List<TimeSpan> plus = time.getMaximumPlus();
              for (int i = 0; i < plus.size(); i++) {
                typed |=
                    report(
                        context,
                        Component.COMPLETION_TIME,
                        Optional.of(plus.get(i)),
                        Pointers.of("completionTime", "maximumPlus", i));
              }
              typed |=
                  report(
                      context,
                      Component.COMPLETION_TIME,
                      time.getExtension().map(e -> e.getDuration()),
                      Pointers.of("completionTime", "extension", "duration"));
              if (!typed && unqualifiedInText(time)) {
                context.report(
                    Component.COMPLETION_TIME,
                    Pointers.of("completionTime", "description"),
                    "text",
                    time.getDescription().get());
              }
            });
    List<ProcedureStep> steps = Procedures.steps(standard);
    for (int i = 0; i < steps.size(); i++) {
      report(
          context,
          Component.PROCEDURE,
          steps.get(i).getDuration(),
          Pointers.of("procedure", "steps", i, "duration"));
    }
    standard
        .getComplaintHandling()
        .ifPresent(
            handling ->
                report(
                    context,
                    Component.COMPLAINT_HANDLING,
                    handling.getResponseTime(),
                    Pointers.of("complaintHandling", "responseTime")));
  }

  private static boolean report(
      RuleContext context, Component component, Optional<TimeSpan> span, Pointer pointer) {
    if (span.filter(s -> s.getUnit() == DurationUnit.DAYS).isPresent()) {
      context.report(component, pointer, "span", span.get().getAmount());
      return true;
    }
    return false;
  }

  /** A number of days in the description not qualified as working or calendar days. */
  private static boolean unqualifiedInText(CompletionTime time) {
    List<String> words = time.getDescription().map(Texts::words).orElse(List.of());
    for (int i = 1; i < words.size(); i++) {
      if (words.get(i).equals("hari")
          && Texts.number(words.get(i - 1))
          && (i + 1 == words.size() || !QUALIFIERS.contains(words.get(i + 1)))) {
        return true;
      }
    }
    return false;
  }
}
