package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ctc.wstx.stax.WstxInputFactory;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.fixtures.KanwilAcehFixtures;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.codehaus.stax2.XMLInputFactory2;
import org.junit.jupiter.api.Test;

/**
 * The XML codec stands on Woodstox and stax2 alone: jackson-dataformat-xml, which the codec does
 * not use and which makes Spring MVC answer browsers in XML, is not on the module's run-time class
 * path.
 */
class XmlDependenciesTest {

  @Test
  void jacksonDataformatXmlCannotBeLoaded() {
    assertThatThrownBy(
            () ->
                Class.forName(
                    "com.fasterxml.jackson.dataformat.xml.XmlMapper",
                    false,
                    XmlDependenciesTest.class.getClassLoader()))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(
            () ->
                Class.forName(
                    "com.fasterxml.jackson.dataformat.xml.XmlFactory",
                    false,
                    XmlDependenciesTest.class.getClassLoader()))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void classPathHoldsWoodstoxAndStax2ButNoJacksonXmlJar() {
    List<String> jars =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(entry -> new File(entry).getName())
            .collect(Collectors.toList());
    assertThat(jars).noneMatch(name -> name.startsWith("jackson-dataformat-xml"));
    assertThat(jars).anyMatch(name -> name.startsWith("woodstox-core"));
    assertThat(jars).anyMatch(name -> name.startsWith("stax2-api"));
  }

  @Test
  void woodstoxIsTheStaxImplementationAndTheCodecStillRoundTrips() {
    assertThat(XMLInputFactory2.class).isAssignableFrom(WstxInputFactory.class);
    StandardsXml xml = StandardsXml.builder().build();
    StandardsCatalog catalog = KanwilAcehFixtures.catalog();
    assertThat(xml.readCatalog(xml.writeToString(catalog))).isEqualTo(catalog);
  }
}
