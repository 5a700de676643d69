package id.standarpelayanan.spring;

import id.standarpelayanan.io.ReadErrorCode;
import id.standarpelayanan.io.StandardsReadException;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.spring.internal.ProblemTexts;
import id.standarpelayanan.spring.internal.PropertyPaths;
import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Answers a document the library refused, or a standard or catalogue that failed validation, with
 * an RFC 9457 problem detail ({@code application/problem+json}), never a stack trace.
 *
 * <ul>
 *   <li><b>Read errors</b>: a {@link StandardsReadException}, thrown by a controller or the cause
 *       of Spring's {@link HttpMessageNotReadableException} (from the {@link
 *       StandardsHttpMessageConverter} or from Jackson and the {@code StandardsModule}). Type
 *       {@link #UNREADABLE_DOCUMENT}, status 400, or 413 (Content Too Large) for a document beyond
 *       a read limit ({@link ReadErrorCode#LIMIT_EXCEEDED}); the members {@code code} (the {@link
 *       ReadErrorCode}), {@code pointer}, and {@code line} and {@code column} where known, {@code
 *       record} for a record of a stream.
 *   <li><b>Validation failures</b> of a {@code ServiceStandard} or {@code StandardsCatalog}
 *       argument ({@code @Valid}, with the rules' findings of {@link StandardsBodyChecks}):
 *       Spring's {@link MethodArgumentNotValidException} or {@link
 *       HandlerMethodValidationException}. Type {@link #INVALID_DOCUMENT}, status 400, and {@code
 *       errors}: one member per violation with its {@code pointer} (the finding's JSON Pointer),
 *       {@code field} (Spring's property path) and {@code message}, and {@code rule} and {@code
 *       severity} for a finding of the rule engine.
 * </ul>
 *
 * <p>The title and detail are Indonesian unless the request's {@code Accept-Language} prefers
 * English. The violations' messages are those the application's validator interpolated, in Spring's
 * request locale ({@code Accept-Language}, or {@code spring.web.locale} without one).
 *
 * <p>Anything else, including a validation failure of an application's own type or a malformed body
 * that Jackson refused before the model was reached, is left to Spring's own handling (the handler
 * rethrows it). The advice has the lowest precedence, so an application's own advice for the same
 * exceptions wins. Switch it off with {@code standar-pelayanan.web.problem-details=false}.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class StandardsProblemDetails {

  /** The problem type of a document that could not be read. */
  public static final URI UNREADABLE_DOCUMENT =
      URI.create("urn:standar-pelayanan:problem:unreadable-document");

  /** The problem type of a standard or catalogue that failed validation. */
  public static final URI INVALID_DOCUMENT =
      URI.create("urn:standar-pelayanan:problem:invalid-document");

  /** Creates the advice. */
  public StandardsProblemDetails() {}

  /**
   * Answers a read error.
   *
   * @param error the error
   * @param request the request, for its language
   * @return the problem detail
   */
  @ExceptionHandler(StandardsReadException.class)
  public ResponseEntity<ProblemDetail> unreadable(
      StandardsReadException error, WebRequest request) {
    Locale language = ProblemTexts.language(request);
    boolean tooLarge = error.getCode() == ReadErrorCode.LIMIT_EXCEEDED;
    HttpStatus status = tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, error.getMessage(language));
    problem.setType(UNREADABLE_DOCUMENT);
    problem.setTitle(
        ProblemTexts.text(
            tooLarge ? "problem.too-large.title" : "problem.unreadable.title", language));
    problem.setProperty("code", error.getCode().name());
    problem.setProperty("pointer", error.getPointer());
    if (error.getLine() > 0) {
      problem.setProperty("line", error.getLine());
    }
    if (error.getColumn() > 0) {
      problem.setProperty("column", error.getColumn());
    }
    error.getRecordIndex().ifPresent(index -> problem.setProperty("record", index));
    return answer(problem);
  }

  /**
   * Answers an unreadable body whose cause is a read error of the library; rethrows any other.
   *
   * @param error the error
   * @param request the request, for its language
   * @return the problem detail
   * @throws HttpMessageNotReadableException {@code error} itself, when no {@link
   *     StandardsReadException} caused it, for Spring's own handling
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<ProblemDetail> unreadable(
      HttpMessageNotReadableException error, WebRequest request) {
    for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof StandardsReadException readError) {
        return unreadable(readError, request);
      }
      if (cause == cause.getCause()) {
        break;
      }
    }
    throw error;
  }

  /**
   * Answers a {@code @Valid} standard or catalogue body that failed validation; rethrows a failure
   * of another type.
   *
   * @param error the error
   * @param request the request, for its language
   * @return the problem detail
   * @throws MethodArgumentNotValidException {@code error} itself, when the target is not a standard
   *     or catalogue, for Spring's own handling
   */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ResponseEntity<ProblemDetail> invalid(
      MethodArgumentNotValidException error, WebRequest request)
      throws MethodArgumentNotValidException {
    if (!isModel(error.getBindingResult().getTarget())) {
      throw error;
    }
    List<Map<String, Object>> errors = new ArrayList<>();
    for (ObjectError each : error.getBindingResult().getAllErrors()) {
      errors.add(entry(each));
    }
    return invalid(errors, request);
  }

  /**
   * Answers a controller method's arguments that failed validation (method validation, as with
   * {@code @ValidServiceStandard} on a parameter), when one of them is a standard or catalogue;
   * rethrows the failure otherwise.
   *
   * @param error the error
   * @param request the request, for its language
   * @return the problem detail
   */
  @ExceptionHandler(HandlerMethodValidationException.class)
  public ResponseEntity<ProblemDetail> invalid(
      HandlerMethodValidationException error, WebRequest request) {
    List<Map<String, Object>> errors = new ArrayList<>();
    boolean model = false;
    for (ParameterValidationResult result : error.getParameterValidationResults()) {
      model |= isModel(result.getArgument());
      if (result instanceof ParameterErrors beanErrors) {
        for (ObjectError each : beanErrors.getAllErrors()) {
          errors.add(entry(each));
        }
      } else {
        result
            .getResolvableErrors()
            .forEach(
                each ->
                    errors.add(
                        entry(
                            "",
                            each.getDefaultMessage(),
                            finding(
                                violation(() -> result.unwrap(each, ConstraintViolation.class))))));
      }
    }
    if (!model) {
      throw error;
    }
    return invalid(errors, request);
  }

  private ResponseEntity<ProblemDetail> invalid(
      List<Map<String, Object>> errors, WebRequest request) {
    Locale language = ProblemTexts.language(request);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            ProblemTexts.text("problem.invalid.detail", language, errors.size()));
    problem.setType(INVALID_DOCUMENT);
    problem.setTitle(ProblemTexts.text("problem.invalid.title", language));
    problem.setProperty("errors", errors);
    return answer(problem);
  }

  private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static Map<String, Object> entry(ObjectError error) {
    String field = error instanceof FieldError fieldError ? fieldError.getField() : "";
    if (error.contains(Finding.class)) {
      // A finding of StandardsBodyChecks.
      return entry(field, error.getDefaultMessage(), error.unwrap(Finding.class));
    }
    ConstraintViolation<?> violation = violation(() -> error.unwrap(ConstraintViolation.class));
    return entry(field, error.getDefaultMessage(), violation == null ? null : finding(violation));
  }

  private static Map<String, Object> entry(String field, String message, Finding finding) {
    Map<String, Object> entry = new LinkedHashMap<>();
    // The finding's pointer is the place in the document; a violation of @Valid has only its path.
    entry.put(
        "pointer", finding != null ? finding.pointer() : PropertyPaths.toPointer(field).toString());
    entry.put("field", field);
    entry.put("message", message == null ? "" : message);
    if (finding != null) {
      entry.put("rule", finding.ruleId());
      entry.put("severity", finding.severity().name());
    }
    return entry;
  }

  private static ConstraintViolation<?> violation(Supplier<ConstraintViolation<?>> unwrap) {
    try {
      return unwrap.get();
    } catch (IllegalArgumentException e) {
      // Not a Bean Validation error (an application's own Errors entry): no violation to read.
      return null;
    }
  }

  private static Finding finding(ConstraintViolation<?> violation) {
    if (violation == null) {
      return null;
    }
    try {
      HibernateConstraintViolation<?> hibernate =
          violation.unwrap(HibernateConstraintViolation.class);
      return hibernate.getDynamicPayload(Finding.class);
    } catch (RuntimeException e) {
      // Another provider than Hibernate Validator: no dynamic payload.
      return null;
    }
  }

  private static boolean isModel(Object value) {
    return value instanceof ServiceStandard || value instanceof StandardsCatalog;
  }
}
