package id.standarpelayanan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} is generated from the rule catalogue. Run with {@code
 * -Drules.docs.update=true} to rewrite it; otherwise this test fails when the file is stale.
 */
class RulesDocTest {

  private static final Path DOCUMENT =
      Path.of(System.getProperty("basedir", "."))
          .toAbsolutePath()
          .resolve("../docs/rules.md")
          .normalize();

  /**
   * The page up to {@link RulesDocument#OTHER_MODULES} is this module's; what follows is written by
   * the tests of the modules whose rules it documents there (standards-diff), and kept as it is.
   */
  @Test
  void rulesDocumentIsUpToDate() throws IOException {
    String expected = RulesDocument.render();
    String page = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";
    int others =
        page.contains(RulesDocument.OTHER_MODULES)
            ? page.indexOf(RulesDocument.OTHER_MODULES)
            : page.length();
    if (Boolean.getBoolean("rules.docs.update")) {
      page = expected + page.substring(others);
      others = expected.length();
      Files.createDirectories(DOCUMENT.getParent());
      Files.writeString(DOCUMENT, page, StandardCharsets.UTF_8);
    }
    assertThat(DOCUMENT).as("%s is missing; run with -Drules.docs.update=true", DOCUMENT).exists();
    assertThat(page.substring(0, others))
        .as(
            "%s is stale; run: mvn -B -f standards-rules/pom.xml test -Dtest=RulesDocTest -Drules.docs.update=true",
            DOCUMENT)
        .isEqualTo(expected);
  }

  @Test
  void documentNamesEveryRuleWithBothDescriptions() {
    String document = RulesDocument.render();
    for (Rule rule : Profile.law25Of2009().allRules()) {
      assertThat(document)
          .contains("### `" + rule.id() + "`")
          .contains(rule.description(java.util.Locale.ENGLISH))
          .contains(rule.description(Fixtures.INDONESIAN));
    }
    assertThat(document)
        .contains(
            "`sp.structure.not-blank-if-present`",
            "`sp.structure.size`",
            "`sp.structure.pattern`",
            "`sp.structure.positive`",
            "`sp.structure.positive-or-zero`",
            "`sp.structure.min`",
            "`sp.structure.max`");
  }
}
