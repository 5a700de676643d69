package id.standarpelayanan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.Languages;
import id.standarpelayanan.rules.internal.RuleMessages;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every rule's description and messages exist in Indonesian and English, as plain MessageFormat
 * patterns.
 */
class MessagesTest {

  private static final Locale INDONESIAN = Languages.INDONESIAN;
  private static final Pattern ARGUMENT = Pattern.compile("\\{([^}]*)}");

  private static Set<String> keys(Locale locale) {
    ResourceBundle bundle = RuleMessages.bundle(locale);
    return new TreeSet<>(Collections.list(bundle.getKeys()));
  }

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertThat(RuleMessages.bundle(INDONESIAN).getLocale()).isEqualTo(Locale.ROOT);
    assertThat(RuleMessages.bundle(Locale.ENGLISH).getLocale()).isEqualTo(Locale.ENGLISH);
    assertThat(keys(Locale.ENGLISH)).isEqualTo(keys(INDONESIAN));
  }

  @Test
  void everyRuleHasItsDescriptionAndMessagesInBothLanguages() {
    Set<String> expected = new TreeSet<>();
    for (Rule rule : Profile.law25Of2009().allRules()) {
      expected.add(rule.id() + ".description");
      rule.messageKeys().forEach(key -> expected.add(rule.id() + "." + key));
      for (Locale locale : new Locale[] {INDONESIAN, Locale.ENGLISH}) {
        assertThat(rule.description(locale)).as("%s in %s", rule.id(), locale).isNotBlank();
        rule.messageKeys()
            .forEach(key -> assertThat(rule.messagePattern(key, locale)).isNotBlank());
      }
      assertThat(rule.description(INDONESIAN))
          .as(rule.id())
          .isNotEqualTo(rule.description(Locale.ENGLISH));
    }
    assertThat(keys(INDONESIAN)).containsAll(expected);
    assertThat(keys(Locale.ENGLISH)).containsAll(expected);
    Set<String> unused = new TreeSet<>(keys(INDONESIAN));
    unused.removeAll(expected);
    assertThat(unused)
        .as("keys no rule uses")
        .allMatch(
            key ->
                key.startsWith("Severity.")
                    || key.startsWith("CompletenessStatus.")
                    || key.startsWith("period.")
                    || key.startsWith("profile.")
                    || key.startsWith(Checker.RULE_FAILED + "."));
  }

  @Test
  void patternsUseOnlyNumberedArgumentsTheSameInBothLanguages() {
    for (String key : keys(INDONESIAN)) {
      String indonesian = RuleMessages.pattern(key, INDONESIAN);
      String english = RuleMessages.pattern(key, Locale.ENGLISH);
      for (String pattern : new String[] {indonesian, english}) {
        assertThat(pattern).as(key).doesNotContain("${").doesNotContain("#{");
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
          assertThat(matcher.group(1)).as("argument of %s", key).matches("\\d");
        }
        new MessageFormat(pattern, Locale.ROOT);
      }
      assertThat(arguments(english)).as(key).isEqualTo(arguments(indonesian));
    }
  }

  @Test
  void labelsOfTheEnginesVocabularyExistInBothLanguages() {
    for (Severity severity : Severity.values()) {
      assertThat(severity.label(Locale.ENGLISH)).isNotEqualTo(severity.label(INDONESIAN));
    }
    for (CompletenessStatus status : CompletenessStatus.values()) {
      assertThat(status.label(Locale.ENGLISH)).isNotEqualTo(status.label(INDONESIAN));
    }
    assertThat(Severity.ERROR.label(Locale.forLanguageTag("fr"))).isEqualTo("Galat");
  }

  @Test
  void userTextInArgumentsIsNeverEvaluated() {
    String address = "${1+1} #{2} {0} 'x'";
    var standard =
        RuleCatalogueTest.addChannel(
            Fixtures.standard(),
            id.standarpelayanan.model.Channel.builder()
                .setKind(id.standarpelayanan.model.ChannelKind.EMAIL)
                .setAddress(address)
                .build());
    Finding finding =
        Fixtures.onlyFinding(
            Fixtures.checker().check(standard),
            "sp.complaint.channel-address",
            "/complaintHandling/channels/4/address");
    assertThat(finding.message())
        .isEqualTo(
            "The address \""
                + address
                + "\" cannot be used as an address for Email; write one the public can use.");
  }

  private static Set<String> arguments(String pattern) {
    Set<String> arguments = new TreeSet<>();
    Matcher matcher = ARGUMENT.matcher(pattern);
    while (matcher.find()) {
      arguments.add(matcher.group(1));
    }
    return arguments;
  }
}
