package id.standarpelayanan.server.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import id.standarpelayanan.io.Schema;
import id.standarpelayanan.io.StandardsCodec;
import id.standarpelayanan.io.StandardsDocument;
import id.standarpelayanan.io.StandardsDocuments;
import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.io.StandardsReadException;
import id.standarpelayanan.io.StandardsXml;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Languages;
import id.standarpelayanan.reports.DocumentChecks;
import id.standarpelayanan.reports.DocumentInput;
import id.standarpelayanan.reports.Outcome;
import id.standarpelayanan.reports.ReportFormat;
import id.standarpelayanan.reports.ReportWriter;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Profile;
import id.standarpelayanan.rules.Rule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every endpoint of the service, behind one handler: it routes, negotiates the language and the
 * media types, answers problems, and logs each request.
 */
public final class Endpoints implements HttpHandler {

  private static final Logger ACCESS = LoggerFactory.getLogger("id.standarpelayanan.server.access");
  private static final Logger LOG = LoggerFactory.getLogger(Endpoints.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String JSON = "application/json; charset=utf-8";
  private static final String PROBLEM = "application/problem+json; charset=utf-8";
  private static final String SARIF = "application/sarif+json; charset=utf-8";
  private static final String TEXT = "text/plain; charset=utf-8";
  private static final String XML = "application/xml; charset=utf-8";
  private static final String SCHEMA_JSON = "application/schema+json; charset=utf-8";

  /** The media types a document may be sent as; any {@code +json} or {@code +xml} type too. */
  private static final Set<String> READ_TYPES =
      Set.of(
          "application/json",
          "application/xml",
          "text/xml",
          "application/x-ndjson",
          "application/ndjson",
          "application/jsonl",
          "application/x-jsonlines",
          "text/plain",
          "application/octet-stream");

  private static final Set<String> NDJSON_TYPES =
      Set.of(
          "application/x-ndjson",
          "application/ndjson",
          "application/jsonl",
          "application/x-jsonlines");

  /** How long the shedding thread gives a client to take its 503. */
  private static final java.time.Duration SHEDDING_LIMIT = java.time.Duration.ofSeconds(1);

  private final Settings settings;
  private final Pools pools;
  private final Guard guard;
  private final StandardsDocuments documents;

  /** The same reader keeping source positions, so that findings are placed on their line. */
  private final StandardsDocuments withPositions;

  private final StandardsJson prettyJson;
  private final StandardsXml prettyXml;
  private final StandardsJson compactJson;
  private final StandardsXml compactXml;
  private final byte[] openApi;

  /**
   * Makes the handler.
   *
   * @param settings the server's settings
   * @param pools the server's threads
   */
  public Endpoints(Settings settings, Pools pools) {
    this.settings = settings;
    this.pools = pools;
    this.guard = new Guard(pools.timer());
    this.prettyJson = StandardsJson.builder().limits(settings.limits()).pretty(true).build();
    this.prettyXml = StandardsXml.builder().limits(settings.limits()).pretty(true).build();
    this.compactJson = StandardsJson.builder().limits(settings.limits()).pretty(false).build();
    this.compactXml = StandardsXml.builder().limits(settings.limits()).pretty(false).build();
    this.documents = StandardsDocuments.of(prettyJson, prettyXml);
    this.withPositions = documents.withSourcePositions();
    this.openApi = OpenApi.document();
  }

  @Override
  public void handle(HttpExchange exchange) {
    Call call =
        new Call(exchange, guard, Pools.shedding() ? SHEDDING_LIMIT : settings.readTimeout());
    try {
      if (Pools.shedding()) {
        throw Problem.of(Problem.Code.OVERLOADED, "problem.overloaded")
            .header("Retry-After", "1")
            .header("Connection", "close");
      }
      call.locale = language(exchange, call.query);
      route(call);
    } catch (Problem problem) {
      Problem answer = readFirst(call, problem);
      if (!call.gone) {
        call.problem(answer);
      }
    } catch (Body.Gone gone) {
      call.gone = true;
    } catch (RuntimeException | Error e) {
      // Not the client's doing: a fault of the library or the machine. Logged with its stack
      // trace here; the client gets the problem, never the trace.
      LOG.error("internal failure answering {} {}", exchange.getRequestMethod(), call.path, e);
      call.problem(Problem.of(Problem.Code.INTERNAL, "problem.internal"));
    } finally {
      call.close();
      call.log();
    }
  }

  private void route(Call call) throws Problem, Body.Gone {
    String path = call.path;
    switch (path) {
      case "/health" -> {
        call.allow("GET");
        ObjectNode health = MAPPER.createObjectNode();
        health.put("status", pools.isStopping() ? "STOPPING" : "UP");
        call.send(pools.isStopping() ? 503 : 200, JSON, json(health));
      }
      case "/openapi.json" -> {
        call.allow("GET");
        call.send(200, JSON, openApi);
      }
      case "/v1/validate" -> {
        call.allow("POST");
        validate(call);
      }
      case "/v1/convert" -> {
        call.allow("POST");
        convert(call);
      }
      case "/v1/rules" -> {
        call.allow("GET");
        rules(call);
      }
      default -> {
        if (path.startsWith("/v1/schema/")) {
          schema(call, path.substring("/v1/schema/".length()));
        } else {
          throw notFound(call);
        }
      }
    }
  }

  private void validate(Call call) throws Problem, Body.Gone {
    ReportFormat format = reportFormat(call.exchange.getRequestHeaders().getFirst("Accept"));
    String type = mediaType(call);
    Profile profile = profile(call);
    byte[] body = body(call);
    Checker checker =
        Checker.builder().profile(profile).locale(call.locale).clock(settings.clock()).build();
    DocumentInput input =
        DocumentInput.of(
            NDJSON_TYPES.contains(type) ? "request.ndjson" : "request",
            "request",
            () -> new ByteArrayInputStream(body));
    List<Outcome> outcomes = new ArrayList<>();
    DocumentChecks.of(checker, withPositions).check(input, outcomes::add);
    for (Outcome outcome : outcomes) {
      if (outcome instanceof Outcome.Failed failed) {
        LOG.error("internal failure checking a request: {}", failed.failure());
        throw Problem.of(Problem.Code.INTERNAL, "problem.internal");
      }
    }
    // A document nothing could be read of is the client's error; a stream with some good records
    // and some bad ones is a report, which names the bad ones.
    boolean anyChecked = outcomes.stream().anyMatch(o -> o instanceof Outcome.Checked);
    if (!anyChecked && !outcomes.isEmpty()) {
      throw Problem.of((Outcome.Unreadable) outcomes.get(0));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    try (ReportWriter report =
        ReportWriter.builder(format).profile(profile).locale(call.locale).build(out)) {
      outcomes.forEach(report::accept);
    }
    String contentType =
        format == ReportFormat.SARIF ? SARIF : format == ReportFormat.TEXT ? TEXT : JSON;
    call.send(200, contentType, bytes.toByteArray());
  }

  private void convert(Call call) throws Problem, Body.Gone {
    String to = call.query.get("to");
    if (to == null) {
      throw Problem.of(Problem.Code.BAD_PARAMETER, "problem.missingParameter", "to", "json, xml");
    }
    to = to.toLowerCase(Locale.ROOT);
    if (!to.equals("json") && !to.equals("xml")) {
      throw Problem.of(Problem.Code.BAD_PARAMETER, "problem.badParameter", "to", to, "json, xml");
    }
    boolean compact = Boolean.parseBoolean(call.query.getOrDefault("compact", "false"));
    mediaType(call);
    byte[] body = body(call);
    StandardsCodec codec =
        to.equals("json")
            ? (compact ? compactJson : prettyJson)
            : (compact ? compactXml : prettyXml);
    DocumentInput input =
        DocumentInput.of("request", "request", () -> new ByteArrayInputStream(body));
    String written;
    try (StandardsDocument document = documents.read(body)) {
      if (document instanceof StandardsDocument.Records records) {
        throw Problem.of(
            Problem.Code.NOT_CONVERTIBLE, "problem.notConvertible", records.kind().toString());
      }
      written =
          document instanceof StandardsDocument.Catalog catalog
              ? codec.writeToString(catalog.catalog())
              : codec.writeToString(((StandardsDocument.Standard) document).standard());
    } catch (StandardsReadException e) {
      throw Problem.of(Outcome.Unreadable.of(input, e, call.locale));
    }
    call.send(200, to.equals("json") ? JSON : XML, written.getBytes(StandardCharsets.UTF_8));
  }

  private void schema(Call call, String rest) throws Problem {
    String text;
    String type;
    switch (rest) {
      case "json/catalog" -> text = Schema.CATALOG_JSON.text();
      case "json/standard" -> text = Schema.STANDARD_JSON.text();
      case "json/report" -> text = ReportFormat.JSON.schema().orElseThrow();
      case "xsd/catalog" -> text = Schema.CATALOG_XSD.text();
      case "xsd/standard" -> text = Schema.STANDARD_XSD.text();
      default -> throw notFound(call);
    }
    type = rest.startsWith("json/") ? SCHEMA_JSON : XML;
    call.allow("GET");
    call.send(200, type, text.getBytes(StandardCharsets.UTF_8));
  }

  private void rules(Call call) throws Problem {
    Profile profile = profile(call);
    ObjectNode answer = MAPPER.createObjectNode();
    answer.put("profile", profile.name());
    answer.put("language", Languages.supported(call.locale).getLanguage());
    ArrayNode rules = answer.putArray("rules");
    for (Rule rule : profile.rules()) {
      ObjectNode node = rules.addObject();
      node.put("id", rule.id());
      node.put("severity", profile.severity(rule.id()).name());
      ArrayNode components = node.putArray("components");
      rule.components().stream().map(Component::number).sorted().forEach(components::add);
      if (!rule.article().isBlank()) {
        node.put("article", rule.article());
      }
      node.put("description", rule.description(call.locale));
    }
    call.send(200, JSON, json(answer));
  }

  private byte[] body(Call call) throws Problem, Body.Gone {
    call.bodyRead = true;
    byte[] body =
        Body.read(
            call.exchange, settings.limits().maxDocumentLength(), settings.readTimeout(), guard);
    call.bytesIn = body.length;
    return body;
  }

  /**
   * Reads the body of a request refused before it was read (a bad parameter, method or path), as
   * bounded as any body, before the refusal is sent. The JDK server would otherwise close the
   * connection on more than its drain amount (64 KiB) unread, and the client's unread data would
   * reset the connection and lose the answer in flight. A body over the limits, or too slow, is
   * left unread and the connection closed after the answer.
   */
  private Problem readFirst(Call call, Problem problem) {
    if (call.bodyRead || problem.headers().containsKey("Connection")) {
      return problem;
    }
    try {
      body(call);
      return problem;
    } catch (Problem unreadable) {
      return problem.header("Connection", "close");
    } catch (Body.Gone gone) {
      call.gone = true;
      return problem;
    }
  }

  private static Problem notFound(Call call) {
    return Problem.of(Problem.Code.NOT_FOUND, "problem.notFound", call.path);
  }

  private static Profile profile(Call call) throws Problem {
    String name = call.query.getOrDefault("profile", Profile.UU_25_2009);
    Optional<Profile> profile = Profile.builtIn(name);
    if (profile.isEmpty()) {
      throw Problem.of(
          Problem.Code.BAD_PARAMETER,
          "problem.badParameter",
          "profile",
          name,
          Profile.builtIns().stream().map(Profile::name).collect(Collectors.joining(", ")));
    }
    return profile.get();
  }

  /** The media type of the body, lower case without parameters; refused unless readable. */
  private static String mediaType(Call call) throws Problem {
    String header = call.exchange.getRequestHeaders().getFirst("Content-Type");
    if (header == null || header.isBlank()) {
      return "";
    }
    String type = header.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (READ_TYPES.contains(type) || type.endsWith("+json") || type.endsWith("+xml")) {
      return type;
    }
    throw Problem.of(Problem.Code.UNSUPPORTED_MEDIA_TYPE, "problem.unsupportedMediaType", type)
        .header("Accept-Post", "application/json, application/xml, application/x-ndjson");
  }

  /** The report format the {@code Accept} header asks for, by quality then order. */
  static ReportFormat reportFormat(String accept) throws Problem {
    if (accept == null || accept.isBlank()) {
      return ReportFormat.JSON;
    }
    record Range(String type, double quality, int order) {}
    List<Range> ranges = new ArrayList<>();
    String[] parts = accept.split(",");
    for (int i = 0; i < parts.length; i++) {
      String[] pieces = parts[i].split(";");
      String type = pieces[0].trim().toLowerCase(Locale.ROOT);
      double quality = 1;
      for (int j = 1; j < pieces.length; j++) {
        String parameter = pieces[j].trim();
        if (parameter.startsWith("q=")) {
          try {
            quality = Double.parseDouble(parameter.substring(2));
          } catch (NumberFormatException e) {
            quality = 0;
          }
        }
      }
      if (quality > 0) {
        ranges.add(new Range(type, quality, i));
      }
    }
    ranges.sort(Comparator.comparingDouble(Range::quality).reversed().thenComparing(Range::order));
    for (Range range : ranges) {
      switch (range.type()) {
        case "application/sarif+json":
          return ReportFormat.SARIF;
        case "application/json", "application/*", "*/*":
          return ReportFormat.JSON;
        case "text/plain", "text/*":
          return ReportFormat.TEXT;
        default:
          break;
      }
    }
    throw Problem.of(
        Problem.Code.NOT_ACCEPTABLE,
        "problem.notAcceptable",
        accept,
        "application/json, application/sarif+json, text/plain");
  }

  /**
   * The language: {@code ?lang=id|en}, else the {@code Accept-Language} header, else Indonesian.
   */
  static Locale language(HttpExchange exchange, Map<String, String> query) throws Problem {
    String lang = query.get("lang");
    if (lang != null) {
      switch (lang.toLowerCase(Locale.ROOT)) {
        case "id":
          return Languages.INDONESIAN;
        case "en":
          return Locale.ENGLISH;
        default:
          throw Problem.of(
              Problem.Code.BAD_PARAMETER, "problem.badParameter", "lang", lang, "id, en");
      }
    }
    String header = exchange.getRequestHeaders().getFirst("Accept-Language");
    if (header != null && !header.isBlank()) {
      try {
        Locale found =
            Locale.lookup(
                Locale.LanguageRange.parse(header), List.of(Languages.INDONESIAN, Locale.ENGLISH));
        if (found != null) {
          return found;
        }
      } catch (IllegalArgumentException e) {
        // A malformed header is no reason to refuse the request: the default language answers.
      }
    }
    return Languages.INDONESIAN;
  }

  private static byte[] json(Object tree) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One request and its answer, as far as it got. */
  private static final class Call {
    final HttpExchange exchange;
    final Guard guard;
    final java.time.Duration writeLimit;
    final String path;
    final Map<String, String> query;
    final long start = System.nanoTime();
    Locale locale = Languages.INDONESIAN;
    int status;
    long bytesIn;
    long bytesOut;
    String code;
    boolean gone;

    /** Whether the request body has been read (or its reading tried). */
    boolean bodyRead;

    Call(HttpExchange exchange, Guard guard, java.time.Duration writeLimit) {
      this.exchange = exchange;
      this.guard = guard;
      this.writeLimit = writeLimit;
      this.path = exchange.getRequestURI().getRawPath();
      this.query = query(exchange.getRequestURI().getRawQuery());
    }

    /** Refuses any other method with 405 and the {@code Allow} header. */
    void allow(String method) throws Problem {
      if (!exchange.getRequestMethod().equals(method)) {
        throw Problem.of(
                Problem.Code.METHOD_NOT_ALLOWED,
                "problem.methodNotAllowed",
                exchange.getRequestMethod(),
                path,
                method)
            .header("Allow", method);
      }
    }

    void send(int status, String contentType, byte[] body) {
      this.status = status;
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange
          .getResponseHeaders()
          .set("Content-Language", Languages.supported(locale).getLanguage());
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      try {
        // A client that does not read its answer holds the thread no longer than the limit.
        guard.within(
            writeLimit,
            () -> {
              exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
              try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
              }
              return null;
            });
        bytesOut = body.length;
      } catch (IOException | Problem e) {
        // The client is gone, or the deadline closed its connection: nobody to tell.
        gone = true;
      }
    }

    /**
     * Ends the exchange. The JDK server drains an unread body here, which a client that stopped
     * sending would block: bounded like the answer.
     */
    void close() {
      try {
        guard.within(
            writeLimit,
            () -> {
              exchange.close();
              return null;
            });
      } catch (IOException | Problem | RuntimeException e) {
        // The connection is closed either way; what was answered is logged as it was.
      }
    }

    void problem(Problem problem) {
      code = problem.code();
      ObjectNode node = MAPPER.createObjectNode();
      node.put("type", "urn:standar-pelayanan:problem:" + slug(problem.code()));
      node.put("title", Texts.message(locale, "problem.title." + problem.status()));
      node.put("status", problem.status());
      node.put("detail", problem.detail(locale));
      node.put("instance", path);
      node.put("code", problem.code());
      problem
          .place()
          .forEach(
              (key, value) -> {
                if (value instanceof Integer number) {
                  node.put(key, number);
                } else if (value instanceof Long number) {
                  node.put(key, number);
                } else {
                  node.put(key, String.valueOf(value));
                }
              });
      problem.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      send(problem.status(), PROBLEM, json(node));
    }

    void log() {
      long millis = (System.nanoTime() - start) / 1_000_000;
      String remote = String.valueOf(exchange.getRemoteAddress());
      ACCESS
          .atInfo()
          .addKeyValue("method", exchange.getRequestMethod())
          .addKeyValue("path", path)
          .addKeyValue("status", gone ? 0 : status)
          .addKeyValue("bytesIn", bytesIn)
          .addKeyValue("bytesOut", bytesOut)
          .addKeyValue("millis", millis)
          .addKeyValue("remote", remote)
          .addKeyValue("code", code == null ? "" : code)
          .log(
              "{} {} {} {} ms{}",
              exchange.getRequestMethod(),
              path,
              gone ? "-" : String.valueOf(status),
              millis,
              code == null ? "" : " " + code);
    }

    private static String slug(String code) {
      return code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Map<String, String> query(String raw) {
      Map<String, String> query = new LinkedHashMap<>();
      if (raw == null || raw.isEmpty()) {
        return query;
      }
      for (String pair : raw.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        String value = equals < 0 ? "" : pair.substring(equals + 1);
        try {
          query.putIfAbsent(
              URLDecoder.decode(name, StandardCharsets.UTF_8),
              URLDecoder.decode(value, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          // A malformed escape: the parameter is ignored, as an unknown one would be.
        }
      }
      return query;
    }
  }
}
