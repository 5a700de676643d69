package id.standarpelayanan.benchmarks;

import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.io.StandardsXml;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ImmutableStandardsCatalog;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The documents the benchmarks measure: the Kanwil Kemenag Aceh sample and a large catalogue. */
public final class Documents {

  /** The sizes measured. */
  public enum Size {
    /** The sample: one provider, seven complete standards. */
    SAMPLE,
    /** The sample's standards repeated to 1,000 standards, with distinct ids. */
    LARGE
  }

  static final StandardsJson JSON = StandardsJson.builder().build();
  static final StandardsXml XML = StandardsXml.builder().build();

  private Documents() {}

  static StandardsCatalog sample() {
    try (InputStream in = Documents.class.getResourceAsStream("kanwil-kemenag-aceh.json")) {
      if (in == null) {
        throw new IllegalStateException("the sample is not embedded");
      }
      return JSON.readCatalog(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static StandardsCatalog catalog(Size size) {
    return size == Size.SAMPLE ? sample() : catalog(1_000);
  }

  /**
   * The sample's standards repeated to {@code count} standards, with distinct ids.
   *
   * @param count how many standards
   * @return the catalogue
   */
  static StandardsCatalog catalog(int count) {
    StandardsCatalog sample = sample();
    List<ServiceStandard> standards = new ArrayList<>();
    for (int i = 0; standards.size() < count; i++) {
      ServiceStandard original = sample.getStandards().get(i % sample.getStandards().size());
      standards.add(ImmutableServiceStandard.copyOf(original).withId(original.getId() + "-" + i));
    }
    return ImmutableStandardsCatalog.copyOf(sample).withStandards(standards);
  }
}
