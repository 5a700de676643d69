package id.standarpelayanan.model.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PrintableTest {

  @Test
  void escapesWhatCouldForgeALineOrDriveATerminal() {
    assertThat(Printable.of("a\nERROR x\r\u001b[31mred\u0007\t\u0085\u2028\u202Eb"))
        .isEqualTo("a\\nERROR x\\r\\u001B[31mred\\u0007\\t\\u0085\\u2028\\u202Eb");
    assertThat(Printable.of("lone \uD800 high, lone \uDC00 low, pair \uD83D\uDE00"))
        .isEqualTo("lone \\uD800 high, lone \\uDC00 low, pair \uD83D\uDE00");
  }

  @Test
  void leavesPlainTextAloneAndShortensLongText() {
    String plain = "Legalisasi ijazah — Kanwil Kemenag Aceh";
    assertThat(Printable.of(plain)).isSameAs(plain);
    assertThat(Printable.of("abcdef", 3)).isEqualTo("abc…");
    assertThat(Printable.of("ab\uD83D\uDE00c", 3)).isEqualTo("ab…");
    assertThat(Printable.of(null)).isEqualTo("null");
    assertThat(Printable.of("x".repeat(1000))).hasSize(Printable.DEFAULT_LENGTH + 1);
    assertThatThrownBy(() -> Printable.of("x", 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void neverPrintsAControlCharacterOrALoneSurrogate(@ForAll String text) {
    String printed = Printable.of(text, 10_000);
    assertThat(Printable.isPlain(printed)).isTrue();
    assertThat(printed.codePoints().filter(c -> Character.getType(c) == Character.CONTROL))
        .isEmpty();
  }
}
