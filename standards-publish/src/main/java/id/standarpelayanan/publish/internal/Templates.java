package id.standarpelayanan.publish.internal;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The compiled templates of the pages, by file name: the built-in ones shipped in the jar ({@code
 * id/standarpelayanan/publish/templates/}), each replaced by the file of the same name in an
 * office's directory when it has one (a partial override: a template missing there falls back to
 * the built-in one). Compiled once by one factory, so the partials the pages share are compiled
 * once; thread-safe afterwards.
 */
public final class Templates {

  /** Where the built-in templates live in the jar. */
  public static final String BUILT_IN = "/id/standarpelayanan/publish/templates/";

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*\\.mustache");

  private final Map<String, Mustache> compiled;

  private Templates(Map<String, Mustache> compiled) {
    this.compiled = compiled;
  }

  /**
   * Compiles the templates.
   *
   * @param names the file names of the pages' templates, e.g. {@code annex.mustache}
   * @param directory the office's directory, if any
   * @return the compiled templates
   * @throws IllegalArgumentException if a template does not compile, naming it and the reason
   */
  public static Templates compile(Collection<String> names, Optional<Path> directory) {
    DefaultMustacheFactory factory = new DefaultMustacheFactory(new Resolver(directory));
    Map<String, Mustache> compiled = new HashMap<>();
    for (String name : names) {
      try {
        compiled.put(name, factory.compile(name));
      } catch (MustacheException | UncheckedIOException e) {
        throw new IllegalArgumentException(
            "template " + name + " does not compile: " + e.getMessage(), e);
      }
    }
    return new Templates(Map.copyOf(compiled));
  }

  /**
   * Renders one template with a view.
   *
   * @param name the template's file name, one of those compiled
   * @param view the view: maps, lists, strings and booleans
   * @param out where to write
   * @throws IOException when writing fails
   */
  public void render(String name, Map<String, Object> view, Writer out) throws IOException {
    Mustache template = compiled.get(name);
    if (template == null) {
      throw new IllegalArgumentException("no compiled template " + name);
    }
    try {
      template.execute(out, view).flush();
    } catch (MustacheException e) {
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof IOException io) {
          throw io;
        }
      }
      throw e;
    }
  }

  /** Reads a template from the office's directory first, then from the jar. */
  private static final class Resolver implements MustacheResolver {

    private final Optional<Path> directory;

    Resolver(Optional<Path> directory) {
      this.directory = directory.map(d -> d.toAbsolutePath().normalize());
    }

    @Override
    public Reader getReader(String resourceName) {
      Objects.requireNonNull(resourceName, "resourceName");
      String name = resourceName.startsWith("/") ? resourceName.substring(1) : resourceName;
      // Only plain file names: a template cannot reach outside its directory or the jar's.
      if (!NAME.matcher(name).matches()) {
        return null;
      }
      if (directory.isPresent()) {
        Path file = directory.get().resolve(name);
        if (Files.isRegularFile(file)) {
          try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(
                "cannot read template " + file + ": " + e.getMessage(), e);
          }
        }
      }
      InputStream in = Templates.class.getResourceAsStream(BUILT_IN + name);
      return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
    }
  }
}
