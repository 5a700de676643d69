package id.standarpelayanan.cli.internal;

import id.standarpelayanan.io.StandardsReadException;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads documents of any kind and checks them, passing each outcome on as soon as it is known:
 * arrays and newline-delimited JSON are streamed, one standard in memory at a time. Not API.
 */
public final class Checking {

  private final Checker checker;
  private final Documents documents = new Documents();
  private final Language language;

  /**
   * Creates the reader-checker.
   *
   * @param checker the checker
   * @param language the language of read errors
   */
  public Checking(Checker checker, Language language) {
    this.checker = checker;
    this.language = language;
  }

  /**
   * Reads and checks one document.
   *
   * @param source the document
   * @param sink receives the outcomes, in document order
   */
  public void check(Source source, Consumer<Outcome> sink) {
    try (InputStream raw = source.opener().open()) {
      Documents.sniffed(raw, source.name(), (kind, in) -> {
        switch (kind) {
          case JSON_ARRAY -> records(source, sink, bad -> documents.json().streamArray(in, bad));
          case NDJSON -> records(source, sink, bad -> documents.json().streamLines(in, bad));
          default -> {
            Documents.Document document = documents.read(kind, in);
            Report report = document.catalog().map(checker::check).orElseGet(() -> checker.check(document.standard().orElseThrow()));
            sink.accept(new Outcome.Checked(source.name(), source.uri(), "", report));
          }
        }
        return null;
      });
    } catch (StandardsReadException | IOException e) {
      sink.accept(unreadable(source, e, language));
    }
  }

  /**
   * Describes why a document could not be read.
   *
   * @param source the document
   * @param failure a {@link StandardsReadException} or an {@link IOException}
   * @param language the language of the message
   * @return the outcome
   */
  public static Outcome.Unreadable unreadable(Source source, Exception failure, Language language) {
    if (failure instanceof StandardsReadException e) {
      return new Outcome.Unreadable(source.name(), source.uri(), e.getCode().name(), e.getMessage(language.locale()),
          e.getLine(), e.getColumn(), e.getPointer());
    }
    if (failure instanceof NoSuchFileException) {
      return new Outcome.Unreadable(source.name(), source.uri(), "NOT_FOUND", language.message("error.notFound", source.name()), 0, 0, "");
    }
    return new Outcome.Unreadable(source.name(), source.uri(), "IO",
        language.message("error.unreadable", source.name(), failure.getMessage()), 0, 0, "");
  }

  private void records(Source source, Consumer<Outcome> sink,
      Function<Consumer<StandardsReadException>, Stream<ServiceStandard>> open) {
    AtomicLong next = new AtomicLong();
    Consumer<StandardsReadException> bad = e -> {
      next.set(e.getRecordIndex().orElse(next.get()) + 1);
      sink.accept(unreadable(source, e, language));
    };
    try (Stream<ServiceStandard> standards = open.apply(bad)) {
      standards.forEach(standard ->
          sink.accept(new Outcome.Checked(source.name(), source.uri(), "/" + next.getAndIncrement(), checker.check(standard))));
    }
  }
}
