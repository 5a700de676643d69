package id.standarpelayanan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompletionScriptTest {

  @Test
  void completesTheSubcommandsTheirOptionsAndTheFormatValues() {
    String script = CompletionScript.script();

    assertThat(script)
        .contains("complete -F _complete_sp -o default sp")
        .contains("validate", "convert", "schema", "rules")
        .contains("--format", "--lang")
        .contains("(\"text\" \"json\" \"sarif\")");
  }
}
