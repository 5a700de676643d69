package id.standarpelayanan.model;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Titles and descriptions of the model's types and properties, in Indonesian (the default) and
 * English, for forms, documentation and the published schemas. Enum constants carry theirs through
 * {@link Labelled#label(Locale)} and {@link Labelled#description(Locale)}.
 *
 * <p>The texts are data, kept in the resource bundle {@code id/standarpelayanan/model/Descriptions}
 * (Indonesian by default, English in {@code _en}), with the keys {@code type.X.title}, {@code
 * type.X.description}, {@code property.X.p.title} and {@code property.X.p.description} for a type
 * {@code X} and its property {@code p} (the JSON property name), and {@code
 * constant.E.C.description} for a constant {@code C} of an enum {@code E}. Every type, property and
 * constant of the model has all of them in both languages (tested). Thread-safe; the bundles are
 * cached by the JDK.
 */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public final class ModelLabels {

  private static final String BUNDLE = "id.standarpelayanan.model.Descriptions";

  private ModelLabels() {}

  /**
   * Returns the title of a model type or enum, e.g. "Standar pelayanan" for {@link
   * ServiceStandard}.
   *
   * @param type the model type (the abstract type, not its {@code Immutable} implementation)
   * @param locale the language wanted
   * @return the title
   * @throws MissingResourceException if {@code type} is not a type of the model
   */
  public static String typeTitle(Class<?> type, Locale locale) {
    return text("type." + name(type) + ".title", locale);
  }

  /**
   * Returns the description of a model type or enum.
   *
   * @param type the model type
   * @param locale the language wanted
   * @return the description
   * @throws MissingResourceException if {@code type} is not a type of the model
   */
  public static String typeDescription(Class<?> type, Locale locale) {
    return text("type." + name(type) + ".description", locale);
  }

  /**
   * Returns the title of a property of a model type, e.g. "Persyaratan" for the {@code
   * requirements} of {@link ServiceStandard}.
   *
   * @param type the model type that declares the property
   * @param property the property's name, as in JSON
   * @param locale the language wanted
   * @return the title
   * @throws MissingResourceException if the type has no such property
   */
  public static String propertyTitle(Class<?> type, String property, Locale locale) {
    return text(
        "property." + name(type) + "." + Objects.requireNonNull(property, "property") + ".title",
        locale);
  }

  /**
   * Returns the description of a property of a model type.
   *
   * @param type the model type that declares the property
   * @param property the property's name, as in JSON
   * @param locale the language wanted
   * @return the description
   * @throws MissingResourceException if the type has no such property
   */
  public static String propertyDescription(Class<?> type, String property, Locale locale) {
    return text(
        "property."
            + name(type)
            + "."
            + Objects.requireNonNull(property, "property")
            + ".description",
        locale);
  }

  /**
   * Returns the description of an enum constant of the model.
   *
   * @param constant the constant
   * @param locale the language wanted
   * @return the description
   * @throws MissingResourceException if the constant is not of a model enum
   */
  static String constantDescription(Enum<?> constant, Locale locale) {
    return text(
        "constant."
            + constant.getDeclaringClass().getSimpleName()
            + "."
            + constant.name()
            + ".description",
        locale);
  }

  private static String name(Class<?> type) {
    return Objects.requireNonNull(type, "type").getSimpleName();
  }

  private static String text(String key, Locale locale) {
    return Languages.bundle(BUNDLE, locale, ModelLabels.class.getModule()).getString(key);
  }
}
