package id.standarpelayanan.rules.internal.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** The host of a channel's URL is what {@link URI} says it is, with or without the parser. */
// The coverage checks fail the property when missed; the collected figures are printed only then.
@StatisticsReport(onFailureOnly = true)
class ChannelAddressesProperties {

  @Property(tries = 3000)
  void theHostIsTheUriParsersHost(@ForAll("urls") String address) {
    String expected = viaUri(address);
    Statistics.label("host").collect(expected.isEmpty() ? "none" : "some");
    Statistics.label("host").coverage(coverage -> coverage.check("some").percentage(p -> p > 20));

    assertThat(ChannelAddresses.host(address)).isEqualTo(expected);
  }

  @Example
  void commonAddresses() {
    assertThat(ChannelAddresses.host("https://www.lapor.go.id")).isEqualTo("www.lapor.go.id");
    assertThat(ChannelAddresses.host("HTTPS://Aceh.Kemenag.go.id/pengaduan"))
        .isEqualTo("aceh.kemenag.go.id");
    assertThat(ChannelAddresses.host("https://wa.me/628116800000?text=halo")).isEqualTo("wa.me");
    assertThat(ChannelAddresses.host("http://10.0.0.1/lapor")).isEqualTo("10.0.0.1");
    assertThat(ChannelAddresses.host("https://aceh.kemenag.go.id:8443/"))
        .isEqualTo("aceh.kemenag.go.id");
    assertThat(ChannelAddresses.host("https://aceh kemenag.go.id")).isEmpty();
    assertThat(ChannelAddresses.host("https://-aceh.go.id")).isEmpty();
    assertThat(ChannelAddresses.host("ftp://aceh.kemenag.go.id")).isEmpty();
    assertThat(ChannelAddresses.host("aceh.kemenag.go.id")).isEmpty();
  }

  /** The rule's first implementation: every http(s) address through the URI parser. */
  private static String viaUri(String address) {
    try {
      URI uri = new URI(address);
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getHost() == null) {
        return "";
      }
      return uri.getHost().toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return "";
    }
  }

  @Provide
  Arbitrary<String> urls() {
    Arbitrary<String> scheme =
        Arbitraries.of(
            "http://", "https://", "HTTPS://", "Http://", "ftp://", "https:", "https:/", "");
    Arbitrary<String> label =
        Arbitraries.frequencyOf(
            Tuple.of(
                6, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6)),
            Tuple.of(2, Arbitraries.strings().withChars("aZ09-").ofMinLength(0).ofMaxLength(4)),
            Tuple.of(
                1, Arbitraries.strings().withChars("a1_~%@:[] é").ofMinLength(1).ofMaxLength(3)));
    Arbitrary<String> host =
        label.list().ofMinSize(1).ofMaxSize(4).map(labels -> String.join(".", labels));
    Arbitrary<String> rest =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just("")),
            Tuple.of(
                3, Arbitraries.strings().withChars("/abz09-._~").ofMaxLength(8).map(p -> "/" + p)),
            Tuple.of(2, Arbitraries.strings().withChars("/?#:=&%20 é!*'()").ofMaxLength(6)),
            Tuple.of(1, Arbitraries.of(":8080", ":80/x", ".", "./", "..")));
    return Combinators.combine(scheme, host, rest).as((s, h, r) -> s + h + r);
  }
}
