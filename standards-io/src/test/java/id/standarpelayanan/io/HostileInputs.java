package id.standarpelayanan.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The hostile-input corpus under {@code src/test/resources/hostile/{json,xml}/}: every input with
 * its sidecar {@code <file>.expect} (Java properties), and the generators that build the inputs too
 * large to commit.
 *
 * <p>Sidecar keys: {@code what} (one English line), {@code outcome} ({@code value} or {@code
 * error}), {@code code} (a {@link ReadErrorCode}, for an error), {@code root} ({@code catalog},
 * {@code standard}, {@code array} or {@code lines}: the natural reader), optional {@code lenient}
 * ({@code value} or {@code error:<CODE>}, when the lenient reader differs), optional {@code
 * records} (for {@code array} and {@code lines}: how many good records a strict stream with a
 * handler yields), optional {@code generate} (the name of a generator here; the input file is then
 * not committed).
 */
final class HostileInputs {

  /** 5 MiB: past the default record length of 4 MiB. */
  private static final int ENDLESS = 5 * 1024 * 1024;

  private HostileInputs() {}

  /**
   * One input and what is expected of it.
   *
   * @param format {@code json} or {@code xml}
   * @param name the file name
   * @param expect the sidecar's properties
   */
  record Case(String format, String name, Properties expect) {

    String what() {
      return expect.getProperty("what", name);
    }

    /** Whether the strict natural reader returns a value. */
    boolean value() {
      return "value".equals(required("outcome"));
    }

    /** The strict natural reader's error code, if it fails. */
    Optional<ReadErrorCode> code() {
      return value() ? Optional.empty() : Optional.of(ReadErrorCode.valueOf(required("code")));
    }

    /** Whether the lenient natural reader returns a value. */
    boolean lenientValue() {
      String lenient = expect.getProperty("lenient");
      return lenient == null ? value() : lenient.equals("value");
    }

    /** The lenient natural reader's error code, if it fails. */
    Optional<ReadErrorCode> lenientCode() {
      String lenient = expect.getProperty("lenient");
      if (lenient == null) {
        return code();
      }
      return lenient.startsWith("error:")
          ? Optional.of(ReadErrorCode.valueOf(lenient.substring("error:".length())))
          : Optional.empty();
    }

    String root() {
      return required("root");
    }

    OptionalInt records() {
      String records = expect.getProperty("records");
      return records == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(records));
    }

