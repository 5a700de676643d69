package id.standarpelayanan.model.internal;

import id.standarpelayanan.model.Languages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The model's own copy of the {@code ContributorValidationMessages} bundles at the root of its jar,
 * as {@code ModelValidation}'s interpolator reads them.
 *
 * <p>Hibernate Validator reads every bundle of that name on the class path and merges them, which
 * is how an application's validator finds our messages. {@code ModelValidation} must not depend on
 * what other jars contribute, so it reads the files of this module only: from the module itself on
 * the module path (a resource in the unnamed package of a named module is not encapsulated, and
 * {@link Module#getResourceAsStream} reads the module's own), and on the class path from beside
 * this class, since there every jar's root is one name space and a plain look-up returns the first
 * jar's file of that name.
 */
final class ContributorMessages {

  /** The base name of the bundles, the one Hibernate Validator looks for. */
  static final String BASE_NAME = "ContributorValidationMessages";

  private static final ResourceBundle INDONESIAN = load(BASE_NAME + ".properties", null);
  private static final ResourceBundle ENGLISH = load(BASE_NAME + "_en.properties", INDONESIAN);

  private ContributorMessages() {}

  /**
   * Returns the model's messages in the supported language of {@code locale}: English for English,
   * Indonesian (the base bundle) for any other.
   *
   * @param locale the language wanted
   * @return the bundle, whose parent is the Indonesian one for English
   */
  static ResourceBundle bundle(Locale locale) {
    return Locale.ENGLISH.equals(Languages.supported(locale)) ? ENGLISH : INDONESIAN;
  }

  private static ResourceBundle load(String name, ResourceBundle parent) {
    try (InputStream in = open(name);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return new Bundle(reader, parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the model's " + name, e);
    }
  }

  private static InputStream open(String name) throws IOException {
    Module module = ContributorMessages.class.getModule();
    InputStream in;
    if (module.isNamed()) {
      in = module.getResourceAsStream(name);
    } else {
      String classFile = ContributorMessages.class.getName().replace('.', '/') + ".class";
      URL own = ContributorMessages.class.getResource("/" + classFile);
      if (own == null) {
        throw new IOException("cannot locate the model's classes");
      }
      String location = own.toString();
      String root = location.substring(0, location.length() - classFile.length());
      in = URI.create(root + name).toURL().openStream();
    }
    if (in == null) {
      throw new IOException(name + " is missing from the model's jar");
    }
    return in;
  }

  /** A properties bundle with a parent, set once while it is made. */
  private static final class Bundle extends PropertyResourceBundle {

    Bundle(Reader reader, ResourceBundle parent) throws IOException {
      super(reader);
      if (parent != null) {
        setParent(parent);
      }
    }
  }
}
