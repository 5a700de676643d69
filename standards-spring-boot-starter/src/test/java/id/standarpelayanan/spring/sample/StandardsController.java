package id.standarpelayanan.spring.sample;

import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.rules.Report;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The sample's endpoints: what an integrator's controller looks like with the starter. */
@RestController
class StandardsController {

  private final Checker checker;
  private final StandardsCatalog sample;

  StandardsController(
      Checker checker, StandardsJson json, @Value("${sample.catalogue}") String sampleCatalogue)
      throws IOException {
    this.checker = checker;
    try (InputStream in = Files.newInputStream(Path.of(sampleCatalogue))) {
      this.sample = json.readCatalog(in);
    }
  }

  /** The sample catalogue, as canonical JSON (whatever XML a browser would also accept). */
  @GetMapping("/catalogues/sample")
  StandardsCatalog sample() {
    return sample;
  }

  /**
   * Takes a catalogue, read strictly by the starter's converter, its structure validated
   * ({@code @Valid}), and returns it as canonical JSON.
   */
  @PostMapping("/catalogues")
  StandardsCatalog catalogue(@Valid @RequestBody StandardsCatalog catalog) {
    return catalog;
  }

  /**
   * Takes one standard that must be valid ({@code @Valid}: its structure, and the rules at ERROR
   * through the starter's body checks) and returns it.
   */
  @PostMapping("/standards")
  ServiceStandard standard(@Valid @RequestBody ServiceStandard standard) {
    return standard;
  }

  /** Checks a standard with the configured {@code Checker} bean and returns the findings. */
  @PostMapping("/standards/check")
  Map<String, Object> check(@RequestBody ServiceStandard standard) {
    Report report = checker.check(standard);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("passed", report.passed());
    answer.put("score", report.score());
    answer.put(
        "findings",
        report.findings().stream()
            .map(
                (Finding f) ->
                    Map.of(
                        "pointer", f.pointer(),
                        "rule", f.ruleId(),
                        "severity", f.severity().name(),
                        "message", f.message()))
            .toList());
    return answer;
  }

  /** An application's own type around a standard, bound by Boot's mapper and the Jackson module. */
  record Submission(String submittedBy, List<ServiceStandard> standards) {}

  /** Takes a submission through Boot's Jackson mapper and says what it holds. */
  @PostMapping("/submissions")
  Map<String, Object> submission(@RequestBody Submission submission) {
    return Map.of(
        "submittedBy",
        submission.submittedBy(),
        "ids",
        submission.standards().stream().map(s -> s.getId().orElse("")).toList());
  }
}
