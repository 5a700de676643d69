package id.standarpelayanan.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The tool's version, from the build. */
public final class Version implements CommandLine.IVersionProvider {

  /**
   * Returns the version of this build.
   *
   * @return the version, e.g. {@code 0.1.0-SNAPSHOT}
   */
  public static String current() {
    try (InputStream in =
        Version.class.getResourceAsStream("/id/standarpelayanan/cli/version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"sp " + current(), "Java " + System.getProperty("java.version")};
  }
}
