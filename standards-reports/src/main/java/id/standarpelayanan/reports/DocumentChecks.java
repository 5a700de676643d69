package id.standarpelayanan.reports;

import id.standarpelayanan.io.ReadErrorCode;
import id.standarpelayanan.io.SourcePositions;
import id.standarpelayanan.io.StandardsDocument;
import id.standarpelayanan.io.StandardsDocument.Record;
import id.standarpelayanan.io.StandardsDocuments;
import id.standarpelayanan.io.StandardsReadException;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.reports.internal.Texts;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Reads documents of any kind and checks them in one call (pemeriksaan dokumen): a catalogue or one
 * standard, JSON or XML, a JSON array or NDJSON of standards, told by content ({@link
 * StandardsDocuments}), each checked with a {@link Checker}. Every outcome is passed on as soon as
 * it is known: arrays and NDJSON are streamed, one standard in memory at a time, and a bad record
 * does not stop the ones after it.
 *
 * <pre>{@code
 * DocumentChecks checks = DocumentChecks.of(Checker.builder().locale(Locale.ENGLISH).build());
 * try (ReportWriter report = ReportWriter.builder(ReportFormat.JSON).locale(Locale.ENGLISH).build(out)) {
 *   Verdict verdict = checks.check(Path.of("katalog.json"), report);
 * }
 * }</pre>
 *
 * <p>Whatever happens to a document becomes one of its outcomes, never an exception: a read error
 * is {@link Outcome.Unreadable} (its message in the checker's {@link Checker#locale() locale}), a
 * virtual machine error or an unexpected exception {@link Outcome.Failed}. Exceptions thrown by the
 * consumer of the outcomes reach the caller unchanged.
 *
 * <p>Immutable and thread-safe: build once, share, check from any number of threads.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class DocumentChecks {

  private final Checker checker;
  private final StandardsDocuments documents;
  private final Optional<StandardsCatalog> previousCatalog;
  private final Optional<ServiceStandard> previousStandard;

  /** The previous catalogue's standards by id (first of each), for standards checked alone. */
  private final Map<String, ServiceStandard> previousById;

  private DocumentChecks(
      Checker checker,
      StandardsDocuments documents,
      Optional<StandardsCatalog> previousCatalog,
      Optional<ServiceStandard> previousStandard) {
    this.checker = checker;
    this.documents = documents;
    this.previousCatalog = previousCatalog;
    this.previousStandard = previousStandard;
    Map<String, ServiceStandard> byId = new HashMap<>();
    previousCatalog.ifPresent(
        catalog ->
            catalog
                .getStandards()
                .forEach(old -> old.getId().ifPresent(id -> byId.putIfAbsent(id, old))));
    this.previousById = Map.copyOf(byId);
  }

  /**
   * Returns checks that read with the strict codecs, keeping source positions so that findings are
   * placed on their line ({@code StandardsDocuments.strict().withSourcePositions()}).
   *
   * @param checker the checker: its profile and locale apply
   * @return the checks
   * @throws NullPointerException if {@code checker} is null
   */
  public static DocumentChecks of(Checker checker) {
    return of(checker, StandardsDocuments.strict().withSourcePositions());
  }

  /**
   * Returns checks that read with the given reader (its codecs' limits and strictness; findings are
   * placed on their line if it {@linkplain StandardsDocuments#withSourcePositions() keeps source
   * positions}).
   *
   * @param checker the checker: its profile and locale apply
   * @param documents the reader
   * @return the checks
   * @throws NullPointerException if an argument is null
   */
  public static DocumentChecks of(Checker checker, StandardsDocuments documents) {
    return new DocumentChecks(
        Objects.requireNonNull(checker, "checker"),
        Objects.requireNonNull(documents, "documents"),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Returns checks that check each document as an update of a previous catalogue (the checker's
   * update rules judge the change, {@link Checker#check(StandardsCatalog, StandardsCatalog)}): a
   * catalogue against it, a standard alone or a record of an array or NDJSON against its standard
   * with the same id ({@link Checker#check(ServiceStandard, ServiceStandard)}; a standard without
   * an id, or a new service, is checked without a previous version).
   *
   * @param previous the previous version
   * @return the checks, with this one's checker and reader
   * @throws NullPointerException if {@code previous} is null
   */
  public DocumentChecks withPrevious(StandardsCatalog previous) {
    return new DocumentChecks(
        checker,
        documents,
        Optional.of(Objects.requireNonNull(previous, "previous")),
        Optional.empty());
  }

  /**
   * Returns checks that check each standard, alone or a record of an array or NDJSON, as an update
   * of a previous standard ({@link Checker#check(ServiceStandard, ServiceStandard)}). A catalogue
   * is not compared with a single standard: its outcome is {@link Outcome.Unreadable} with the code
   * {@code WRONG_DOCUMENT_KIND} ({@link id.standarpelayanan.io.ReadErrorCode#WRONG_DOCUMENT_KIND})
   * and a message saying so.
   *
   * @param previous the previous version
   * @return the checks, with this one's checker and reader
   * @throws NullPointerException if {@code previous} is null
   */
  public DocumentChecks withPrevious(ServiceStandard previous) {
    return new DocumentChecks(
        checker,
        documents,
        Optional.empty(),
        Optional.of(Objects.requireNonNull(previous, "previous")));
  }

  /**
   * Returns the checker documents are checked with.
   *
   * @return the checker
   */
  public Checker checker() {
    return checker;
  }

  /**
   * Reads and checks one document, passing each outcome on in document order: one for a catalogue
   * or a standard, one per record of an array or NDJSON.
   *
   * @param input the document
   * @param outcomes receives the outcomes, on the calling thread
   * @return the worst verdict of the outcomes
   * @throws NullPointerException if an argument is null
   */
  public Verdict check(DocumentInput input, Consumer<Outcome> outcomes) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(outcomes, "outcomes");
    Verdict[] worst = {Verdict.PASSED};
    Consumer<Outcome> sink =
        outcome -> {
          worst[0] = worst[0].worse(outcome.verdict());
          try {
            outcomes.accept(outcome);
          } catch (RuntimeException | Error e) {
            throw new ConsumerFailure(e);
          }
        };
    try {
      read(input, sink);
    } catch (ConsumerFailure e) {
      // The consumer's own failure is not the document's: it goes to the caller as it was thrown.
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw (RuntimeException) cause;
    }
    return worst[0];
  }

  /**
   * Reads and checks a file (see {@link #check(DocumentInput, Consumer)}).
   *
   * @param path the file, named in the outcomes as written
   * @param outcomes receives the outcomes
   * @return the worst verdict of the outcomes
   * @throws NullPointerException if an argument is null
   */
  public Verdict check(Path path, Consumer<Outcome> outcomes) {
    return check(DocumentInput.of(path), outcomes);
  }

  /**
   * Reads and checks a stream, which is not closed (see {@link #check(DocumentInput, Consumer)}).
   *
   * @param in the document
   * @param name its name in the outcomes, e.g. the uploaded file's
   * @param outcomes receives the outcomes
   * @return the worst verdict of the outcomes
   * @throws NullPointerException if an argument is null
   */
  public Verdict check(InputStream in, String name, Consumer<Outcome> outcomes) {
    return check(DocumentInput.of(in, name), outcomes);
  }

  /**
   * Reads and checks a file and writes its outcomes to a report, in one call. The report is not
   * finished, so that more documents can go into it: finish or close it when done.
   *
   * @param path the file, named in the report as written
   * @param report the report
   * @return the worst verdict of the file's outcomes
   * @throws java.io.UncheckedIOException if writing the report fails
   * @throws NullPointerException if an argument is null
   */
  public Verdict check(Path path, ReportWriter report) {
    Objects.requireNonNull(report, "report");
    return check(DocumentInput.of(path), report::accept);
  }

  /**
   * Reads and checks a document and writes its outcomes to a report. The report is not finished.
   *
   * @param input the document
   * @param report the report
   * @return the worst verdict of the document's outcomes
   * @throws java.io.UncheckedIOException if writing the report fails
   * @throws NullPointerException if an argument is null
   */
  public Verdict check(DocumentInput input, ReportWriter report) {
    Objects.requireNonNull(report, "report");
    return check(input, report::accept);
  }

  private void read(DocumentInput input, Consumer<Outcome> sink) {
    try (InputStream raw = input.open();
        StandardsDocument document = documents.read(raw, input.fileName())) {
      if (document instanceof StandardsDocument.Records records) {
        records.records().forEach(record -> record(input, sink, record));
      } else if (document instanceof StandardsDocument.Catalog catalog) {
        if (previousStandard.isPresent()) {
          sink.accept(
              new Outcome.Unreadable(
                  input.name(),
                  input.uri(),
                  ReadErrorCode.WRONG_DOCUMENT_KIND.name(),
                  Texts.message(checker.locale(), "error.previousKind"),
                  0,
                  0,
                  "",
                  -1));
        } else {
          Report report =
              previousCatalog.isPresent()
                  ? checker.check(catalog.catalog(), previousCatalog.get())
                  : checker.check(catalog.catalog());
          sink.accept(checked(input, Pointer.root(), report, catalog.positions()));
        }
      } else {
        StandardsDocument.Standard standard = (StandardsDocument.Standard) document;
        sink.accept(
            checked(input, Pointer.root(), check(standard.standard()), standard.positions()));
      }
    } catch (StandardsReadException e) {
      sink.accept(Outcome.Unreadable.of(input, e, checker.locale()));
    } catch (IOException e) {
      sink.accept(Outcome.Unreadable.of(input, e, checker.locale()));
    } catch (ConsumerFailure e) {
      throw e;
    } catch (RuntimeException | Error e) {
      // Not bad data: a fault of the library or the machine (VirtualMachineError included). The
      // document is reported as an internal failure, and the caller goes on with the next one.
      sink.accept(Outcome.Failed.of(input, e));
    }
  }

  private void record(DocumentInput input, Consumer<Outcome> sink, Record record) {
    if (record.error().isPresent()) {
      sink.accept(Outcome.Unreadable.of(input, record.error().get(), checker.locale()));
    } else {
      sink.accept(
          checked(
              input,
              Pointer.root().index(record.index()),
              check(record.standard().orElseThrow()),
              record.positions()));
    }
  }

  /** Checks a standard, against its previous version if there is one. */
  private Report check(ServiceStandard standard) {
    Optional<ServiceStandard> previous =
        previousStandard.isPresent() ? previousStandard : standard.getId().map(previousById::get);
    return previous.isPresent() ? checker.check(standard, previous.get()) : checker.check(standard);
  }

  /** The one place a {@link Outcome.Checked} is made. */
  private static Outcome.Checked checked(
      DocumentInput input, Pointer prefix, Report report, SourcePositions positions) {
    return new Outcome.Checked(input.name(), input.uri(), prefix, report, positions);
  }

  /** Carries what the consumer of outcomes threw past the handling of the document's failures. */
  private static final class ConsumerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConsumerFailure(Throwable cause) {
      super(cause);
    }
  }
}
