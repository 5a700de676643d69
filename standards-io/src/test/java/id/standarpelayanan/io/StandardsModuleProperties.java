package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.testkit.StandardsArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of {@link StandardsModule} in a plain {@code ObjectMapper} over generated standards and
 * catalogues: it writes exactly what the JSON codec writes, reads that back to an equal value, and
 * each side reads the other's output.
 */
class StandardsModuleProperties {

  private static final StandardsJson JSON = StandardsJson.builder().build();
  private static final StandardsJson PRETTY_JSON = StandardsJson.builder().pretty(true).build();
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new StandardsModule());

  @Provide
  Arbitrary<ServiceStandard> drafts() {
    return StandardsArbitraries.draftStandards();
  }

  @Provide
  Arbitrary<StandardsCatalog> draftCatalogs() {
    return StandardsArbitraries.draftCatalogs();
  }

  @Property(tries = 200)
  void moduleWritesWhatTheCodecWritesAndReadsItBack(@ForAll("drafts") ServiceStandard standard)
      throws Exception {
    String written = MAPPER.writeValueAsString(standard);

    assertThat(written).isEqualTo(JSON.writeToString(standard));
    assertThat(MAPPER.readValue(written, ServiceStandard.class)).isEqualTo(standard);
    assertThat(MAPPER.readValue(PRETTY_JSON.writeToString(standard), ServiceStandard.class))
        .isEqualTo(standard);
  }

  @Property(tries = 50)
  void moduleAndCodecAgreeOnCatalogues(@ForAll("draftCatalogs") StandardsCatalog catalog)
      throws Exception {
    String written = MAPPER.writeValueAsString(catalog);

    assertThat(written).isEqualTo(JSON.writeToString(catalog));
    assertThat(MAPPER.readValue(written, StandardsCatalog.class)).isEqualTo(catalog);
    assertThat(JSON.readCatalog(written)).isEqualTo(catalog);
  }
}
