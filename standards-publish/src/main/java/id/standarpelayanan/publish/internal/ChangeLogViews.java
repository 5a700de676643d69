package id.standarpelayanan.publish.internal;

import id.standarpelayanan.diff.Change;
import id.standarpelayanan.diff.Comparison;
import id.standarpelayanan.diff.Effect;
import id.standarpelayanan.model.Pointer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The view of the change log between two versions ({@code changes.mustache}): the amendment tables
 * offices use, one per service (the catalogue's own provisions first), each row a change with its
 * component, its "semula" (before) and "menjadi" (after) and its effect on the public.
 *
 * <p>The only class of this module that touches the diff module's types besides {@code Publisher}'s
 * signatures, so that a publisher without the diff module on its path never loads them.
 */
public final class ChangeLogViews {

  /** The file name of the change log's template, compiled beside the layouts' templates. */
  public static final String TEMPLATE = "changes.mustache";

  private final Formats formats;
  private final Texts texts;

  /**
   * Makes the views of one language.
   *
   * @param formats the formats of that language
   */
  public ChangeLogViews(Formats formats) {
    this.formats = formats;
    this.texts = formats.texts();
  }

  /**
   * The view of a comparison's change log.
   *
   * @param comparison the comparison
   * @return the view
   */
  public Map<String, Object> view(Comparison comparison) {
    Locale locale = texts.locale();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("lang", locale.getLanguage());
    view.put("t", texts.templateLabels());
    Optional<String> provider = comparison.providerName().map(formats::text);
    String subject = comparison.subject().name();
    view.put(
        "title",
        texts.text("changes.title." + subject) + provider.map(p -> " \u2014 " + p).orElse(""));
    view.put("heading", texts.text("changes.heading." + subject));
    provider.ifPresent(name -> view.put("provider", Map.of("name", Map.of("value", name))));
    view.put("before", formats.text(comparison.describeOld(locale)));
    view.put("after", formats.text(comparison.describeNew(locale)));
    view.put("summary", comparison.summary(locale));
    view.put("equivalent", comparison.isEquivalent());
    view.put("groups", groups(comparison));
    return view;
  }

  private List<Object> groups(Comparison comparison) {
    Locale locale = texts.locale();
    List<Object> groups = new ArrayList<>();
    List<Object> rows = null;
    String service = null;
    int number = 0;
    for (Change change : comparison.grouped()) {
      String id = change.serviceId().orElse("");
      if (!id.equals(service)) {
        service = id;
        rows = new ArrayList<>();
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("anchor", "perubahan-" + (groups.size() + 1));
        group.put(
            "title",
            id.isEmpty()
                ? texts.text("changes.general." + comparison.subject().name())
                : texts.format(
                    "changes.service",
                    formats.text(change.serviceName().orElse(id)),
                    formats.text(id)));
        group.put("rows", rows);
        groups.add(group);
      }
      number++;
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("no", String.valueOf(number));
      row.put(
          "component",
          change
              .component()
              .map(c -> c.number() + ". " + c.label(locale))
              .orElse(texts.text("changes.noComponent")));
      row.put("change", change.meaning().label(locale));
      row.put("where", formats.text(where(change)));
      row.put("before", change.beforeText(locale).map(formats::text).orElse("-"));
      row.put("after", change.afterText(locale).map(formats::text).orElse("-"));
      row.put("effect", change.effect().label(locale));
      row.put("effectClass", effectClass(change.effect()));
      rows.add(row);
    }
    return groups;
  }

  private static String effectClass(Effect effect) {
    return "effect-" + effect.name().toLowerCase(Locale.ROOT);
  }

  private static String where(Change change) {
    Optional<Pointer> before = change.oldPointer();
    Optional<Pointer> after = change.newPointer();
    if (before.isPresent() && after.isPresent() && !before.equals(after)) {
      return before.get() + " \u2192 " + after.get();
    }
    return change.pointer().toString();
  }
}
