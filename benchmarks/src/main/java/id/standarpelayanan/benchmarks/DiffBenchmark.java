package id.standarpelayanan.benchmarks;

import id.standarpelayanan.diff.Comparison;
import id.standarpelayanan.diff.Differ;
import id.standarpelayanan.io.ReadLimits;
import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.model.CompletionTime;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ImmutableStandardsCatalog;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.publish.Publisher;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Comparing two versions of a large catalogue ({@code standards} standards, the sample's repeated
 * with distinct ids) against its floor in the same run: reading both versions' JSON into the model,
 * what any comparison of two files costs first. The new version differs from the old in every tenth
 * standard (a longer completion time), every twentieth (a requirement added) and every fiftieth
 * (withdrawn), and has its standards in the same order. At 1,000 and 10,000 standards: the cost
 * should grow tenfold (matching hashes ids and normalised text before it compares).
 */
public class DiffBenchmark extends Settings {

  @Param({"1000", "10000"})
  int standards;

  private final Differ differ = Differ.standard();
  private final Publisher publisher = Publisher.builder().build();

  /** The reader of the floor: the default limits (500,000 values) are below 10,000 standards. */
  private final StandardsJson reader =
      StandardsJson.builder()
          .limits(
              ReadLimits.builder()
                  .maxDocumentLength(Long.MAX_VALUE)
                  .maxValues(Integer.MAX_VALUE)
                  .maxListItems(Integer.MAX_VALUE)
                  .build())
          .build();

  private StandardsCatalog oldCatalog;
  private StandardsCatalog newCatalog;
  private byte[] oldJson;
  private byte[] newJson;

  /** Makes both versions and their JSON once. */
  @Setup
  public void setUp() {
    oldCatalog = Documents.catalog(standards);
    newCatalog = mutated(oldCatalog);
    oldJson = Documents.JSON.writeToString(oldCatalog).getBytes(StandardCharsets.UTF_8);
    newJson = Documents.JSON.writeToString(newCatalog).getBytes(StandardCharsets.UTF_8);
    int changes = differ.compare(oldCatalog, newCatalog).changes().size();
    if (changes == 0) {
      throw new IllegalStateException("the mutated copy must differ");
    }
  }

  /**
   * Compares the two versions (the canonical JSON of both, matched and compared).
   *
   * @return the comparison
   */
  @Benchmark
  public Comparison compare() {
    return differ.compare(oldCatalog, newCatalog);
  }

  /**
   * Floor: reading both versions' JSON into the model.
   *
   * @param hole consumes the catalogues
   */
  @Benchmark
  public void readBoth(Blackhole hole) {
    hole.consume(reader.readCatalog(oldJson));
    hole.consume(reader.readCatalog(newJson));
  }

  /**
   * Compares and writes the JSON change log, as {@code sp diff --format json} after reading.
   *
   * @return the log's length
   */
  @Benchmark
  public int compareAndWriteJsonLog() {
    return differ
        .compare(oldCatalog, newCatalog)
        .toString(id.standarpelayanan.diff.ChangeLogFormat.JSON, java.util.Locale.ENGLISH)
        .length();
  }

  /**
   * Compares and writes the HTML change log, as {@code sp diff --format html} after reading.
   *
   * @return the page's length
   */
  @Benchmark
  public int compareAndWriteHtmlLog() {
    return publisher.changeLog(differ.compare(oldCatalog, newCatalog)).length();
  }

  static StandardsCatalog mutated(StandardsCatalog catalog) {
    List<ServiceStandard> next = new ArrayList<>();
    List<ServiceStandard> all = catalog.getStandards();
    for (int i = 0; i < all.size(); i++) {
      ServiceStandard s = all.get(i);
      if (i % 50 == 49) {
        continue;
      }
      ImmutableServiceStandard changed = ImmutableServiceStandard.copyOf(s);
      if (i % 10 == 0 && s.getCompletionTime().flatMap(CompletionTime::getMaximum).isPresent()) {
        CompletionTime time = s.getCompletionTime().get();
        TimeSpan max = time.getMaximum().get();
        changed =
            changed.withCompletionTime(
                CompletionTime.builder()
                    .from(time)
                    .setMaximum(TimeSpan.of(max.getAmount() + 1, max.getUnit()))
                    .build());
      }
      if (i % 20 == 5) {
        List<Requirement> requirements = new ArrayList<>(s.getRequirements());
        requirements.add(
            Requirement.builder()
                .setId("syarat-baru")
                .setDescription("Surat keterangan tambahan")
                .build());
        changed = changed.withRequirements(requirements);
      }
      next.add(changed);
    }
    return ImmutableStandardsCatalog.copyOf(catalog).withStandards(next);
  }
}
