package id.standarpelayanan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.model.StandardsCatalog;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule's cases ({@link RuleCases}): each firing case makes its rule report exactly the
 * pointer it names, each near miss keeps it quiet, and every built-in rule has at least one of
 * each.
 */
class RuleCasesTest {

  private static final StandardsJson JSON = StandardsJson.builder().build();

  static Stream<RuleCases.Case> cases() {
    return RuleCases.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theRuleFiresWhereTheCaseSaysOrStaysQuiet(RuleCases.Case c) {
    Report report = report(c);
    List<String> pointers =
        report.findings().stream()
            .filter(finding -> finding.ruleId().equals(c.ruleId()))
            .map(Finding::pointer)
            .toList();
    if (c.fires().isPresent()) {
      assertThat(pointers).as("%s", c).containsExactly(c.fires().get());
    } else {
      assertThat(pointers).as("%s", c).isEmpty();
    }
  }

  /** Checks the case's document, as an update of its previous version when it has one. */
  private static Report report(RuleCases.Case c) {
    String document = RuleCases.document(c).toString();
    Optional<String> previous = RuleCases.previousDocument(c).map(JsonNode::toString);
    Checker checker = Fixtures.checker();
    if (c.catalogue()) {
      return previous.isPresent()
          ? checker.check(JSON.readCatalog(document), JSON.readCatalog(previous.get()))
          : checker.check(JSON.readCatalog(document));
    }
    return previous.isPresent()
        ? checker.check(JSON.readStandard(document), JSON.readStandard(previous.get()))
        : checker.check(JSON.readStandard(document));
  }

  @Test
  void everyBuiltInRuleHasACaseThatFiresAndOneThatStaysQuiet() {
    Set<String> firing =
        cases()
            .filter(c -> c.fires().isPresent())
            .map(RuleCases.Case::ruleId)
            .collect(Collectors.toSet());
    Set<String> quiet =
        cases()
            .filter(c -> c.fires().isEmpty())
            .map(RuleCases.Case::ruleId)
            .collect(Collectors.toSet());
    Set<String> missing = new TreeSet<>();
    for (Rule rule : Profile.law25Of2009().allRules()) {
      if (!firing.contains(rule.id()) || !quiet.contains(rule.id())) {
        missing.add(rule.id());
      }
    }
    assertThat(missing)
        .as("rules without a firing case and a quiet one in cases/<rule id>.json")
        .isEmpty();
  }

  @Test
  void theFixtureItselfIsACatalogueTheCasesCanPatch() {
    StandardsCatalog catalog = JSON.readCatalog(JSON.writeToString(Fixtures.catalog()));
    assertThat(catalog).isEqualTo(Fixtures.catalog());
  }
}
