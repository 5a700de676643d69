package id.standarpelayanan.cli;

import id.standarpelayanan.cli.internal.CliException;
import id.standarpelayanan.cli.internal.Environment;
import id.standarpelayanan.cli.internal.Language;
import id.standarpelayanan.cli.internal.LanguageOption;
import id.standarpelayanan.cli.internal.OfficeTemplates;
import id.standarpelayanan.cli.internal.Source;
import id.standarpelayanan.cli.internal.TextOutput;
import id.standarpelayanan.cli.internal.Version;
import id.standarpelayanan.cli.internal.WriteFailure;
import id.standarpelayanan.io.StandardsDocument;
import id.standarpelayanan.io.StandardsDocuments;
import id.standarpelayanan.io.StandardsReadException;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.TextLimits;
import id.standarpelayanan.publish.Edition;
import id.standarpelayanan.publish.Layout;
import id.standarpelayanan.publish.Publisher;
import id.standarpelayanan.publish.pdf.PdfPublishException;
import id.standarpelayanan.publish.pdf.PdfPublisher;
import id.standarpelayanan.reports.DocumentInput;
import id.standarpelayanan.reports.Outcome;
import id.standarpelayanan.rules.Checker;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sp publish}: publishes a catalogue (or one standard) as the decree annex, the public
 * display page or the service pledge in HTML, or its procedures' flowcharts in SVG.
 *
 * <p>Without a file it publishes the embedded sample catalogue (as {@code sp validate} checks it).
 * A single standard is checked alone, as {@code sp validate} checks it (the standard rules, not the
 * catalogue rules), and published as a catalogue of one, which has no status and so is a draft; the
 * exit code is that of {@code sp validate} for the same file. {@code --to svg} writes one flowchart
 * per standard that has procedure steps: into the directory {@code -o} names ({@code 1-<id>.svg},
 * …, created if needed), or to standard output when there is exactly one.
 *
 * <p>Exit codes: {@code 0} published; {@code 1} the check found errors (the output is still
 * written: as a draft, or as it is with the errors listed in the annex under {@code
 * --publish-despite-errors}); {@code 2} the input is unreadable, the templates do not compile, or
 * the command line is wrong (several flowcharts without {@code -o}, {@code --layout} with {@code
 * --to svg}). A flowchart carries no draft mark: with errors, {@code --to svg} says only that the
 * check found them. Its help texts are in the usage bundles ({@code sp.publish.*}).
 */
