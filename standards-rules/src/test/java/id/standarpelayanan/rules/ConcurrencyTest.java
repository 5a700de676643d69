package id.standarpelayanan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One checker shared by many threads gives the same reports as when used from one thread. */
class ConcurrencyTest {

  @Test
  void aSharedCheckerGivesTheSameReportsAsSequentialUse() throws Exception {
    List<StandardsCatalog> catalogs = new ArrayList<>();
    catalogs.add(Fixtures.catalog());
    RuleCatalogueTest.standardCases()
        .forEach(
            c ->
                catalogs.add(
                    Fixtures.catalog().withStandards(c.defect().apply(Fixtures.standard()))));
    RuleCatalogueTest.catalogCases()
        .forEach(c -> catalogs.add(c.defect().apply(Fixtures.catalog())));
    List<ServiceStandard> standards =
        catalogs.stream().flatMap(c -> c.getStandards().stream()).toList();

    for (Locale locale : new Locale[] {Locale.ENGLISH, Fixtures.INDONESIAN}) {
      Checker checker = Fixtures.checker(Profile.law25Of2009(), locale);
      List<Report> sequential = new ArrayList<>();
      catalogs.forEach(c -> sequential.add(checker.check(c)));
      standards.forEach(s -> sequential.add(checker.check(s)));

      List<Callable<Report>> tasks = new ArrayList<>();
      for (int round = 0; round < 8; round++) {
        catalogs.forEach(c -> tasks.add(() -> checker.check(c)));
        standards.forEach(s -> tasks.add(() -> checker.check(s)));
      }
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<Report>> futures = pool.invokeAll(tasks);
        for (int i = 0; i < futures.size(); i++) {
          assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % sequential.size()));
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
