package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.CompletionTime;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Texts;
import java.util.List;
import java.util.Set;

/**
 * {@code sp.completion-time.extension}: the completion time may be extended, but the standard does
 * not say when, or by how much. A typed extension without its condition is reported; so is a
 * description that allows the time to be exceeded ("Jika lebih maka harus dilaporkan ke Ketua
 * Pengadilan", "dapat diperpanjang") and states no limit after it ("paling lama 7 hari kerja" is
 * one), without a typed extension. UU 25/2009 art. 21 letter d: the public must know the time.
 */
public final class CompletionTimeExtension extends BuiltInRule {

  /** Words with which a description allows the time to be exceeded or extended. */
  private static final Set<String> EXTENDING =
      Set.of("diperpanjang", "perpanjangan", "memperpanjang", "extended", "extension");

  public CompletionTimeExtension() {
    super(
        "sp.completion-time.extension",
        Severity.WARNING,
        "UU 25/2009 pasal 21 huruf d",
        List.of(Component.COMPLETION_TIME),
        "no-condition",
        "unbounded");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    standard
        .getCompletionTime()
        .ifPresent(
            time -> {
              if (time.getExtension().isPresent()) {
                if (!Texts.meaningful(time.getExtension().get().getCondition())) {
                  context.report(
                      "/completionTime/extension/condition",
                      "no-condition",
                      time.getExtension().get().getDuration());
                }
              } else if (allowsOverrun(time)) {
                context.report(
                    "/completionTime/description", "unbounded", time.getDescription().orElse(""));
              }
            });
  }

  /** "jika lebih", "apabila melebihi", "dapat diperpanjang", with no limit after it. */
  private static boolean allowsOverrun(CompletionTime time) {
    List<String> words = time.getDescription().map(Texts::words).orElse(List.of());
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      boolean condition =
          word.equals("jika")
              || word.equals("apabila")
              || word.equals("bila")
              || word.equals("bilamana");
      if (EXTENDING.contains(word)
          || (condition
              && i + 1 < words.size()
              && (words.get(i + 1).equals("lebih") || words.get(i + 1).equals("melebihi")))) {
        return !Texts.statesDuration(words, i + 1);
      }
    }
    return false;
  }
}
