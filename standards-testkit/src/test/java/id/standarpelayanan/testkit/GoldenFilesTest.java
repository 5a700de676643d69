package id.standarpelayanan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each test sets {@code golden.update} itself: the build may run with it set for other tests. */
class GoldenFilesTest {

  private String before;

  @BeforeEach
  void compareByDefault() {
    before = System.getProperty(GoldenFiles.UPDATE_PROPERTY);
    System.clearProperty(GoldenFiles.UPDATE_PROPERTY);
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(GoldenFiles.UPDATE_PROPERTY);
    } else {
      System.setProperty(GoldenFiles.UPDATE_PROPERTY, before);
    }
  }

  @Test
  void theSameTextMatches(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "satu\ndua\n", StandardCharsets.UTF_8);
    assertThatNoException()
        .isThrownBy(() -> GoldenFiles.assertMatches(dir, "a.txt", "satu\ndua\n"));
  }

  @Test
  void aDifferenceIsShownNumberedWithItsContext(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "1\n2\n3\n4\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GoldenFiles.assertMatches(dir, "a.txt", "1\n2\n3\nempat\n"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("a.txt differs")
        .hasMessageContaining("-Dgolden.update=true")
        .hasMessageContaining("      2  2\n      3  3\n-     4  4\n+     4  empat\n");
  }

  @Test
  void lineEndingsAloneAreNamed() {
    assertThat(GoldenFiles.firstDifference("a\nb\n", "a\r\nb\r\n"))
        .endsWith("(the texts differ only in line endings or the final line break)\n");
  }

  @Test
  void aMissingFileSaysHowToMakeIt(@TempDir Path dir) {
    assertThatThrownBy(() -> GoldenFiles.assertMatches(dir, "none.txt", "x"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("none.txt is missing (create it with -Dgolden.update=true)");
  }

  @Test
  void theUpdatePropertyWritesTheFileFirst(@TempDir Path dir) throws IOException {
    System.setProperty(GoldenFiles.UPDATE_PROPERTY, "true");
    GoldenFiles.assertMatches(dir.resolve("sub"), "b.txt", "baru\n");
    System.clearProperty(GoldenFiles.UPDATE_PROPERTY);
    assertThat(dir.resolve("sub/b.txt")).hasContent("baru");
    assertThatThrownBy(() -> GoldenFiles.assertMatches(dir.resolve("sub"), "b.txt", "lain\n"))
        .isInstanceOf(AssertionError.class);
  }
}
