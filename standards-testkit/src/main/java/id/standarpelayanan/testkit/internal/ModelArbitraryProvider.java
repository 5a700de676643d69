package id.standarpelayanan.testkit.internal;

import id.standarpelayanan.testkit.StandardsArbitraries;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Registers the testkit's arbitraries as jqwik defaults ({@code @ForAll ServiceStandard}), through
 * {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 */
public final class ModelArbitraryProvider implements ArbitraryProvider {

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return StandardsArbitraries.types().stream().anyMatch(targetType::isOfType);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    for (Class<?> type : StandardsArbitraries.types()) {
      if (targetType.isOfType(type)) {
        return Set.of(StandardsArbitraries.of(type));
      }
    }
    return Set.of();
  }
}
