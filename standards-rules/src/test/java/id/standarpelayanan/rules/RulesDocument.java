package id.standarpelayanan.rules;

import com.fasterxml.jackson.databind.JsonNode;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Languages;
import id.standarpelayanan.model.ModelValidation;
import id.standarpelayanan.model.Principle;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.RuleMessages;
import id.standarpelayanan.rules.internal.Structure;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Renders {@code docs/rules.md} from the rule catalogue's metadata and the model's constraints. */
final class RulesDocument {

  private static final Locale INDONESIAN = Languages.INDONESIAN;

  /** The model's value types, whose constraints give the structure rule ids. */
  private static final List<Class<?>> MODEL =
      List.of(
          id.standarpelayanan.model.StandardsCatalog.class,
          id.standarpelayanan.model.ServiceStandard.class,
          id.standarpelayanan.model.ServiceProvider.class,
          id.standarpelayanan.model.Decree.class,
          id.standarpelayanan.model.ServicePledge.class,
          id.standarpelayanan.model.PublicConsultation.class,
          id.standarpelayanan.model.Channel.class,
          id.standarpelayanan.model.LegalReference.class,
          id.standarpelayanan.model.Requirement.class,
          id.standarpelayanan.model.Procedure.class,
          id.standarpelayanan.model.ProcedureStep.class,
          id.standarpelayanan.model.CompletionTime.class,
          id.standarpelayanan.model.Fee.class,
          id.standarpelayanan.model.FeeItem.class,
          id.standarpelayanan.model.Product.class,
          id.standarpelayanan.model.Facility.class,
          id.standarpelayanan.model.Competency.class,
          id.standarpelayanan.model.InternalSupervision.class,
          id.standarpelayanan.model.ComplaintHandling.class,
          id.standarpelayanan.model.Staffing.class,
          id.standarpelayanan.model.StaffRole.class,
          id.standarpelayanan.model.ServiceGuarantee.class,
          id.standarpelayanan.model.SecurityAndSafetyGuarantee.class,
          id.standarpelayanan.model.PerformanceEvaluation.class);

  private RulesDocument() {}

