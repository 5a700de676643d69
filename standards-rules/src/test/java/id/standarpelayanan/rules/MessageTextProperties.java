package id.standarpelayanan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.StandardsCatalog;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No finding's message carries a control character, a line or paragraph separator or a
 * bidirectional override from the document, whatever text the document holds: document text quoted
 * in a message is escaped and shortened.
 */
class MessageTextProperties {

  private static final Checker CHECKER = Fixtures.checker(Profile.law25Of2009(), Locale.ENGLISH);

  @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
  void noMessageCarriesAnUnsafeCharacterFromTheDocument(
      @ForAll("texts") String text, @ForAll("fields") int every) {
    StandardsCatalog catalog =
        EveryText.replace(Fixtures.catalog(), (index, old) -> index % every == 0 ? text : old);
    Report report = CHECKER.check(catalog);
    for (Finding finding : report.findings()) {
      assertThat(unsafe(finding.message()))
          .as("%s: %s", finding.ruleId(), finding.message())
          .isFalse();
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> unsafe =
        Arbitraries.of(
            '\n', '\r', '\t', '\u001b', '\u0000', '\u0085', '\u2028', '\u2029', '\u202e', '\u2066',
            '\ud800', '\udc00', '\u007f');
    Arbitrary<Character> letters = Arbitraries.chars().all();
    Arbitrary<Character> words = Arbitraries.of('a', ' ', '@', '.', '/', '1', 'h', 'r', 'i');
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, unsafe),
            net.jqwik.api.Tuple.of(3, letters),
            net.jqwik.api.Tuple.of(4, words))
        .list()
        .ofMinSize(1)
        .ofMaxSize(300)
        .map(
            chars -> {
              StringBuilder text = new StringBuilder();
              chars.forEach(text::append);
              return text.toString();
            });
  }

  @Provide
  Arbitrary<Integer> fields() {
    return Arbitraries.integers().between(1, 7);
  }

  /** Whether text holds a character that must not reach a terminal or a log line unescaped. */
  static boolean unsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      int type = Character.getType(c);
      if (Character.isISOControl(c)
          || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR
          || Character.isSurrogate(c)
          || (c >= '\u202a' && c <= '\u202e')
          || (c >= '\u2066' && c <= '\u2069')) {
        return true;
      }
    }
    return false;
  }
}
