package id.standarpelayanan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.ModelValidation;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.internal.ConstraintPlans;
import id.standarpelayanan.model.internal.FastPathValidator;
import jakarta.validation.Validator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over the whole variety of generated drafts — every optional part present and absent, Unicode
 * text, limits — the model validator's compiled plan proves the values valid by itself, agreeing
 * with Hibernate Validator: the fast path is taken, not just available.
 */
class FastPathProperties {

  private static final FastPathValidator VALIDATOR =
      ModelValidation.validator().unwrap(FastPathValidator.class);
  private static final ConstraintPlans PLANS = VALIDATOR.plans();
  private static final Validator HIBERNATE = VALIDATOR.delegate();

  @Property(tries = 200)
  void draftStandardsAreProvedValidByThePlan(@ForAll("draftStandards") ServiceStandard standard) {
    assertThat(HIBERNATE.validate(standard)).isEmpty();
    assertThat(PLANS.valid(standard)).isTrue();
  }

  @Property(tries = 50)
  void completeCatalogsAreProvedValidByThePlan(@ForAll StandardsCatalog catalog) {
    assertThat(HIBERNATE.validate(catalog)).isEmpty();
    assertThat(PLANS.valid(catalog)).isTrue();
  }

  @Provide
  Arbitrary<ServiceStandard> draftStandards() {
    return StandardsArbitraries.draftStandards();
  }
}
