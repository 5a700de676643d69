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

  @Test
  void rulesDocumentIsUpToDate() throws IOException {
    String expected = RulesDocument.render();
    if (Boolean.getBoolean("rules.docs.update")) {
      Files.createDirectories(DOCUMENT.getParent());
      Files.writeString(DOCUMENT, expected, StandardCharsets.UTF_8);
    }
    assertThat(DOCUMENT).as("%s is missing; run with -Drules.docs.update=true", DOCUMENT).exists();
    assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
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
