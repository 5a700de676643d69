package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.fixtures.KanwilAcehFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One codec shared by several threads gives every thread the same results. */
class ConcurrencyTest {

  @Test
  void sharedCodecsReadAndWriteFromManyThreads() throws Exception {
    StandardsJson json = StandardsJson.builder().pretty(true).build();
    StandardsXml xml = StandardsXml.builder().build();
    StandardsCatalog catalog = KanwilAcehFixtures.catalog();
    String expectedJson = json.writeToString(catalog);
    String expectedXml = xml.writeToString(catalog);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Boolean>> tasks = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        tasks.add(
            () -> {
              for (int round = 0; round < 10; round++) {
                if (!json.writeToString(catalog).equals(expectedJson)
                    || !xml.writeToString(catalog).equals(expectedXml)
                    || !json.readCatalog(expectedJson).equals(catalog)
                    || !xml.readCatalog(expectedXml).equals(catalog)) {
                  return false;
                }
              }
              return true;
            });
      }
      for (Future<Boolean> result : pool.invokeAll(tasks)) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
