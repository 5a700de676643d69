package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.CompletionTime;
import id.standarpelayanan.model.DeliveryChannel;
import id.standarpelayanan.model.Fee;
import id.standarpelayanan.model.FeeItem;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.Rupiah;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.TimeSpan;
import java.beans.Introspector;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The documented wire format, shown on small documents. */
class WireFormatTest {

  private static final StandardsJson JSON = StandardsJson.builder().build();
  private static final StandardsXml XML = StandardsXml.builder().build();

  private static final ServiceStandard SMALL =
      ServiceStandard.builder()
          .setId("izin")
          .setName("Izin")
          .addDeliveryChannels(DeliveryChannel.ONLINE, DeliveryChannel.IN_PERSON)
          .addRequirement(Requirement.builder().setDescription("KTP").build())
          .setCompletionTime(CompletionTime.builder().setMaximum(TimeSpan.ofWorkingDays(3)).build())
          .setFee(
              Fee.builder()
                  .addItem(FeeItem.builder().setName("Biaya").setAmount(Rupiah.of(50000)).build())
                  .build())
          .putExtension("z", "last")
          .putExtension("a", "first")
          .build();

  @Test
  void jsonIsCompactCanonicalAndInSchemaOrder() {
    assertThat(JSON.writeToString(SMALL))
        .isEqualTo(
            "{\"schemaVersion\":\"1.1\",\"id\":\"izin\","
                + "\"name\":\"Izin\",\"deliveryChannels\":[\"IN_PERSON\",\"ONLINE\"],"
                + "\"requirements\":[{\"description\":\"KTP\",\"mandatory\":true}],"
                + "\"completionTime\":{\"maximum\":{\"amount\":3,\"unit\":\"WORKING_DAYS\"}},"
                + "\"fee\":{\"free\":false,\"items\":[{\"name\":\"Biaya\",\"amount\":50000}]},"
                + "\"extensions\":{\"a\":\"first\",\"z\":\"last\"}}");
  }

  @Test
  void prettyJsonUsesTwoSpacesAndLineFeeds() {
    String pretty =
        StandardsJson.builder()
            .pretty(true)
            .build()
            .writeToString(ServiceStandard.builder().setId("a").setName("n").build());
    assertThat(pretty)
        .isEqualTo(
            "{\n  \"schemaVersion\": \"1.1\",\n  \"id\": \"a\",\n" + "  \"name\": \"n\"\n}\n");
  }

  @Test
  void xmlMirrorsJsonWithWrappedListsAndExtensionEntries() {
    assertThat(XML.writeToString(SMALL))
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<standard xmlns=\"urn:standar-pelayanan:1.0\"><schemaVersion>1.1</schemaVersion>"
                + "<id>izin</id><name>Izin</name><deliveryChannels><deliveryChannel>IN_PERSON"
                + "</deliveryChannel><deliveryChannel>ONLINE</deliveryChannel></deliveryChannels>"
                + "<requirements><requirement><description>KTP</description><mandatory>true</mandatory>"
                + "</requirement></requirements><completionTime><maximum><amount>3</amount>"
                + "<unit>WORKING_DAYS</unit></maximum></completionTime><fee><free>false</free><items>"
                + "<item><name>Biaya</name><amount>50000</amount></item></items></fee><extensions>"
                + "<extension><key>a</key><value>first</value></extension><extension><key>z</key>"
                + "<value>last</value></extension></extensions></standard>");
  }

  @Test
  void readingAcceptsEmptyListsAndMapsAsWellAsAbsentOnes() {
    ServiceStandard read =
        JSON.readStandard(
            "{\"schemaVersion\":\"1.1\",\"id\":\"a\",\"name\":"
                + "\"n\",\"requirements\":[],\"deliveryChannels\":[],\"extensions\":{}}");
    assertThat(read).isEqualTo(ServiceStandard.builder().setId("a").setName("n").build());
    assertThat(
            XML.readStandard(
                "<standard xmlns=\"urn:standar-pelayanan:1.0\"><schemaVersion>1.0"
                    + "</schemaVersion><id>a</id><name>n</name><requirements/><extensions></extensions>"
                    + "</standard>"))
        .isEqualTo(read);
  }

  @Test
  void extensionsRoundTripUntouched() {
    ServiceStandard odd =
        ServiceStandard.builder()
            .setId("a")
            .setName("n")
            .putExtension("x/y~z", "  spaced <&> \"quoted\"\r\n\t")
            .putExtension("empty", "")
            .build();
    assertThat(JSON.readStandard(JSON.writeToString(odd))).isEqualTo(odd);
    assertThat(XML.readStandard(XML.writeToString(odd))).isEqualTo(odd);
  }

  @Test
  void xmlRefusesToWriteCharactersXmlCannotCarry() {
    ServiceStandard control = ServiceStandard.builder().setId("a").setName("bell \u0007").build();
    assertThat(JSON.readStandard(JSON.writeToString(control))).isEqualTo(control);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> XML.writeToString(control))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLoneSurrogateIsRefusedByXmlToStringsAndStreamsAlikeAndByTheJsonReader() {
    ServiceStandard broken =
        ServiceStandard.builder().setId("a").setName("Layanan \uD83D akhir").build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> XML.writeToString(broken))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> XML.write(broken, new java.io.ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class);
    // The JSON reader refuses it, located, from bytes (escaped) and from a String (the char
    // itself) alike: a lone surrogate is no Unicode text (issue 13, item 11).
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    JSON.write(broken, bytes);
    for (Runnable read :
        new Runnable[] {
          () -> JSON.readStandard(bytes.toByteArray()),
          () -> JSON.readStandard(JSON.writeToString(broken))
        }) {
      StandardsReadException e =
          (StandardsReadException) org.assertj.core.api.Assertions.catchThrowable(read::run);
      assertThat(e.getCode()).isEqualTo(ReadErrorCode.INVALID_VALUE);
      assertThat(e.getPointer()).isEqualTo("/name");
      assertThat(e.getArguments()).containsExactly("unicodeText");
    }
    ServiceStandard emoji =
        ServiceStandard.builder().setId("a").setName("Layanan \uD83D\uDCDC").build();
    assertThat(XML.readStandard(XML.writeToString(emoji))).isEqualTo(emoji);
  }

  @Test
  void propertyOrderNamesEveryPropertyOfEveryModelType() throws Exception {
    Class<?> introspector = Class.forName("id.standarpelayanan.io.internal.ModelIntrospector");
    var field = introspector.getDeclaredField("PROPERTY_ORDER");
    field.setAccessible(true);
    @SuppressWarnings("unchecked")
    var order = (java.util.Map<Class<?>, java.util.List<String>>) field.get(null);
    for (var entry : order.entrySet()) {
      Set<String> properties = new LinkedHashSet<>();
      for (Method method : entry.getKey().getMethods()) {
        String name = method.getName();
        if (method.getParameterCount() == 0
            && !Modifier.isStatic(method.getModifiers())
            && (name.startsWith("get") || name.startsWith("is") && !name.equals("is"))) {
          properties.add(Introspector.decapitalize(name.substring(name.startsWith("is") ? 2 : 3)));
        }
      }
      properties.remove("class");
      assertThat(entry.getValue())
          .as(entry.getKey().getSimpleName())
          .containsExactlyInAnyOrderElementsOf(properties);
    }
    assertThat(order.keySet()).hasSize(33);
    assertThat(Arrays.stream(Schema.values()).map(Schema::resourceName))
        .allMatch(name -> Schema.class.getResource(name) != null);
  }
}
