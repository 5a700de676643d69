package id.standarpelayanan.spring;

import id.standarpelayanan.model.Languages;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.rules.Profile;
import id.standarpelayanan.rules.Report;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.spring.internal.ProblemTexts;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.WebRequest;

/**
 * Checks every {@code @Valid} request body of type {@code ServiceStandard} or {@code
 * StandardsCatalog} with the rule engine, under the application's {@link Profile} bean: each
 * finding at or above {@code standar-pelayanan.web.fail-on} (ERROR by default) becomes a field
 * error at the finding's place ({@code /requirements/2/description} as {@code
 * requirements[2].description}), beside the model's structural violations that {@code @Valid}
 * reports itself, so that Spring answers {@code MethodArgumentNotValidException} and {@link
 * StandardsProblemDetails} lists them.
 *
 * <pre>{@code
 * @PostMapping("/standards")
 * ServiceStandard save(@Valid @RequestBody ServiceStandard standard) { ... }
 * }</pre>
 *
 * <p>The messages are in the request's language (English when {@code Accept-Language} prefers it,
 * Indonesian otherwise); each field error carries its {@link Finding} ({@code
 * error.unwrap(Finding.class)}) and has the rule id as its code. The checks leave structure to
 * {@code @Valid}, so nothing is reported twice.
 *
 * <p>Why not {@code @Valid @RequestBody @ValidServiceStandard ServiceStandard}: a constraint on the
 * parameter turns on Spring's method validation, and Hibernate Validator 9.1.0 gives the violations
 * that constraint reports at a property a parameter node without its index, on which Spring's
 * {@code MethodValidationAdapter} fails with a {@code NullPointerException} (HTTP 500).
 * {@code @ValidServiceStandard} works on fields and type arguments with Boot's validator; on a
 * controller's parameter, use these checks. Switch them off with {@code
 * standar-pelayanan.web.check-bodies=false}.
 */
@ControllerAdvice
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class StandardsBodyChecks {

  private final Checker indonesian;
  private final Checker english;
  private final Severity failOn;

  /**
   * Creates the checks.
   *
   * @param profile the profile to check with
   * @param clock the clock of the rules on dates
   * @param failOn the lowest severity reported
   * @throws NullPointerException if an argument is null
   */
  public StandardsBodyChecks(Profile profile, Clock clock, Severity failOn) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(clock, "clock");
    this.failOn = Objects.requireNonNull(failOn, "failOn");
    this.indonesian = checker(profile, clock, Languages.INDONESIAN);
    this.english = checker(profile, clock, Locale.ENGLISH);
  }

  private static Checker checker(Profile profile, Clock clock, Locale language) {
    return Checker.builder()
        .profile(profile)
        .clock(clock)
        .locale(language)
        .structure(false)
        .build();
  }

  /**
   * Adds the checks to the binder of a standard or catalogue body; Spring calls it for every binder
   * of a request.
   *
   * @param binder the binder
   * @param request the request, for its language
   */
  @InitBinder
  public void addChecks(WebDataBinder binder, WebRequest request) {
    Object target = binder.getTarget();
    if (target instanceof ServiceStandard || target instanceof StandardsCatalog) {
      Locale language = ProblemTexts.language(request);
      binder.addValidators(
          new FindingsValidator(Locale.ENGLISH.equals(language) ? english : indonesian, failOn));
    }
  }

  /** Reports a checker's findings as errors of a binding. */
  private static final class FindingsValidator implements Validator {
    private final Checker checker;
    private final Severity failOn;

    FindingsValidator(Checker checker, Severity failOn) {
      this.checker = checker;
      this.failOn = failOn;
    }

    @Override
    public boolean supports(Class<?> type) {
      return ServiceStandard.class.isAssignableFrom(type)
          || StandardsCatalog.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
      Report report =
          target instanceof StandardsCatalog catalog
              ? checker.check(catalog)
              : checker.check((ServiceStandard) target);
      for (Finding finding : report.findings()) {
        // ERROR, WARNING, INFO: a lower ordinal is more serious.
        if (finding.severity().compareTo(failOn) > 0) {
          continue;
        }
        String[] codes = {finding.ruleId()};
        ObjectError error =
            finding.path().isRoot()
                ? new ObjectError(errors.getObjectName(), codes, null, finding.message())
                : new FieldError(
                    errors.getObjectName(),
                    field(finding.path()),
                    null,
                    false,
                    codes,
                    null,
                    finding.message());
        error.wrap(finding);
        if (errors instanceof BindingResult binding) {
          binding.addError(error);
        } else {
          errors.reject(finding.ruleId(), finding.message());
        }
      }
    }

    /** The property path of a pointer: names joined by dots, list indexes in brackets. */
    private static String field(Pointer pointer) {
      StringBuilder field = new StringBuilder();
      for (String token : pointer.tokens()) {
        if (Pointer.isIndex(token)) {
          field.append('[').append(token).append(']');
        } else {
          if (field.length() > 0) {
            field.append('.');
          }
          field.append(token);
        }
      }
      return field.toString();
    }
  }
}
