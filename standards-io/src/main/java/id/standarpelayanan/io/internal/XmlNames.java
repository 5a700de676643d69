package id.standarpelayanan.io.internal;

import java.util.Map;

/**
 * How the JSON document maps to XML: the namespace, the root elements, and the item element of each
 * wrapped list (a JSON array property {@code requirements} becomes {@code
 * <requirements><requirement>…</requirement></requirements>}). The {@code extensions} map becomes
 * {@code <extensions><extension><key>…</key><value>…</value></extension></extensions>}.
 */
final class XmlNames {

  static final String NAMESPACE = "urn:standar-pelayanan:1.0";
  static final String CATALOG = "catalog";
  static final String STANDARD = "standard";
  static final String STANDARDS = "standards";
  static final String EXTENSIONS = "extensions";
  static final String EXTENSION = "extension";
  static final String KEY = "key";
  static final String VALUE = "value";

  /** List property name → item element name. */
  static final Map<String, String> ITEMS =
      Map.ofEntries(
          Map.entry("consultations", "consultation"),
          Map.entry(STANDARDS, STANDARD),
          Map.entry("contacts", "contact"),
          Map.entry("deliveryChannels", "deliveryChannel"),
          Map.entry("legalBasis", "legalReference"),
          Map.entry("requirements", "requirement"),
          Map.entry("steps", "step"),
          Map.entry("items", "item"),
          Map.entry("paymentChannels", "paymentChannel"),
          Map.entry("products", "product"),
          Map.entry("facilities", "facility"),
          Map.entry("vulnerableGroups", "vulnerableGroup"),
          Map.entry("competencies", "competency"),
          Map.entry("supervisors", "supervisor"),
          Map.entry("channels", "channel"),
          Map.entry("roles", "role"),
          Map.entry("measures", "measure"),
          Map.entry("methods", "method"),
          Map.entry("publications", "publication"),
          Map.entry("alternatives", "alternative"),
          Map.entry("branches", "branch"),
          Map.entry("maximumPlus", "span"),
          Map.entry("periods", "period"),
          Map.entry("specialHours", "special"),
          Map.entry("days", "day"),
          Map.entry("breaks", "break"),
          Map.entry("additionalKinds", "kind"),
          Map.entry("access", "access"),
          Map.entry("emptyComponents", "component"),
          Map.entry("satisfactionSurveys", "satisfactionSurvey"),
          Map.entry("weakestElements", "code"),
          Map.entry("elements", "element"));

  private XmlNames() {}

  /**
   * Returns the item element of a list property.
   *
   * @param list the list property's name
   * @return the item element's name
   * @throws IllegalStateException if {@code list} is not a list property (a bug)
   */
  static String itemOf(String list) {
    String item = ITEMS.get(list);
    if (item == null) {
      throw new IllegalStateException("no XML item name for list property " + list);
    }
    return item;
  }
}