    /** The input's bytes, read or generated. */
    byte[] bytes() {
      String generator = expect.getProperty("generate");
      if (generator != null) {
        return generate(generator);
      }
      try (InputStream in =
          HostileInputs.class.getResourceAsStream("/hostile/" + format + "/" + name)) {
        if (in == null) {
          throw new IllegalStateException("no input file for " + name);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private String required(String key) {
      String value = expect.getProperty(key);
      if (value == null) {
        throw new IllegalStateException(name + ".expect has no " + key);
      }
      return value.trim();
    }

    @Override
    public String toString() {
      return format + "/" + name;
    }
  }

  /**
   * Returns the cases of a format, in file name order.
   *
   * @param format {@code json} or {@code xml}
   * @return the cases, possibly none
   */
  static List<Case> cases(String format) {
    URL url = HostileInputs.class.getResource("/hostile/" + format);
    if (url == null) {
      return List.of();
    }
    List<Case> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      for (Path sidecar : files.filter(f -> f.toString().endsWith(".expect")).sorted().toList()) {
        Properties expect = new Properties();
        try (var reader = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
          expect.load(reader);
        }
        String file = sidecar.getFileName().toString();
        cases.add(new Case(format, file.substring(0, file.length() - ".expect".length()), expect));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return cases;
  }

  /**
   * Builds a generated input.
   *
   * @param name the generator's name, as in a sidecar's {@code generate}
   * @return the bytes
   */
  static byte[] generate(String name) {
    String text =
        switch (name) {
          case "long-string-100000" ->
              "{\"schemaVersion\":\"1.1\",\"id\":\"a\",\"name\":\"" + "a".repeat(100_000) + "\"}";
          case "long-string-100001" ->
              "{\"schemaVersion\":\"1.1\",\"id\":\"a\",\"name\":\"" + "a".repeat(100_001) + "\"}";
          case "long-name-100001" ->
              "{\"schemaVersion\":\"1.1\",\"" + "k".repeat(100_001) + "\":1}";
          case "values-1000000" -> {
            StringBuilder b = new StringBuilder("{\"schemaVersion\":\"1.1\",\"x\":[");
            String inner = "[" + "0,".repeat(999) + "0]";
            for (int i = 0; i < 1000; i++) {
              b.append(i == 0 ? "" : ",").append(inner);
            }
            yield b.append("]}").toString();
          }
          case "list-items-10001" -> requirements(10_001);
          case "list-items-10000" -> requirements(10_000);
          case "array-endless-whitespace" -> "[" + " ".repeat(ENDLESS);
          case "lines-long-string-middle" ->
              standard("a")
                  + "\n{\"id\":\"b\",\"name\":\""
                  + "b".repeat(100_001)
                  + "\"}\n"
                  + standard("c")
                  + "\n";
          case "lines-huge-first-record" -> {
            StringBuilder b = new StringBuilder("{\"id\":\"a\",\"requirements\":[");
            for (int i = 0; i < 3000; i++) {
              b.append(i == 0 ? "" : ",")
                  .append("{\"description\":\"")
                  .append("x".repeat(90))
                  .append("\"}");
            }
            yield b.append("]}\n").append(standard("b")).append('\n').toString();
          }
          case "lines-endless-line" -> standard("a") + "\n" + " ".repeat(ENDLESS);
          case "lines-endless-blank-lines" -> standard("a") + "\n" + "\n".repeat(ENDLESS);
          case "xml-long-text-100000" ->
              xmlStandard("<id>a</id><name>" + "a".repeat(100_000) + "</name>");
          case "xml-long-text-100001" ->
              xmlStandard("<id>a</id><name>" + "a".repeat(100_001) + "</name>");
          case "xml-long-cdata-100001" ->
              xmlStandard("<id>a</id><name>Layanan <![CDATA[" + "c".repeat(100_001) + "]]></name>");
          case "xml-long-whitespace-between" ->
              xmlStandard("<id>a</id>" + " \n\t".repeat(66_667) + "<name>Layanan a</name>");
          case "xml-long-whitespace-leaf" ->
              xmlStandard("<id>a</id><name>" + " ".repeat(100_001) + "</name>");
          case "xml-long-comment-100001" ->
              "<!--" + "c".repeat(100_001) + "-->" + xmlStandard("<id>a</id>");
          case "xml-long-element-name-100001" ->
              xmlStandard("<id>a</id><" + "n".repeat(100_001) + ">x</" + "n".repeat(100_001) + ">");
          case "xml-list-items-10000" -> xmlRequirements(10_000);
          case "xml-list-items-10001" -> xmlRequirements(10_001);
          case "xml-catalog-endless-whitespace" ->
              "<catalog xmlns=\""
                  + XML_NAMESPACE
                  + "\"><schemaVersion>1.1</schemaVersion><standards><standard><id>a</id></standard>"
                  + " ".repeat(ENDLESS);
          default -> throw new IllegalArgumentException("no generator " + name);
        };
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static final String XML_NAMESPACE = "urn:standar-pelayanan:1.0";

  private static String xmlStandard(String body) {
    return "<standard xmlns=\""
        + XML_NAMESPACE
        + "\"><schemaVersion>1.1</schemaVersion>"
        + body
        + "</standard>";
  }

  private static String xmlRequirements(int count) {
    return xmlStandard(
        "<id>a</id><requirements>"
            + "<requirement><description>d</description></requirement>".repeat(count)
            + "</requirements>");
  }

  private static String standard(String id) {
    return "{\"id\":\"" + id + "\",\"name\":\"Layanan " + id + "\"}";
  }

  private static String requirements(int count) {
    StringBuilder b = new StringBuilder("{\"schemaVersion\":\"1.1\",\"requirements\":[");
    for (int i = 0; i < count; i++) {
      b.append(i == 0 ? "" : ",").append("{\"description\":\"d\"}");
    }
    return b.append("]}").toString();
  }
}
