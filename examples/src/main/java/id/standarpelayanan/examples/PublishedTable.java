package id.standarpelayanan.examples;

import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ComponentGroup;
import id.standarpelayanan.model.Fee;
import id.standarpelayanan.model.Labelled;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.TimeSpan;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Example of integrator code: turns a standard into the table offices publish (NO | KOMPONEN |
 * URAIAN), service-delivery components first, then service-management components, as the annex of
 * the head's decree shows them. {@code PublishedTableProperties} tests it with the testkit, the way
 * a downstream project would.
 */
public final class PublishedTable {

  /** One row of the published table. */
  public record Row(int number, Component component, String label, String description) {}

  private PublishedTable() {}

  /**
   * Returns the rows for the components the standard fills, numbered from 1 within each group.
   *
   * @param standard the standard
   * @param locale the language of labels and text
   * @return delivery rows, then management rows
   */
  public static List<Row> rows(ServiceStandard standard, Locale locale) {
    List<Row> rows = new ArrayList<>();
    for (ComponentGroup group : ComponentGroup.values()) {
      int number = 1;
      for (Component component : Component.inGroup(group)) {
        if (standard.fills(component)) {
          rows.add(
              new Row(
                  number++,
                  component,
                  component.label(locale),
                  describe(standard, component, locale)));
        }
      }
    }
    return rows;
  }

  private static String describe(ServiceStandard s, Component component, Locale locale) {
    return switch (component) {
      case LEGAL_BASIS ->
          s.getLegalBasis().stream()
              .map(
                  r ->
                      r.getType().label(locale)
                          + r.getNumber().map(n -> " " + n).orElse("")
                          + r.getYear().map(y -> "/" + y).orElse(""))
              .collect(Collectors.joining("; "));
      case REQUIREMENTS ->
          numbered(s.getRequirements().stream().map(r -> r.getDescription()).toList());
      case PROCEDURE ->
          numbered(
              s.getProcedure().orElseThrow().getSteps().stream()
                  .map(st -> st.getDescription())
                  .toList());
      case COMPLETION_TIME ->
          s.getCompletionTime().orElseThrow().getMaximum().map(t -> span(t, locale)).orElse("-");
      case FEE -> fee(s.getFee().orElseThrow(), locale);
      case PRODUCTS ->
          s.getProducts().stream().map(p -> p.getName()).collect(Collectors.joining("; "));
      case FACILITIES ->
          s.getFacilities().stream().map(f -> f.getName()).collect(Collectors.joining("; "));
      case COMPETENCE ->
          s.getCompetencies().stream()
              .map(
                  c ->
                      c.getDimension().map(d -> d.label(locale) + ": ").orElse("")
                          + c.getDescription())
              .collect(Collectors.joining("; "));
      case INTERNAL_SUPERVISION ->
          String.join("; ", s.getInternalSupervision().orElseThrow().getSupervisors());
      case COMPLAINT_HANDLING ->
          s.getComplaintHandling().orElseThrow().getChannels().stream()
              .map(c -> c.getKind().label(locale) + c.getAddress().map(a -> " " + a).orElse(""))
              .collect(Collectors.joining("; "));
      case STAFFING ->
          s.getStaffing().orElseThrow().getImplementerCount().map(String::valueOf).orElse("-");
      case SERVICE_GUARANTEE -> s.getServiceGuarantee().orElseThrow().getStatement();
      case SECURITY_AND_SAFETY -> s.getSecurityAndSafety().orElseThrow().getStatement();
      case PERFORMANCE_EVALUATION ->
          s.getPerformanceEvaluation().orElseThrow().getMethods().stream()
              .map(m -> ((Labelled) m).label(locale))
              .collect(Collectors.joining("; "));
    };
  }

  /**
   * Prints the first standard of the sample catalogue as its published table.
   *
   * @param out where to print
   * @return the rows printed
   */
  public static List<Row> run(PrintStream out) {
    try {
      StandardsCatalog catalog =
          StandardsJson.builder()
              .build()
              .readCatalog(Files.readAllBytes(Samples.file("kanwil-kemenag-aceh.json")));
      List<Row> rows = rows(catalog.getStandards().get(0), Locale.forLanguageTag("id"));
      out.println("NO | KOMPONEN | URAIAN");
      rows.forEach(
          row ->
              out.println(
                  row.number()
                      + " | "
                      + row.label()
                      + " | "
                      + row.description().replace("\n", " / ")));
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  private static String numbered(List<String> items) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      out.add((i + 1) + ". " + items.get(i));
    }
    return String.join("\n", out);
  }

  private static String span(TimeSpan span, Locale locale) {
    return span.getAmount() + " " + span.getUnit().label(locale);
  }

  private static String fee(Fee fee, Locale locale) {
    if (fee.isFree()) {
      return "en".equals(locale.getLanguage()) ? "Free of charge" : "Tidak dipungut biaya (Rp 0)";
    }
    return fee.getItems().stream()
        .map(
            i ->
                i.getName()
                    + i.getAmount()
                        .map(
                            a ->
                                ": Rp "
                                    + String.format(Locale.ROOT, "%,d", a.getAmount())
                                        .replace(',', '.'))
                        .orElse(""))
        .collect(Collectors.joining("; "));
  }
}
