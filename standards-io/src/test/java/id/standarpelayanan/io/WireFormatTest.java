package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.standarpelayanan.model.CompletionTime;
import id.standarpelayanan.model.DeliveryChannel;
import id.standarpelayanan.model.Fee;
import id.standarpelayanan.model.FeeItem;
import id.standarpelayanan.model.PerformanceEvaluation;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.Rupiah;
import id.standarpelayanan.model.SatisfactionSurvey;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.SurveyElement;
import id.standarpelayanan.model.SurveyGrade;
import id.standarpelayanan.model.TimeSpan;
import java.beans.Introspector;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
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
    assertThat(order.keySet()).hasSize(35);
    assertThat(Arrays.stream(Schema.values()).map(Schema::resourceName))
        .allMatch(name -> Schema.class.getResource(name) != null);
  }

  private static final ServiceStandard SURVEYED =
      ServiceStandard.builder()
          .setId("izin")
          .setPerformanceEvaluation(
              PerformanceEvaluation.builder()
                  .addSatisfactionSurvey(
                      SatisfactionSurvey.builder()
                          .setPeriodStart(LocalDate.of(2024, 1, 1))
                          .setPeriodEnd(LocalDate.of(2024, 6, 30))
                          .setRespondents(384)
                          .setConvertedValue(new BigDecimal("82.50"))
                          .setGrade(SurveyGrade.B)
                          .addWeakestElement("U3")
                          .addElement(
                              SurveyElement.builder()
                                  .setCode("U3")
                                  .setWeight(new BigDecimal("0.111"))
                                  .build())
                          .build())
                  .build())
          .build();

  @Test
  void aSurveyIsWrittenWithPlainDecimalsThatKeepTheirScaleInBothFormats() {
    String json = JSON.writeToString(SURVEYED);
    assertThat(json)
        .contains(
            "\"performanceEvaluation\":{\"satisfactionSurveys\":[{\"periodStart\":\"2024-01-01\","
                + "\"periodEnd\":\"2024-06-30\",\"respondents\":384,\"convertedValue\":82.50,"
                + "\"grade\":\"B\",\"weakestElements\":[\"U3\"],"
                + "\"elements\":[{\"code\":\"U3\",\"weight\":0.111}]}]}");
    assertThat(JSON.readStandard(json)).isEqualTo(SURVEYED);
    String xml = XML.writeToString(SURVEYED);
    assertThat(xml)
        .contains(
            "<performanceEvaluation><satisfactionSurveys><satisfactionSurvey>"
                + "<periodStart>2024-01-01</periodStart><periodEnd>2024-06-30</periodEnd>"
                + "<respondents>384</respondents><convertedValue>82.50</convertedValue>"
                + "<grade>B</grade><weakestElements><code>U3</code></weakestElements>"
                + "<elements><element><code>U3</code><weight>0.111</weight></element></elements>"
                + "</satisfactionSurvey></satisfactionSurveys></performanceEvaluation>");
    assertThat(XML.readStandard(xml)).isEqualTo(SURVEYED);
  }

  @Test
  void aDecimalWithAnExponentIsReadAsItsPlainValueAndAHugeOneIsRefused() {
    String survey =
        "{\"schemaVersion\":\"1.1\",\"performanceEvaluation\":{\"satisfactionSurveys\":"
            + "[{\"periodStart\":\"2024-01-01\",\"periodEnd\":\"2024-06-30\",\"respondents\":1,"
            + "\"grade\":\"A\",\"convertedValue\":%s}]}}";
    assertThat(
            JSON.readStandard(String.format(survey, "1E+2"))
                .getPerformanceEvaluation()
                .orElseThrow()
                .getSatisfactionSurveys()
                .get(0)
                .getConvertedValue())
        .isEqualTo(new BigDecimal("100"));
    for (String huge : new String[] {"1E+999999999", "1E-999999999", "0." + "1".repeat(21)}) {
      assertThat(catchThrowable(() -> JSON.readStandard(String.format(survey, huge))))
          .as(huge)
          .isInstanceOfSatisfying(
              StandardsReadException.class,
              e -> {
                assertThat(e.getCode()).isEqualTo(ReadErrorCode.NUMBER_OUT_OF_RANGE);
                assertThat(e.getPointer().toString())
                    .isEqualTo("/performanceEvaluation/satisfactionSurveys/0/convertedValue");
              });
    }
    assertThat(catchThrowable(() -> JSON.readStandard(String.format(survey, "\"82.5\""))))
        .isInstanceOfSatisfying(
            StandardsReadException.class,
            e -> assertThat(e.getCode()).isEqualTo(ReadErrorCode.WRONG_TYPE));
  }

  @Test
  void aSurveyEndingBeforeItStartsOrWithThreeDecimalsIsRefusedWhereItIs() {
    String survey =
        "{\"schemaVersion\":\"1.1\",\"performanceEvaluation\":{\"satisfactionSurveys\":"
            + "[{\"periodStart\":\"%s\",\"periodEnd\":\"2024-06-30\",\"respondents\":1,"
            + "\"grade\":\"A\",\"convertedValue\":%s}]}}";
    for (String document :
        new String[] {
          String.format(survey, "2024-07-01", "90"), String.format(survey, "2024-01-01", "24.975")
        }) {
      assertThat(catchThrowable(() -> JSON.readStandard(document)))
          .as(document)
          .isInstanceOfSatisfying(
              StandardsReadException.class,
              e ->
                  assertThat(e.getPointer().toString())
                      .startsWith("/performanceEvaluation/satisfactionSurveys/0"));
    }
  }
}
