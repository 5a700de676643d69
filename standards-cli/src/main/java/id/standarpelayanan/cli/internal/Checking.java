package id.standarpelayanan.cli.internal;

import id.standarpelayanan.io.StandardsDocument;
import id.standarpelayanan.io.StandardsDocument.Record;
import id.standarpelayanan.io.StandardsDocuments;
import id.standarpelayanan.io.StandardsReadException;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.internal.text.Printable;
import id.standarpelayanan.rules.Checker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads documents of any kind and checks them, passing each outcome on as soon as it is known:
 * arrays and newline-delimited JSON are streamed, one standard in memory at a time.
 */
public final class Checking {

  private final Checker checker;
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
    try (InputStream raw = source.opener().open();
        StandardsDocument document = StandardsDocuments.strict().read(raw, source.name())) {
      if (document instanceof StandardsDocument.Records records) {
        records(source, sink, records.records());
      } else if (document instanceof StandardsDocument.Catalog catalog) {
        checked(source, sink, catalog.catalog());
      } else {
        checked(source, sink, ((StandardsDocument.Standard) document).standard());
      }
    } catch (StandardsReadException | IOException e) {
      sink.accept(unreadable(source, e, language));
    } catch (RuntimeException | Error e) {
      // Not bad data: a fault of the tool or the machine (VirtualMachineError included). The
      // document is reported as an internal failure (exit code 3) and the next one is still read.
      sink.accept(failed(source, e));
    }
  }

  private void checked(Source source, Consumer<Outcome> sink, StandardsCatalog catalog) {
    sink.accept(
        new Outcome.Checked(source.name(), source.uri(), Pointer.root(), checker.check(catalog)));
  }

  private void checked(Source source, Consumer<Outcome> sink, ServiceStandard standard) {
    sink.accept(
        new Outcome.Checked(source.name(), source.uri(), Pointer.root(), checker.check(standard)));
  }

  /**
   * Describes an internal failure: a virtual machine error or an unexpected exception.
   *
   * @param source the document
   * @param failure the failure
   * @return the outcome
   */
  public static Outcome.Failed failed(Source source, Throwable failure) {
    return new Outcome.Failed(source.name(), source.uri(), failureText(failure));
  }

  /**
   * Names a failure in one line: its type and its message, escaped and shortened.
   *
   * @param failure the failure
   * @return the text
   */
  public static String failureText(Throwable failure) {
    String message = failure.getMessage();
    return failure.getClass().getName() + (message == null ? "" : ": " + Printable.of(message));
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
      return new Outcome.Unreadable(
          source.name(),
          source.uri(),
          e.getCode().name(),
          e.getDescription(language.locale()),
          e.getLine(),
          e.getColumn(),
          e.getPointer(),
          e.getRecordIndex().orElse(-1));
    }
    String name = Printable.of(source.name());
    if (failure instanceof NoSuchFileException) {
      return fileError(source, "NOT_FOUND", language.message("error.notFound", name));
    }
    if (failure instanceof Source.NotARegularFile e) {
      return fileError(
          source,
          e.directory() ? "IS_DIRECTORY" : "NOT_REGULAR_FILE",
          language.message(e.directory() ? "error.isDirectory" : "error.notRegular", name));
    }
    if (failure instanceof AccessDeniedException) {
      return fileError(source, "ACCESS_DENIED", language.message("error.accessDenied", name));
    }
    return fileError(
        source,
        "IO",
        language.message(
            "error.unreadable",
            name,
            failure.getMessage() == null
                ? failure.getClass().getSimpleName()
                : Printable.of(failure.getMessage())));
  }

  private static Outcome.Unreadable fileError(Source source, String code, String message) {
    return new Outcome.Unreadable(source.name(), source.uri(), code, message, 0, 0, "", -1);
  }

  private void records(Source source, Consumer<Outcome> sink, Stream<Record> records) {
    records.forEach(
        record -> {
          if (record.error().isPresent()) {
            sink.accept(unreadable(source, record.error().get(), language));
          } else {
            sink.accept(
                new Outcome.Checked(
                    source.name(),
                    source.uri(),
                    Pointer.root().index(record.index()),
                    checker.check(record.standard().orElseThrow())));
          }
        });
  }
}
