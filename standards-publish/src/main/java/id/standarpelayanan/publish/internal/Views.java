package id.standarpelayanan.publish.internal;

import id.standarpelayanan.model.Channel;
import id.standarpelayanan.model.ComplaintHandling;
import id.standarpelayanan.model.CompletionTime;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ComponentGroup;
import id.standarpelayanan.model.Decree;
import id.standarpelayanan.model.Facility;
import id.standarpelayanan.model.Fee;
import id.standarpelayanan.model.FeeItem;
import id.standarpelayanan.model.PerformanceEvaluation;
import id.standarpelayanan.model.Procedure;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.SatisfactionSurvey;
import id.standarpelayanan.model.ServiceHours;
import id.standarpelayanan.model.ServicePledge;
import id.standarpelayanan.model.ServiceProvider;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.StepBranch;
import id.standarpelayanan.publish.DraftReason;
import id.standarpelayanan.publish.Layout;
import id.standarpelayanan.publish.internal.flowchart.FlowchartLayout;
import id.standarpelayanan.publish.internal.flowchart.FlowchartSvg;
import id.standarpelayanan.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the view a layout's template renders: maps, lists, strings and booleans, every decision
 * taken here (what is missing, what is a draft, how a quantity reads), none in the templates.
 * Document text is cleaned of forbidden code points here and escaped by the template engine; the
 * only markup the view carries is the flowchart's SVG, written by {@link FlowchartSvg} with its own
 * escaping, under the key {@code svg} (a triple mustache in the templates).
 */
public final class Views {

  private final Formats formats;
  private final Texts texts;

  /**
   * Makes the views of one language.
   *
   * @param formats the formats of that language
   */
  public Views(Formats formats) {
    this.formats = formats;
    this.texts = formats.texts();
  }

