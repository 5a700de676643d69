package id.standarpelayanan.publish.pdf;

import id.standarpelayanan.io.StandardsDocument;
import id.standarpelayanan.io.StandardsDocuments;
import id.standarpelayanan.model.Languages;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.publish.Layout;
import id.standarpelayanan.publish.Publisher;
import id.standarpelayanan.rules.Checker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The sample catalogue and its PDFs, rendered once per layout, language and draft flag. */
final class Samples {

  static final Path SAMPLE = Path.of("../examples/data/kanwil-kemenag-aceh.json");
  static final List<Locale> LANGUAGES = List.of(Languages.INDONESIAN, Locale.ENGLISH);
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-08-01T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

  private static StandardsCatalog sample;
  private static final Map<String, PdfPublisher> PUBLISHERS = new ConcurrentHashMap<>();
  private static final Map<String, byte[]> PDFS = new ConcurrentHashMap<>();

  private Samples() {}

  static synchronized StandardsCatalog catalog() {
    if (sample == null) {
      try (StandardsDocument document = StandardsDocuments.strict().read(SAMPLE)) {
        sample = ((StandardsDocument.Catalog) document).catalog();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sample;
  }

  static PdfPublisher publisher(Locale locale, boolean draft) {
    return PUBLISHERS.computeIfAbsent(
        locale.toLanguageTag() + draft,
        key ->
            PdfPublisher.builder()
                .publisher(
                    Publisher.builder()
                        .locale(locale)
                        .draft(draft)
                        .checker(Checker.builder().locale(locale).clock(CLOCK).build())
                        .build())
                .build());
  }

  /** The PDF of the sample in a layout and language, as a draft or not; rendered once. */
  static byte[] pdf(Layout layout, Locale locale, boolean draft) {
    return PDFS.computeIfAbsent(
        layout + "." + locale.toLanguageTag() + "." + draft,
        key -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          try {
            publisher(locale, draft).write(catalog(), layout, out);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return out.toByteArray();
        });
  }

  static String name(Layout layout, Locale locale) {
    return layout.name().toLowerCase(Locale.ROOT) + "." + locale.getLanguage();
  }
}
