package id.standarpelayanan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.Principle;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingGroupsTest {

  private static Finding finding(String id, Optional<Component> component) {
    return new Finding(
        id,
        Severity.WARNING,
        FindingSource.RULE,
        Pointer.root().child(id),
        component.flatMap(Principle::covering),
        component,
        "pesan",
        List.of());
  }

  private static final Finding COMPLAINT = finding("a", Optional.of(Component.COMPLAINT_HANDLING));
  private static final Finding LEGAL = finding("b", Optional.of(Component.LEGAL_BASIS));
  private static final Finding FEE = finding("c", Optional.of(Component.FEE));
  private static final Finding STRUCTURE = finding("d", Optional.empty());
  private static final Finding LEGAL_AGAIN = finding("e", Optional.of(Component.LEGAL_BASIS));
  private static final List<Finding> FINDINGS =
      List.of(COMPLAINT, LEGAL, FEE, STRUCTURE, LEGAL_AGAIN);

  @Test
  void groupsByPrincipleInTheirOrderWithTheFindingsOutsideThePrinciplesApart() {
    FindingGroups<Principle> groups = FindingGroups.byPrinciple(FINDINGS);

    assertThat(groups.groups().keySet())
        .containsExactly(
            Principle.covering(Component.LEGAL_BASIS).orElseThrow(),
            Principle.covering(Component.COMPLAINT_HANDLING).orElseThrow());
    assertThat(groups.groups().get(Principle.covering(Component.LEGAL_BASIS).orElseThrow()))
        .containsExactly(LEGAL, LEGAL_AGAIN);
    assertThat(groups.without()).containsExactly(FEE, STRUCTURE);
  }

  @Test
  void groupsByComponentInStatutoryOrder() {
    FindingGroups<Component> groups = FindingGroups.byComponent(FINDINGS);

    assertThat(groups.groups().keySet())
        .containsExactly(Component.LEGAL_BASIS, Component.FEE, Component.COMPLAINT_HANDLING);
    assertThat(groups.without()).containsExactly(STRUCTURE);
  }

  @Test
  void reportsOfferTheSameGroupsOfTheirOwnFindings() {
    Report report = Fixtures.checker().check(Fixtures.catalog());

    assertThat(report.findingsByPrinciple())
        .isEqualTo(FindingGroups.byPrinciple(report.findings()));
    assertThat(report.standards().get(0).findingsByComponent())
        .isEqualTo(FindingGroups.byComponent(report.standards().get(0).findings()));
  }

  @Test
  void theGroupsCannotBeChanged() {
    FindingGroups<Component> groups = FindingGroups.byComponent(FINDINGS);

    assertThatThrownBy(() -> groups.groups().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> groups.groups().get(Component.FEE).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> groups.without().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
