package id.standarpelayanan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The laws of {@link Verdict#worse(Verdict)}: the worst of a run does not depend on order. */
class VerdictProperties {

  @Property
  void worseIsCommutative(@ForAll Verdict a, @ForAll Verdict b) {
    assertThat(a.worse(b)).isEqualTo(b.worse(a));
  }

  @Property
  void worseIsAssociative(@ForAll Verdict a, @ForAll Verdict b, @ForAll Verdict c) {
    assertThat(a.worse(b).worse(c)).isEqualTo(a.worse(b.worse(c)));
  }

  @Property
  void worseIsIdempotentWithPassedAsIdentityAndFailedAbsorbing(@ForAll Verdict a) {
    assertThat(a.worse(a)).isEqualTo(a);
    assertThat(a.worse(Verdict.PASSED)).isEqualTo(a);
    assertThat(a.worse(Verdict.FAILED)).isEqualTo(Verdict.FAILED);
  }

  @Property
  void theWorseHasTheGreaterExitCode(@ForAll Verdict a, @ForAll Verdict b) {
    assertThat(a.worse(b).exitCode()).isEqualTo(Math.max(a.exitCode(), b.exitCode()));
    assertThat(a.worse(b)).isIn(a, b);
  }

  @Property(tries = 4)
  void exitCodesAreTheToolsZeroToThree(@ForAll Verdict a) {
    assertThat(a.exitCode()).isEqualTo(a.ordinal()).isBetween(0, 3);
  }
}
