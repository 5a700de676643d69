package id.standarpelayanan.diff.update;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.diff.Differ;
import id.standarpelayanan.model.CompletionTime;
import id.standarpelayanan.model.DurationUnit;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ImmutableStandardsCatalog;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@code sp.update.identity-unchanged} compares the documents' data, {@code sp diff} their meaning
 * (docs/rules.md says so): a completion time of 10 working days restated as 75 hours is a change of
 * the published text, which needs a new decree and version, although the two versions are
 * equivalent.
 */
class IdentityAgainstMeaningTest {

  @Test
  void aTimeRestatedInHoursIsEquivalentYetStillNeedsANewDecree() {
    StandardsCatalog sample = BurdenWithoutConsultationTest.sample();
    List<ServiceStandard> standards = new ArrayList<>(sample.getStandards());
    ImmutableServiceStandard information = ImmutableServiceStandard.copyOf(standards.get(5));
    CompletionTime time = information.getCompletionTime().orElseThrow();
    assertThat(time.getMaximum()).contains(TimeSpan.of(10, DurationUnit.WORKING_DAYS));
    standards.set(
        5,
        information.withCompletionTime(
            CompletionTime.builder()
                .from(time)
                .setMaximum(TimeSpan.of(75, DurationUnit.HOURS))
                .build()));
    StandardsCatalog restated = ImmutableStandardsCatalog.copyOf(sample).withStandards(standards);

    assertThat(Differ.standard().compare(sample, restated).changes()).isEmpty();
    List<Finding> findings =
        BurdenWithoutConsultationTest.checker(Locale.ENGLISH).check(restated, sample).findings();
    assertThat(findings)
        .extracting(Finding::ruleId)
        .contains("sp.update.identity-unchanged")
        .doesNotContain(UpdateRules.BURDEN_WITHOUT_CONSULTATION);
  }
}