  static String render() {
    StringBuilder md = new StringBuilder();
    List<Profile> profiles = Profile.builtIns();
    List<Rule> rules = Profile.law25Of2009().allRules();
    md.append("# Rules / Aturan\n\n")
        .append(
            "<!-- Generated from the rule catalogue by standards-rules' RulesDocTest; do not edit by hand.\n")
        .append(
            "     Update: mvn -B -f standards-rules/pom.xml test -Dtest=RulesDocTest -Drules.docs.update=true -->\n\n")
        .append(
            "Every finding of the `standards-rules` checker carries a rule id. Rule ids are public API: they are\n")
        .append(
            "never renamed and never change meaning. Severities are those of the built-in profiles; a derived\n")
        .append(
            "profile can switch rules off and override severities (`Profile.toBuilder()`). A report passes when\n")
        .append("no finding is an ERROR.\n\n")
        .append(
            "Pointers are RFC 6901 JSON Pointers into the document as the JSON codec writes it\n")
        .append(
            "(`/standards/0/procedure/steps/4/output`); a standard checked alone gets pointers relative to it.\n")
        .append(
            "Findings are ordered: the catalogue's own parts first, then each standard in catalogue order; within\n")
        .append("each, by rule id, then pointer (list indexes by value), then message.\n\n")
        .append(
            "Default severities: a missing or meaningless mandatory component, a vague fee or completion time, an\n")
        .append(
            "inconsistency the public would trip over (fees, complaint channels, steps longer than the promised\n")
        .append(
            "time, duplicate ids, missing decree or pledge) is an ERROR; what should be fixed but does not mislead\n")
        .append(
            "(placeholder text elsewhere, numbering, actors, capacity, dimensions, duplicate or implausible legal\n")
        .append(
            "references, stale evaluation) is a WARNING, and so is what the public can use but should be told more\n")
        .append(
            "exactly (days not said to be working days, references without number or year, a text that only\n")
        .append(
            "refers elsewhere, no unit named for complaints); coverage of vulnerable groups is INFO.\n\n")
        .append(
            "Each rule's example is its first firing case: the test data `standards-rules/src/test/resources/\n")
        .append(
            "id/standarpelayanan/rules/cases/<rule id>.json` holds, per rule, cases that make it fire and near\n")
        .append(
            "misses that keep it quiet, in the wording of the real standards in `examples/data/real` where one\n")
        .append(
            "shows the case, each applied to the complete Kanwil Kemenag Aceh fixture. \"Since\" is the release\n")
        .append(
            "a rule appeared in; there has been no release yet, so every rule is since the first, 0.1.0.\n\n")
        .append(
            "The update rules (`sp.update.*`) compare a document with its previous version and run only when\n")
        .append(
            "the checker is given one (`Checker.check(current, previous)`, `sp validate NEW --previous OLD`);\n")
        .append(
            "without it they stay quiet. Their findings point into the current document, and their examples say\n")
        .append(
            "what the previous version is. The rule on changes that burden the public needs the comparison of\n")
        .append(
            "`standards-diff` and is documented with that module, at the end of this page.\n\n");

    md.append("## Summary\n\n| rule id | ");
    profiles.forEach(p -> md.append('`').append(p.name()).append("` | "));
    md.append("components | principles | provision |\n|---|");
    profiles.forEach(p -> md.append("---|"));
    md.append("---|---|---|\n");
    for (Rule rule : rules) {
      md.append("| `").append(rule.id()).append("` | ");
      profiles.forEach(p -> md.append(status(p, rule.id())).append(" | "));
      md.append(components(rule))
          .append(" | ")
          .append(principles(rule))
          .append(" | ")
          .append(rule.article().isEmpty() ? "—" : rule.article())
          .append(" |\n");
    }

    md.append("\n## Rules\n");
    for (Rule rule : rules) {
      md.append("\n### `")
          .append(rule.id())
          .append("`\n\n")
          .append("- Default severity: ")
          .append(rule.defaultSeverity())
          .append('\n')
          .append("- Profiles: ")
          .append(
              profiles.stream()
                  .map(p -> "`" + p.name() + "` " + status(p, rule.id()))
                  .collect(Collectors.joining(", ")))
          .append('\n')
          .append("- Components: ")
          .append(components(rule))
          .append('\n')
          .append("- Principles: ")
          .append(principles(rule))
          .append('\n')
          .append("- Provision: ")
          .append(rule.article().isEmpty() ? "—" : rule.article())
          .append('\n')
          .append("- Since: ")
          .append(rule instanceof BuiltInRule builtIn ? builtIn.since() : "—")
          .append("\n\n")
          .append("Indonesia: ")
          .append(rule.description(INDONESIAN))
          .append("\n\n")
          .append("English: ")
          .append(rule.description(Locale.ENGLISH))
          .append("\n\n")
          .append("| message | Indonesia | English |\n|---|---|---|\n");
      for (String key : rule.messageKeys()) {
        md.append("| `")
            .append(key)
            .append("` | ")
            .append(cell(rule.messagePattern(key, INDONESIAN)))
            .append(" | ")
            .append(cell(rule.messagePattern(key, Locale.ENGLISH)))
            .append(" |\n");
      }
      example(md, rule);
    }

    md.append("\n## Structure (Bean Validation)\n\n")
        .append(
            "A violation of one of the model's constraints is a finding with source STRUCTURE, severity ERROR,\n")
        .append(
            "the validator's message in the report's language and the constraint's attributes (by name) as\n")
        .append(
            "arguments. Its id is `sp.structure.` and the constraint's simple name in kebab case, so a new\n")
        .append("constraint gets an id automatically. The model's constraints today:\n\n");
    for (String id : structureIds()) {
      md.append("- `").append(id).append("`\n");
    }

    String failed = Checker.RULE_FAILED;
    md.append("\n## A rule that fails: `")
        .append(failed)
        .append("`\n\n")
        .append(
            "A rule that throws while checking (an exception, or an `Error` other than a `VirtualMachineError`,\n")
        .append(
            "such as an `AssertionError` or a `LinkageError`) does not stop the check: it is reported as a finding\n")
        .append("`")
        .append(failed)
        .append("` with severity ERROR and source RULE, at the pointer of the standard or\n")
        .append(
            "catalogue being checked, with no component; its arguments are the failing rule's id and the name of\n")
        .append(
            "the type it threw (never its message or stack trace). What the rule reported before it failed is kept,\n")
        .append(
            "and every other rule and standard is checked. Out of memory and stack overflow are not findings: they\n")
        .append("reach the caller.\n\n")
        .append("Indonesia: ")
        .append(RuleMessages.pattern(failed + ".description", INDONESIAN))
        .append("\n\n")
        .append("English: ")
        .append(RuleMessages.pattern(failed + ".description", Locale.ENGLISH))
        .append("\n\n")
        .append("| message | Indonesia | English |\n|---|---|---|\n")
        .append("| `message` | ")
        .append(cell(RuleMessages.pattern(failed + ".message", INDONESIAN)))
        .append(" | ")
        .append(cell(RuleMessages.pattern(failed + ".message", Locale.ENGLISH)))
        .append(" |\n");
    return md.toString();
  }

