package id.standarpelayanan.cli;

import id.standarpelayanan.cli.internal.Environment;
import id.standarpelayanan.cli.internal.Language;
import id.standarpelayanan.cli.internal.LanguageOption;
import id.standarpelayanan.cli.internal.Version;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.reports.Places;
import id.standarpelayanan.rules.Profile;
import id.standarpelayanan.rules.Rule;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sp rules}: lists the rule catalogue of a profile.
 *
 * <p>Its help texts are in the usage bundles ({@code sp.rules.*} in {@code
 * id/standarpelayanan/cli/Usage.properties} and {@code Usage_en.properties}).
 */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class RulesCommand implements Callable<Integer>, Sp.EnvironmentAware {

  @Option(
      names = "--profile",
      defaultValue = Profile.UU_25_2009,
      paramLabel = "${bundle:label.profile:-PROFILE}",
      descriptionKey = "profile",
      completionCandidates = ValidateCommand.ProfileNames.class)
  private String profile;

  @Mixin private LanguageOption lang;

  private final Environment environment;

  RulesCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    Language language = lang.language();
    Profile chosen = ValidateCommand.ProfileNames.find(profile, language);
    PrintWriter out = environment.out();
    out.println(
        language.message("rules.header", chosen.name(), String.valueOf(chosen.rules().size())));
    String columns = "%-44s %-11s %s%n";
    out.printf(
        columns,
        language.message("rules.column.rule"),
        language.message("rules.column.severity"),
        language.message("rules.column.components"));
    for (Rule rule : chosen.rules()) {
      String components = numbers(rule.components());
      out.printf(
          columns,
          rule.id(),
          Places.severity(chosen.severity(rule.id()), language.locale()),
          components.isEmpty() ? "-" : components);
      // The description below, wrapped within 100 columns.
      for (String line : wrap(rule.description(language.locale()), 100 - 4)) {
        out.println("    " + line);
      }
    }
    out.flush();
    return Sp.PASSED;
  }

  /** Wraps text at spaces into lines of at most {@code width} characters (longer words alone). */
  static java.util.List<String> wrap(String text, int width) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The components a rule concerns, by statutory number. */
  static String numbers(java.util.Set<Component> components) {
    return components.stream()
        .map(c -> String.valueOf(c.number()))
        .collect(Collectors.joining(","));
  }
}
