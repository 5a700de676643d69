package id.standarpelayanan.cli;

import id.standarpelayanan.cli.internal.Environment;
import id.standarpelayanan.cli.internal.Language;
import id.standarpelayanan.cli.internal.LanguageOption;
import id.standarpelayanan.cli.internal.Version;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.rules.Profile;
import id.standarpelayanan.rules.Rule;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sp rules}: lists the rule catalogue of a profile. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Menampilkan katalog aturan suatu profil.",
      "Lists the rule catalogue of a profile."
    })
final class RulesCommand implements Callable<Integer>, Sp.EnvironmentAware {

  @Option(
      names = "--profile",
      defaultValue = Profile.UU_25_2009,
      paramLabel = "PROFILE",
      description = "Profil / profile: ${COMPLETION-CANDIDATES}",
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
    for (Rule rule : chosen.rules()) {
      String components = numbers(rule.components());
      out.printf(
          "%-44s %-7s %-8s %s%n",
          rule.id(),
          chosen.severity(rule.id()).name(),
          components.isEmpty() ? "-" : components,
          rule.description(language.locale()));
    }
    out.flush();
    return Sp.PASSED;
  }

  /** The components a rule concerns, by statutory number. */
  static String numbers(java.util.Set<Component> components) {
    return components.stream()
        .map(c -> String.valueOf(c.number()))
        .collect(Collectors.joining(","));
  }
}
