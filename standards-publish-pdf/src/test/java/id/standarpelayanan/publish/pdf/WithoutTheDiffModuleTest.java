package id.standarpelayanan.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.publish.Layout;
import id.standarpelayanan.publish.Publisher;
import org.junit.jupiter.api.Test;

/**
 * standards-publish depends on standards-diff optionally (for {@code Publisher.changeLog} only):
 * this module, like any user that publishes without comparing, does not have it, and publishing
 * works.
 */
class WithoutTheDiffModuleTest {

  @Test
  void publishingNeedsNoDiffModule() {
    assertThatThrownBy(() -> Class.forName("id.standarpelayanan.diff.Comparison"))
        .isInstanceOf(ClassNotFoundException.class);
    Publisher publisher = Publisher.builder().build();
    assertThat(publisher.html(Samples.catalog(), Layout.PLEDGE)).contains("MAKLUMAT PELAYANAN");
  }
}