@Command(name = "publish", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class PublishCommand implements Callable<Integer>, Sp.EnvironmentAware {

  /**
   * The output formats, typed in lower case. {@code standards-publish-pdf} adds {@code PDF} here
   * and a branch in {@link #call()}.
   */
  enum Target {
    HTML,
    PDF,
    SVG;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The layouts, as typed. */
  enum LayoutChoice {
    ANNEX(Layout.ANNEX),
    DISPLAY(Layout.DISPLAY),
    PLEDGE(Layout.PLEDGE);

    private final Layout layout;

    LayoutChoice(Layout layout) {
      this.layout = layout;
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final Pattern ID = Pattern.compile(TextLimits.ID_PATTERN);

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "${bundle:label.file:-FILE}",
      descriptionKey = "file")
  private String file;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "${bundle:label.format:-FORMAT}",
      descriptionKey = "to")
  private Target target;

  @Option(
      names = "--layout",
      defaultValue = "annex",
      paramLabel = "${bundle:label.layout:-LAYOUT}",
      descriptionKey = "layout")
  private LayoutChoice layout;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "${bundle:label.out:-OUT}",
      descriptionKey = "output")
  private Path output;

  @Option(
      names = "--templates",
      paramLabel = "${bundle:label.dir:-DIR}",
      descriptionKey = "templates")
  private Path templates;

  @Option(names = "--draft", descriptionKey = "draft")
  private boolean draft;

  @Option(names = "--publish-despite-errors", descriptionKey = "despite")
  private boolean despiteErrors;

  @Mixin private LanguageOption lang;

  @Spec private CommandSpec spec;

  private final Environment environment;

  PublishCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    Language language = lang.language();
    if (target == Target.SVG && spec.commandLine().getParseResult().hasMatchedOption("--layout")) {
      // A flowchart has no layout: saying nothing would let the user believe one was applied.
      throw new CliException(language.message("publish.svgLayout"));
    }
    Publisher publisher = publisher(language);
    DocumentInput source =
        file == null ? Source.sample(language) : Source.of(file, environment, language);
    Edition edition;
    try (InputStream raw = source.open();
        StandardsDocument document = StandardsDocuments.strict().read(raw, source.name())) {
      if (document instanceof StandardsDocument.Records records) {
        throw new CliException(
            language.message("error.unreadable", source.name(), "publish: " + records.kind()));
      }
      // A standard alone is checked as sp validate checks it: as a standard, not as a catalogue.
      edition =
          document instanceof StandardsDocument.Catalog read
              ? publisher.edition(read.catalog())
              : publisher.edition(((StandardsDocument.Standard) document).standard());
    } catch (StandardsReadException e) {
      environment
          .err()
          .println(Outcome.Unreadable.of(source, e, language.locale()).describe(language.locale()));
      return Sp.UNUSABLE;
    } catch (IOException e) {
      environment
          .err()
          .println(Outcome.Unreadable.of(source, e, language.locale()).describe(language.locale()));
      return Sp.UNUSABLE;
    }
    StandardsCatalog catalog = edition.catalog();
    switch (target) {
      case HTML -> write(publisher.html(edition, layout.layout));
      case PDF -> writePdf(publisher, edition, language);
      case SVG -> writeFlowcharts(publisher, catalog, language);
    }
    if (edition.errors().isEmpty()) {
      return Sp.PASSED;
    }
    // A flowchart carries no draft mark and lists no errors: it claims neither.
    String key =
        target == Target.SVG
            ? "publish.svgErrors"
            : despiteErrors ? "publish.despiteErrors" : "publish.draftByErrors";
    environment
        .err()
        .println("sp: " + language.message(key, source.name(), edition.errors().size()));
    return Sp.FINDINGS;
  }

  private Publisher publisher(Language language) {
    Publisher.Builder builder =
        Publisher.builder()
            .locale(language.locale())
            .checker(Checker.builder().locale(language.locale()).clock(environment.clock()).build())
            .draft(draft)
            .publishDespiteErrors(despiteErrors);
    return OfficeTemplates.build(builder, templates, language);
  }

  private void writeFlowcharts(Publisher publisher, StandardsCatalog catalog, Language language) {
    List<String> names = new ArrayList<>();
    List<String> charts = new ArrayList<>();
    List<ServiceStandard> standards = catalog.getStandards();
    for (int i = 0; i < standards.size(); i++) {
      ServiceStandard standard = standards.get(i);
      Optional<String> svg = publisher.flowchartSvg(standard);
      if (svg.isPresent()) {
        // The id only when it is a valid identifier: nothing from the document names a path.
        String id =
            standard
                .getId()
                .filter(value -> ID.matcher(value).matches())
                .map(value -> "-" + value)
                .orElse("");
        names.add((i + 1) + id + ".svg");
        charts.add(svg.get());
      }
    }
    if (output == null) {
      if (charts.size() != 1) {
        throw new CliException(language.message("publish.svgCount", charts.size()));
      }
      write(charts.get(0));
      return;
    }
    try {
      Files.createDirectories(output);
      for (int i = 0; i < charts.size(); i++) {
        Files.writeString(output.resolve(names.get(i)), charts.get(i), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw WriteFailure.of(output, e, language);
    }
    environment.err().println(language.message("publish.svgDone", charts.size(), output));
  }

  /** A PDF is binary: it goes to the file {@code -o} names, never to the terminal. */
  private void writePdf(Publisher publisher, Edition edition, Language language) {
    if (output == null) {
      throw new CliException(language.message("publish.pdfNeedsOutput"));
    }
    // Checked first: deletePartial must never remove a directory the user named.
    WriteFailure.requireFile(output, language);
    PdfPublisher pdf = PdfPublisher.builder().publisher(publisher).build();
    try {
      TextOutput.createParent(output);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
        pdf.write(edition, layout.layout, out);
      }
    } catch (PdfPublishException e) {
      deletePartial();
      throw new CliException(language.message("publish.pdfFailed", e.message(language.locale())));
    } catch (IOException e) {
      deletePartial();
      throw WriteFailure.of(output, e, language);
    }
    environment.err().println(language.message("convert.done", output));
  }

  /** No half-written PDF stays behind to be mistaken for a publication. */
  private void deletePartial() {
    try {
      Files.deleteIfExists(output);
    } catch (IOException e) {
      // The error being reported is the failure to write; this one adds nothing a user can act on.
    }
  }

  private void write(String document) {
    TextOutput.write(environment, output, document, lang.language());
  }
}