  /**
   * The view of a layout.
   *
   * @param layout the layout
   * @param catalog the catalogue
   * @param reasons why it is a draft, empty for a publication
   * @param errors the check's errors, listed in the annex when not empty
   * @return the view
   */
  public Map<String, Object> view(
      Layout layout, StandardsCatalog catalog, Set<DraftReason> reasons, List<Finding> errors) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("lang", texts.locale().getLanguage());
    view.put("t", texts.templateLabels());
    view.put("draft", !reasons.isEmpty());
    view.put(
        "draftReasons",
        reasons.stream().map(r -> reason(r, catalog, errors)).collect(Collectors.joining("; ")));
    view.put("status", formats.label(catalog.getStatus()));
    view.put("provider", provider(catalog.getProvider()));
    view.put("decree", decree(catalog.getDecree()));
    view.put("version", catalog.getVersion().map(formats::text).orElse(null));
    String providerName = catalog.getProvider().map(p -> formats.text(p.getName())).orElse("");
    List<ServiceStandard> standards = catalog.getStandards();
    view.put("noStandards", standards.isEmpty());
    switch (layout) {
      case ANNEX -> {
        view.put("title", texts.text("annexTitle") + suffix(providerName));
        List<Object> services = new ArrayList<>();
        for (int i = 0; i < standards.size(); i++) {
          services.add(annexService(standards.get(i), i + 1));
        }
        view.put("services", services);
        view.put("toc", toc(standards));
        if (!errors.isEmpty()) {
          view.put("findings", findings(errors, !reasons.isEmpty()));
        }
      }
      case DISPLAY -> {
        view.put("title", texts.text("displayTitle") + suffix(providerName));
        List<Object> services = new ArrayList<>();
        for (int i = 0; i < standards.size(); i++) {
          services.add(displayService(catalog, standards.get(i), i + 1));
        }
        view.put("services", services);
        view.put("toc", toc(standards));
      }
      case PLEDGE -> {
        view.put("title", texts.text("pledgeTitle") + suffix(providerName));
        view.put("pledge", pledge(catalog.getPledge()));
      }
    }
    return view;
  }

  private static String suffix(String providerName) {
    return providerName.isBlank() ? "" : " \u2014 " + providerName;
  }

  private String reason(DraftReason reason, StandardsCatalog catalog, List<Finding> errors) {
    return switch (reason) {
      case REQUESTED -> texts.format("reason.REQUESTED");
      case NOT_IN_FORCE -> texts.format("reason.NOT_IN_FORCE", formats.label(catalog.getStatus()));
      case ERRORS -> texts.format("reason.ERRORS", errors.size());
    };
  }

  /** A text that may be absent: {@code {value}} or {@code {missing: true}}. */
  private Map<String, Object> field(Optional<String> value) {
    Map<String, Object> field = new LinkedHashMap<>();
    if (value.isPresent() && !value.get().isBlank()) {
      field.put("value", value.get());
    } else {
      field.put("missing", true);
    }
    return field;
  }

  private Map<String, Object> provider(Optional<ServiceProvider> provider) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", field(provider.map(p -> formats.text(p.getName()))));
    view.put(
        "parentAgency",
        provider.flatMap(ServiceProvider::getParentAgency).map(formats::text).orElse(null));
    view.put(
        "region", provider.flatMap(ServiceProvider::getRegion).map(formats::text).orElse(null));
    view.put(
        "address", provider.flatMap(ServiceProvider::getAddress).map(formats::text).orElse(null));
    List<String> contacts =
        provider
            .map(p -> p.getContacts().stream().map(formats::channel).collect(Collectors.toList()))
            .orElse(List.of());
    view.put("contacts", contacts.isEmpty() ? null : Map.of("items", contacts));
    return view;
  }

  private Map<String, Object> decree(Optional<Decree> decree) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("number", field(decree.flatMap(Decree::getNumber).map(formats::text)));
    view.put("date", field(decree.flatMap(Decree::getDate).map(formats::date)));
    view.put("title", field(decree.flatMap(Decree::getTitle).map(formats::text)));
    view.put("signatory", field(decree.flatMap(Decree::getSignatory).map(formats::text)));
    return view;
  }

  private Map<String, Object> pledge(Optional<ServicePledge> pledge) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("text", field(pledge.map(p -> formats.text(p.getText()))));
    view.put("signatory", field(pledge.flatMap(ServicePledge::getSignatory).map(formats::text)));
    view.put("date", field(pledge.flatMap(ServicePledge::getDate).map(formats::date)));
    return view;
  }

  private List<Object> toc(List<ServiceStandard> standards) {
    List<Object> toc = new ArrayList<>();
    for (int i = 0; i < standards.size(); i++) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("anchor", anchor(i + 1));
      entry.put("number", String.valueOf(i + 1));
      entry.put("name", name(standards.get(i)));
      toc.add(entry);
    }
    return toc;
  }

  private static String anchor(int number) {
    return "layanan-" + number;
  }

  private Map<String, Object> name(ServiceStandard standard) {
    return field(standard.getName().map(formats::text));
  }

  private Map<String, Object> serviceHead(ServiceStandard standard, int number) {
    Map<String, Object> service = new LinkedHashMap<>();
    service.put("anchor", anchor(number));
    service.put("number", String.valueOf(number));
    service.put("name", name(standard));
    service.put("description", standard.getDescription().map(formats::text).orElse(null));
    service.put("unit", standard.getUnit().map(formats::text).orElse(null));
    return service;
  }

  private Map<String, Object> annexService(ServiceStandard standard, int number) {
    Map<String, Object> service = serviceHead(standard, number);
    List<Object> groups = new ArrayList<>();
    char letter = 'A';
    for (ComponentGroup group : ComponentGroup.values()) {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put(
          "title",
          texts.format(
              "group.title",
              String.valueOf(letter),
              formats.label(group).toLowerCase(texts.locale())));
      List<Object> rows = new ArrayList<>();
      int row = 1;
      for (Component component : Component.values()) {
        if (component.group() == group) {
          Map<String, Object> content = component(standard, component);
          content.put("no", String.valueOf(row++));
          content.put("label", formats.label(component));
          rows.add(content);
        }
      }
      view.put("rows", rows);
      groups.add(view);
      letter++;
    }
    service.put("groups", groups);
    service.put("flowchart", flowchart(standard, number));
    return service;
  }

  private Map<String, Object> displayService(
      StandardsCatalog catalog, ServiceStandard standard, int number) {
    Map<String, Object> service = serviceHead(standard, number);
    List<Object> rows = new ArrayList<>();
    for (Component component : Component.inGroup(ComponentGroup.SERVICE_DELIVERY)) {
      Map<String, Object> content = component(standard, component);
      content.put("label", formats.label(component));
      content.put("id", anchor(number) + "-" + component.property());
      rows.add(content);
    }
    service.put("components", rows);
    Optional<ServiceHours> hours =
        standard
            .getServiceHours()
            .or(() -> catalog.getProvider().flatMap(ServiceProvider::getServiceHours));
    List<String> lines = hours.map(formats::hours).orElse(List.of());
    service.put("hours", lines);
    service.put("hoursMissing", lines.isEmpty());
    service.put("flowchart", flowchart(standard, number));
    return service;
  }

  /** The content of one component: paragraphs, a list, an ordered list, steps, or missing. */
  private Map<String, Object> component(ServiceStandard standard, Component component) {
    Content content = new Content();
    switch (component) {
      case LEGAL_BASIS -> standard.getLegalBasis().forEach(r -> content.item(formats.legal(r)));
      case REQUIREMENTS -> {
        if (standard.isNoRequirements() && standard.getRequirements().isEmpty()) {
          content.paragraph(texts.text("req.none"));
        }
        standard.getRequirements().forEach(r -> content.ordered(requirement(r)));
      }
      case PROCEDURE -> standard.getProcedure().ifPresent(p -> procedure(p, content));
      case COMPLETION_TIME ->
          standard.getCompletionTime().ifPresent(t -> completionTime(t, content));
      case FEE -> standard.getFee().ifPresent(f -> fee(f, content));
      case PRODUCTS ->
          standard
              .getProducts()
              .forEach(
                  p ->
                      content.item(
                          formats.text(p.getName())
                              + p.getDescription()
                                  .map(d -> " \u2014 " + formats.text(d))
                                  .orElse("")));
      case FACILITIES -> standard.getFacilities().forEach(f -> content.item(facility(f)));
      case COMPETENCE ->
          standard
              .getCompetencies()
              .forEach(
                  c -> {
                    StringBuilder line = new StringBuilder();
                    c.getDimension().ifPresent(d -> line.append(formats.label(d)).append(": "));
                    line.append(formats.text(c.getDescription()));
                    c.getQualification()
                        .ifPresent(q -> line.append(" (").append(formats.label(q)).append(')'));
                    content.item(line.toString());
                  });
      case INTERNAL_SUPERVISION ->
          standard
              .getInternalSupervision()
              .ifPresent(
                  s -> {
                    s.getDescription().ifPresent(d -> content.paragraph(formats.text(d)));
                    if (!s.getSupervisors().isEmpty()) {
                      content.paragraph(
                          texts.format(
                              "supervision.by",
                              s.getSupervisors().stream()
                                  .map(formats::text)
                                  .collect(Collectors.joining(", "))));
                    }
                  });
      case COMPLAINT_HANDLING ->
          standard.getComplaintHandling().ifPresent(c -> complaints(c, content));
      case STAFFING ->
          standard
              .getStaffing()
              .ifPresent(
                  s -> {
                    s.getImplementerCount()
                        .ifPresent(n -> content.paragraph(texts.format("staff.count", n)));
                    s.getRoles()
                        .forEach(
                            r ->
                                content.item(
                                    r.getCount()
                                        .map(
                                            n ->
                                                texts.format(
                                                    "staff.role",
                                                    formats.text(r.getName()),
                                                    String.valueOf(n)))
                                        .orElse(formats.text(r.getName()))));
                    s.getExpectedDailyDemand()
                        .ifPresent(n -> content.paragraph(texts.format("staff.demand", n)));
                    s.getDescription().ifPresent(d -> content.paragraph(formats.text(d)));
                  });
      case SERVICE_GUARANTEE ->
          standard
              .getServiceGuarantee()
              .ifPresent(g -> content.paragraph(formats.text(g.getStatement())));
      case SECURITY_AND_SAFETY ->
          standard
              .getSecurityAndSafety()
              .ifPresent(
                  g -> {
                    content.paragraph(formats.text(g.getStatement()));
                    g.getMeasures().forEach(m -> content.item(formats.text(m)));
                  });
      case PERFORMANCE_EVALUATION ->
          standard.getPerformanceEvaluation().ifPresent(e -> evaluation(e, content));
    }
    return content.view();
  }

  private String requirement(Requirement requirement) {
    StringBuilder line = new StringBuilder(formats.text(requirement.getDescription()));
    List<String> details = new ArrayList<>();
    requirement.getForm().ifPresent(f -> details.add(formats.label(f)));
    requirement.getCopies().ifPresent(n -> details.add(texts.format("req.copies", n)));
    requirement.getKind().ifPresent(k -> details.add(formats.label(k)));
    if (!requirement.isMandatory()) {
      details.add(texts.text("req.optional"));
    }
    requirement
        .getApplicantCategory()
        .ifPresent(c -> details.add(texts.format("req.category", formats.text(c))));
    requirement.getCondition().ifPresent(c -> details.add(formats.condition("req.condition", c)));
    if (!details.isEmpty()) {
      line.append(" (").append(String.join("; ", details)).append(')');
    }
    if (!requirement.getAlternatives().isEmpty()) {
      line.append("; ")
          .append(
              texts.format(
                  "req.alternatives",
                  requirement.getAlternatives().stream()
                      .map(formats::text)
                      .collect(Collectors.joining("; "))));
    }
    return line.toString();
  }

  private void procedure(Procedure procedure, Content content) {
    procedure.getDescription().ifPresent(d -> content.paragraph(formats.text(d)));
    List<ProcedureStep> steps = procedure.getSteps();
    for (ProcedureStep step : steps) {
      StringBuilder line = new StringBuilder(formats.text(step.getDescription()));
      List<String> details = new ArrayList<>();
      step.getActor().ifPresent(a -> details.add(texts.format("step.actor", formats.text(a))));
      step.getDuration()
          .ifPresent(d -> details.add(texts.format("step.duration", formats.span(d))));
      step.getOutput().ifPresent(o -> details.add(texts.format("step.output", formats.text(o))));
      step.getEquipment()
          .ifPresent(e -> details.add(texts.format("step.equipment", formats.text(e))));
      step.getCondition().ifPresent(c -> details.add(formats.condition("step.condition", c)));
      step.getNotes().ifPresent(n -> details.add(texts.format("step.notes", formats.text(n))));
      if (!details.isEmpty()) {
        line.append(" (").append(String.join("; ", details)).append(')');
      }
      for (StepBranch branch : step.getBranches()) {
        line.append("; ").append(FlowchartLayout.branchText(branch, formats));
      }
      content.step(String.valueOf(step.getNumber()), line.toString());
    }
  }

  /** The flowchart of a standard's procedure, drawn below its table; null without steps. */
  private Map<String, Object> flowchart(ServiceStandard standard, int number) {
    List<ProcedureStep> steps = standard.getProcedure().map(Procedure::getSteps).orElse(List.of());
    if (steps.isEmpty()) {
      return null;
    }
    String id = "bagan-" + number;
    String name = standard.getName().orElse(String.valueOf(number));
    Map<String, Object> figure = new LinkedHashMap<>();
    figure.put("id", id);
    figure.put("svg", FlowchartSvg.write(FlowchartLayout.of(name, steps, formats), id, false));
    return figure;
  }

  private void completionTime(CompletionTime time, Content content) {
    List<String> parts = new ArrayList<>();
    List<String> maximum =
        time.maximumParts().stream().map(formats::span).collect(Collectors.toList());
    if (!maximum.isEmpty()) {
      parts.add(texts.format("time.maximum", String.join(" + ", maximum)));
    }
    time.getMinimum().ifPresent(m -> parts.add(texts.format("time.minimum", formats.span(m))));
    time.getPerUnit().ifPresent(u -> parts.add(texts.format("time.perUnit", formats.text(u))));
    time.getStartCondition().ifPresent(s -> parts.add(texts.format("time.start", formats.text(s))));
    if (!parts.isEmpty()) {
      content.paragraph(String.join(", ", parts));
    }
    time.getExtension()
        .ifPresent(
            e ->
                content.paragraph(
                    e.getCondition()
                        .map(
                            c ->
                                texts.format(
                                    "time.extensionCondition",
                                    formats.span(e.getDuration()),
                                    formats.condition("time.when", c)))
                        .orElse(texts.format("time.extension", formats.span(e.getDuration())))));
    time.getDescription().ifPresent(d -> content.paragraph(formats.text(d)));
  }

  private void fee(Fee fee, Content content) {
    if (fee.isFree()) {
      content.paragraph(texts.text("fee.free"));
    }
    for (FeeItem item : fee.getItems()) {
      String amount =
          item.getAmount()
              .map(formats::rupiah)
              .orElse(item.getPricing().map(formats::label).orElse("\u2013"));
      StringBuilder line =
          new StringBuilder(texts.format("fee.item", formats.text(item.getName()), amount));
      List<String> details = new ArrayList<>();
      item.getUnit().ifPresent(u -> details.add(texts.format("fee.unit", formats.text(u))));
      if (item.isSurcharge()) {
        details.add(texts.text("fee.surcharge"));
      }
      item.getApplicantCategory()
          .ifPresent(c -> details.add(texts.format("fee.category", formats.text(c))));
      item.getCondition().ifPresent(c -> details.add(formats.condition("fee.condition", c)));
      item.getLegalBasis().ifPresent(b -> details.add(texts.format("fee.basis", formats.legal(b))));
      if (!details.isEmpty()) {
        line.append(" (").append(String.join("; ", details)).append(')');
      }
      content.item(line.toString());
    }
    if (!fee.getPaymentChannels().isEmpty()) {
      content.paragraph(
          texts.format(
              "fee.payment",
              fee.getPaymentChannels().stream()
                  .map(formats::text)
                  .collect(Collectors.joining(", "))));
    }
    fee.getDescription().ifPresent(d -> content.paragraph(formats.text(d)));
  }

  private String facility(Facility facility) {
    StringBuilder line = new StringBuilder(formats.text(facility.getName()));
    List<String> details = new ArrayList<>();
    facility.getCategory().ifPresent(c -> details.add(formats.label(c)));
    facility.getQuantity().ifPresent(q -> details.add(texts.format("facility.quantity", q)));
    if (!facility.getVulnerableGroups().isEmpty()) {
      details.add(texts.format("facility.for", formats.labels(facility.getVulnerableGroups())));
    }
    if (!details.isEmpty()) {
      line.append(" (").append(String.join("; ", details)).append(')');
    }
    facility.getDescription().ifPresent(d -> line.append(" \u2014 ").append(formats.text(d)));
    return line.toString();
  }

  private void complaints(ComplaintHandling handling, Content content) {
    for (Channel channel : handling.getChannels()) {
      content.item(formats.channel(channel));
    }
    handling
        .getResponseTime()
        .ifPresent(t -> content.paragraph(texts.format("complaint.response", formats.span(t))));
    handling.getProcedure().ifPresent(p -> content.paragraph(formats.text(p)));
    handling
        .getResponsibleUnit()
        .ifPresent(u -> content.paragraph(texts.format("complaint.unit", formats.text(u))));
    handling
        .getResponsibleOfficer()
        .ifPresent(o -> content.paragraph(texts.format("complaint.officer", formats.text(o))));
  }

  private void evaluation(PerformanceEvaluation evaluation, Content content) {
    if (!evaluation.getMethods().isEmpty()) {
      content.paragraph(
          texts.format("evaluation.methods", formats.labels(evaluation.getMethods())));
    }
    evaluation
        .getFrequency()
        .ifPresent(f -> content.paragraph(texts.format("evaluation.frequency", formats.label(f))));
    evaluation.getDescription().ifPresent(d -> content.paragraph(formats.text(d)));
    for (SatisfactionSurvey survey : evaluation.getSatisfactionSurveys()) {
      content.item(
          texts.format(
              "evaluation.survey",
              formats.date(survey.getPeriodStart()),
              formats.date(survey.getPeriodEnd()),
              survey.getRespondents(),
              survey.getConvertedValue().toPlainString(),
              formats.label(survey.getGrade())));
    }
  }

  private List<Object> findings(List<Finding> errors, boolean draft) {
    List<Object> rows = new ArrayList<>();
    for (Finding finding : errors) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("rule", finding.ruleId());
      row.put("severity", finding.severity().label(texts.locale()));
      row.put("place", formats.text(finding.pointer()));
      row.put("message", formats.text(finding.message()));
      rows.add(row);
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("intro", texts.text(draft ? "findingsDraftIntro" : "findingsIntro"));
    view.put("rows", rows);
    return List.of(view);
  }

  /** The parts of one component's content, in the order they were added per kind. */
  private static final class Content {
    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> items = new ArrayList<>();
    private final List<String> ordered = new ArrayList<>();
    private final List<Object> steps = new ArrayList<>();

    void paragraph(String text) {
      paragraphs.add(text);
    }

    void item(String text) {
      items.add(text);
    }

    void ordered(String text) {
      ordered.add(text);
    }

    void step(String number, String text) {
      Map<String, Object> step = new LinkedHashMap<>();
      step.put("number", number);
      step.put("text", text);
      steps.add(step);
    }

    Map<String, Object> view() {
      Map<String, Object> view = new LinkedHashMap<>();
      boolean missing =
          paragraphs.isEmpty() && items.isEmpty() && ordered.isEmpty() && steps.isEmpty();
      view.put("missing", missing);
      view.put("paragraphs", paragraphs);
      view.put("list", items.isEmpty() ? null : Map.of("items", items));
      view.put("ordered", ordered.isEmpty() ? null : Map.of("items", ordered));
      view.put("steps", steps.isEmpty() ? null : Map.of("items", steps));
      return view;
    }
  }
}
