package id.standarpelayanan.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link Texts#contains} answers as {@link String#contains}, in linear time on near misses. */
class TextsContainsProperties {

  @Property(tries = 300)
  void answersAsStringContains(
      @ForAll("texts") String text, @ForAll("texts") String part, @ForAll int from) {
    // a part cut from the text must be found; a random one as String.contains says
    int start = text.isEmpty() ? 0 : Math.floorMod(from, text.length());
    String cut =
        text.substring(start, Math.min(text.length(), start + 70 + Math.floorMod(from, 40)));
    assertThat(Texts.contains(text, cut)).isTrue();
    assertThat(Texts.contains(text, part)).isEqualTo(text.contains(part));
    assertThat(Texts.contains(text + part, part)).isTrue();
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("ab").ofMinLength(0).ofMaxLength(400);
  }

  @Test
  void findsNothingInALongNearMissQuickly() {
    String text = "a".repeat(1_000_000);
    String part = "a".repeat(500_000) + "b";
    assertThat(Texts.contains(text, part)).isFalse();
    assertThat(Texts.contains(text + "b", part)).isTrue();
  }
}
