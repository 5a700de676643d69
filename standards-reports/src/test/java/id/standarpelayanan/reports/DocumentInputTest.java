package id.standarpelayanan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DocumentInputTest {

  @Test
  void aRelativeFileIsLocatedRelativeToTheWorkingDirectoryAndAnAbsoluteOneByItsFileUri() {
    DocumentInput relative = DocumentInput.of(Path.of("data", "katalog kanwil.json"));
    Path absolute = Path.of("katalog.json").toAbsolutePath();

    assertThat(relative.name()).isEqualTo(Path.of("data", "katalog kanwil.json").toString());
    assertThat(relative.uri()).isEqualTo("data/katalog%20kanwil.json");
    assertThat(DocumentInput.of(absolute).uri()).isEqualTo(absolute.toUri().toString());
    assertThat(DocumentInput.of(Path.of("a.json"), "./a.json").name()).isEqualTo("./a.json");
  }

  @Test
  void aStreamsUriIsItsNameAsAReferenceNeverASchemeAndCanBeChanged() {
    InputStream in = new ByteArrayInputStream(new byte[0]);

    assertThat(DocumentInput.of(in, "unggahan 1.json").uri()).isEqualTo("unggahan%201.json");
    assertThat(DocumentInput.of(in, "c:katalog.json").uri()).isEqualTo("./c:katalog.json");
    assertThat(DocumentInput.of(in, "masukan standar").withUri("stdin").uri()).isEqualTo("stdin");
    assertThat(DocumentInput.of(in, "masukan standar").withUri("stdin").name())
        .isEqualTo("masukan standar");
  }

  @Test
  void anOpenerIsCalledForEachReading() throws IOException {
    int[] opened = {0};
    DocumentInput input =
        DocumentInput.of(
            "contoh",
            "contoh.json",
            () -> {
              opened[0]++;
              return new ByteArrayInputStream(new byte[] {'{'});
            });

    try (InputStream first = input.open();
        InputStream second = input.open()) {
      assertThat(first.read()).isEqualTo('{');
      assertThat(second.read()).isEqualTo('{');
    }
    assertThat(opened[0]).isEqualTo(2);
  }
}
