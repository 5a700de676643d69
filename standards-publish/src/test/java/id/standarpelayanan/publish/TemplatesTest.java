package id.standarpelayanan.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An office's templates: a file replaces the built-in one of its name, the rest stay. */
class TemplatesTest {

  @TempDir Path directory;

  @Test
  void anOfficesLetterheadReplacesTheBuiltInOneInEveryLayout() throws Exception {
    Files.writeString(
        directory.resolve("letterhead.mustache"),
        "<header class=\"letterhead\"><p>KOP {{#provider}}{{#name}}{{> field}}{{/name}}{{/provider}}</p></header>\n",
        StandardCharsets.UTF_8);
    Publisher publisher = Samples.publisher(Locale.ENGLISH).templates(directory).build();
    for (Layout layout : Layout.values()) {
      String html = publisher.html(Samples.catalog(), layout);
      assertThat(html)
          .contains("<p>KOP Kantor Wilayah Kementerian Agama Provinsi Aceh</p>")
          .doesNotContain("class=\"agency\"")
          .contains("<title>");
    }
  }

  @Test
  void aTemplateThatDoesNotCompileIsRefusedWhenThePublisherIsBuilt() throws Exception {
    Files.writeString(
        directory.resolve("pledge.mustache"), "{{#a}} unclosed", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Samples.publisher(Locale.ENGLISH).templates(directory).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("template pledge.mustache does not compile");
  }

  @Test
  void aPartialCannotReachOutsideTheTemplatesDirectory() throws Exception {
    Files.writeString(
        directory.resolveSibling("secret.mustache"), "SECRET", StandardCharsets.UTF_8);
    Files.writeString(
        directory.resolve("footer.mustache"),
        "<footer>{{> ../secret}}</footer>",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Samples.publisher(Locale.ENGLISH).templates(directory).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theTemplatesDirectoryMustBeADirectory() {
    assertThatThrownBy(() -> Publisher.builder().templates(directory.resolve("none")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a directory of templates");
  }
}
