package id.standarpelayanan.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The reader tests' hostile-input corpus ({@code standards-io/src/test/resources/hostile}), for the
 * server's tests: the sidecars and committed inputs read from the source folder, the inputs too
 * large to commit made by the reader tests' own generator ({@code HostileInputs.generate}, package
 * private in standards-io's test jar, called reflectively: the tests run on the class path).
 */
final class HostileCorpus {

  private HostileCorpus() {}

  /**
   * One input.
   *
   * @param name the format and file name
   * @param bytes the input
   * @param error the strict natural reader's error code, if it refuses the input
   */
  record Input(String name, byte[] bytes, Optional<String> error) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Input> inputs() {
    List<Input> inputs = new ArrayList<>();
    for (String format : List.of("json", "xml")) {
      Path folder = Path.of("..", "standards-io", "src", "test", "resources", "hostile", format);
      try (Stream<Path> files = Files.list(folder)) {
        for (Path sidecar : files.filter(f -> f.toString().endsWith(".expect")).sorted().toList()) {
          Properties expect = new Properties();
          try (var reader = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
            expect.load(reader);
          }
          String file = sidecar.getFileName().toString();
          String name = file.substring(0, file.length() - ".expect".length());
          String generator = expect.getProperty("generate");
          byte[] bytes =
              generator != null
                  ? generate(generator.trim())
                  : Files.readAllBytes(folder.resolve(name));
          Optional<String> error =
              "error".equals(expect.getProperty("outcome", "").trim())
                  ? Optional.of(expect.getProperty("code").trim())
                  : Optional.empty();
          inputs.add(new Input(format + "/" + name, bytes, error));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return inputs;
  }

  private static byte[] generate(String generator) {
    try {
      Method generate =
          Class.forName("id.standarpelayanan.io.HostileInputs")
              .getDeclaredMethod("generate", String.class);
      generate.setAccessible(true);
      return (byte[]) generate.invoke(null, generator);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the reader tests' generator " + generator, e);
    }
  }
}
