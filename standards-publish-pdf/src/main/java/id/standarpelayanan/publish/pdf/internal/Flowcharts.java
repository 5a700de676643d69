package id.standarpelayanan.publish.pdf.internal;

import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.publish.internal.flowchart.Flowchart;
import id.standarpelayanan.publish.internal.flowchart.FlowchartLayout;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Finds the flowcharts standards-publish embeds ({@code <svg class="flowchart" id="bagan-N">}, N
 * the standard's 1-based place in the catalogue) and has {@link FlowchartObjects} replace them by
 * vector drawings of the same geometry ({@link FlowchartLayout#of(ServiceStandard, Locale)}).
 */
public final class Flowcharts {

  private static final Pattern ID = Pattern.compile("bagan-([1-9][0-9]{0,8})");

  private Flowcharts() {}

  /**
   * Replaces the embedded flowcharts of {@code document}.
   *
   * @param document the publication
   * @param standards the catalogue's standards, in order
   * @param locale the language of the publication
   * @return the drawer factory for the replaced drawings
   */
  public static FSObjectDrawerFactory replace(
      Document document, List<ServiceStandard> standards, Locale locale) {
    return FlowchartObjects.replace(document, svg -> chart(svg, standards, locale));
  }

  private static Optional<Flowchart> chart(
      Element svg, List<ServiceStandard> standards, Locale locale) {
    Matcher id = ID.matcher(svg.getAttribute("id"));
    if (!id.matches()) {
      return Optional.empty();
    }
    int index = Integer.parseInt(id.group(1)) - 1;
    if (index >= standards.size()) {
      return Optional.empty();
    }
    return FlowchartLayout.of(standards.get(index), locale);
  }
}