  /**
   * The rule's first firing case ({@link RuleCases}) as its example: what it is, where the wording
   * comes from, the fragment that offends (each value the case's patch puts into the fixture) and
   * the pointer reported.
   */
  private static void example(StringBuilder md, Rule rule) {
    RuleCases.of(rule.id()).stream()
        .filter(c -> c.fires().isPresent())
        .findFirst()
        .ifPresent(
            c -> {
              md.append("\nExample: ").append(c.says());
              c.source()
                  .ifPresent(
                      source ->
                          md.append(" (wording of `examples/data/real/")
                              .append(source)
                              .append("`)"));
              md.append(". Reported at `")
                  .append(c.fires().get())
                  .append("`")
                  .append(c.catalogue() ? " of the catalogue" : "")
                  .append(" when the complete fixture has:\n");
              fragments(md, RuleCases.fragments(c));
              c.previous()
                  .ifPresent(
                      previous -> {
                        md.append(
                            "\nand it is checked as an update of the previous version, the"
                                + " complete fixture");
                        List<Map.Entry<String, JsonNode>> changed = RuleCases.fragments(previous);
                        if (changed.isEmpty()) {
                          md.append(" itself.\n");
                        } else {
                          md.append(" with:\n");
                          fragments(md, changed);
                        }
                      });
            });
  }

  private static void fragments(StringBuilder md, List<Map.Entry<String, JsonNode>> fragments) {
    for (Map.Entry<String, JsonNode> fragment : fragments) {
      if (fragment.getValue().isNull()) {
        md.append("\n- `").append(fragment.getKey()).append("` left out\n");
      } else {
        md.append("\n- at `")
            .append(fragment.getKey())
            .append("`:\n\n```json\n")
            .append(fragment.getValue().toPrettyString())
            .append("\n```\n");
      }
    }
  }

  private static String status(Profile profile, String id) {
    return profile.isEnabled(id) ? profile.severity(id).name() : "off";
  }

  private static String components(Rule rule) {
    if (rule.components().size() == Component.values().length) {
      return "all";
    }
    return rule.components().isEmpty()
        ? "— (catalogue)"
        : rule.components().stream()
            .map(c -> c.number() + ". " + c.labelEnglish())
            .collect(Collectors.joining("; "));
  }

  private static String principles(Rule rule) {
    Set<Principle> principles = rule.principles();
    if (principles.size() == Principle.values().length) {
      return "all";
    }
    return principles.isEmpty()
        ? "—"
        : principles.stream()
            .map(p -> String.valueOf(p.number()))
            .collect(Collectors.joining(", "));
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  private static Set<String> structureIds() {
    Set<String> ids = new TreeSet<>();
    var validator = ModelValidation.validator(Locale.ENGLISH);
    for (Class<?> type : MODEL) {
      BeanDescriptor bean = validator.getConstraintsForClass(type);
      for (PropertyDescriptor property : bean.getConstrainedProperties()) {
        property.getConstraintDescriptors().forEach(c -> ids.add(id(c)));
        property.getConstrainedContainerElementTypes().forEach(e -> collect(e, ids));
      }
    }
    return ids;
  }

  private static void collect(ContainerElementTypeDescriptor element, Set<String> ids) {
    element.getConstraintDescriptors().forEach(c -> ids.add(id(c)));
    element.getConstrainedContainerElementTypes().forEach(e -> collect(e, ids));
  }

  private static String id(ConstraintDescriptor<?> constraint) {
    return Structure.ruleId(constraint.getAnnotation().annotationType());
  }
}
