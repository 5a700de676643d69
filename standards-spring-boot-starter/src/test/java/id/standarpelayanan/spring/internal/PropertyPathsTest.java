package id.standarpelayanan.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PropertyPathsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|''",
        "fee|/fee",
        "requirements[2].description|/requirements/2/description",
        "legalBasis[6]|/legalBasis/6",
        "procedure.steps[0].duration|/procedure/steps/0/duration",
        "standards[1].fee.items[0].amount|/standards/1/fee/items/0/amount",
        "extensions[kode-unit]|/extensions/kode-unit",
        "extensions[a/b]|/extensions/a~1b",
        "list[01]|/list/01",
        "list[99999999999999999999]|/list/99999999999999999999"
      })
  void aPropertyPathBecomesThePointerOfTheSamePlace(String path, String pointer) {
    assertThat(PropertyPaths.toPointer(path).toString()).isEqualTo(pointer);
  }
}
