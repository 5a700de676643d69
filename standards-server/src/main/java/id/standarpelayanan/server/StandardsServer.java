package id.standarpelayanan.server;

import com.sun.net.httpserver.HttpServer;
import id.standarpelayanan.io.ReadLimits;
import id.standarpelayanan.server.internal.Endpoints;
import id.standarpelayanan.server.internal.Pools;
import id.standarpelayanan.server.internal.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A validation service (layanan pemeriksaan) over HTTP, for systems that are not written in Java:
 * the checker, the converter, the schemas and the rules of this library behind a small, versioned
 * API on the JDK's own HTTP server ({@code com.sun.net.httpserver}).
 *
 * <pre>{@code
 * StandardsServer server = StandardsServer.builder().port(8080).build().start();
 * // POST http://127.0.0.1:8080/v1/validate with a catalogue as the body
 * server.stop(Duration.ofSeconds(5));
 * }</pre>
 *
 * <table>
 *   <caption>Endpoints (described by {@code GET /openapi.json}, OpenAPI 3.1)</caption>
 *   <tr><th>endpoint</th><th>answers</th></tr>
 *   <tr><td>{@code POST /v1/validate?profile=&lang=}</td><td>the JSON report of {@code sp validate
 *       --format json}; SARIF 2.1.0 with {@code Accept: application/sarif+json}; the text report
 *       with {@code Accept: text/plain}</td></tr>
 *   <tr><td>{@code POST /v1/convert?to=json|xml}</td><td>the document in the other format</td></tr>
 *   <tr><td>{@code GET /v1/schema/{json|xsd}/{catalog|standard}}, {@code
 *       /v1/schema/json/report}</td><td>the published schemas</td></tr>
 *   <tr><td>{@code GET /v1/rules?profile=&lang=}</td><td>a profile's rules</td></tr>
 *   <tr><td>{@code GET /health}</td><td>{@code {"status":"UP"}}</td></tr>
 * </table>
 *
 * <p>What the service guarantees:
 *
 * <ul>
 *   <li>Bodies are detected by content (JSON, XML, JSON array, NDJSON), as {@code sp validate}
 *       reads files; a media type the service does not read is refused with 415.
 *   <li>Every error is an RFC 9457 {@code application/problem+json} with a {@code code} (a {@code
 *       ReadErrorCode} for a document, or one of the service's own) and, for a document, its {@code
 *       line}, {@code column} and {@code pointer}: 400 for an unreadable document, 413 over a
 *       {@link ReadLimits limit}, 415, 404, 405, 406, 408, 503. A document with findings is 200
 *       with {@code "passed": false}. Nothing a client sends gives a 500 or a stack trace.
 *   <li>Texts in Indonesian by default, in English for {@code ?lang=en} or an {@code
 *       Accept-Language} that prefers English.
 *   <li>Bounded: {@link Builder#threads(int) threads} handle requests, at most {@link
 *       Builder#queueCapacity(int) queueCapacity} wait, and any more are answered 503 at once by
 *       one shedding thread; a body longer than the limits' {@linkplain
 *       ReadLimits#maxDocumentLength() document length} is refused with 413 (unread when its
 *       Content-Length says so); a body must arrive within the {@linkplain
 *       Builder#readTimeout(Duration) read timeout} (408, or the connection closed if the client
 *       sends nothing at all).
 *   <li>Each request is logged through SLF4J, logger {@code id.standarpelayanan.server.access}, at
 *       INFO, with key-value pairs {@code method}, {@code path}, {@code status}, {@code bytesIn},
 *       {@code bytesOut}, {@code millis}, {@code remote} (and {@code code} for a problem). This
 *       library binds no logger.
 * </ul>
 *
 * <p>What the JDK server does not let a library set per server: how long a connection may stay idle
 * between requests, how many idle connections it keeps, how long the request line and headers may
 * take, and TCP_NODELAY on its sockets. They are the JVM-wide system properties {@code
 * sun.net.httpserver.idleInterval} (seconds, default 30), {@code
 * sun.net.httpserver.maxIdleConnections} (default 200), {@code sun.net.httpserver.maxReqTime}
 * (seconds, default none) and {@code sun.net.httpserver.nodelay} (default false), read once when
 * the first server is made; an application sets them before, as {@code sp serve} does (idle
 * interval 30, request time 60, no delay). Without {@code nodelay}, an answer's headers and body
 * wait for the client's delayed acknowledgement, some 40 ms a request on Linux.
 *
 * <p>Thread-safe. A server is started once and stopped once.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class StandardsServer {

  /** Default {@link Builder#port(int) port}: 8080. */
  public static final int DEFAULT_PORT = 8080;

  /** Default {@link Builder#queueCapacity(int) queue capacity}: 64 requests. */
  public static final int DEFAULT_QUEUE_CAPACITY = 64;

  /** Default {@link Builder#readTimeout(Duration) read timeout}: 30 seconds. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  private final Settings settings;
  private final InetSocketAddress requested;
  private final int threads;
  private final Object lock = new Object();
  private HttpServer server;
  private Pools pools;
  private boolean used;

  private StandardsServer(Builder builder) {
    this.settings =
        new Settings(builder.limits, builder.readTimeout, builder.clock, builder.queueCapacity);
    this.requested = new InetSocketAddress(builder.bind, builder.port);
    this.threads = builder.threads;
  }

  /**
   * Returns a builder with the defaults its methods name.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Binds the address and starts answering requests.
   *
   * @return this server
   * @throws UncheckedIOException if the address cannot be bound (for example the port is taken)
   * @throws IllegalStateException if the server was started before
   */
  public StandardsServer start() {
    synchronized (lock) {
      if (used) {
        throw new IllegalStateException("a server is started only once");
      }
      used = true;
      try {
        server = HttpServer.create(requested, settings.queueCapacity());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot listen on " + requested + ": " + e.getMessage(), e);
      }
      pools = new Pools(threads, settings.queueCapacity());
      server.setExecutor(pools);
      server.createContext("/", new Endpoints(settings, pools));
      server.start();
      return this;
    }
  }

  /**
   * Stops the server: it stops accepting connections at once, lets the requests being handled
   * finish for at most {@code grace}, then closes every connection and ends its threads. Stopping a
   * server that is not running does nothing.
   *
   * @param grace the longest wait for requests in progress; rounded up to whole seconds, as the JDK
   *     server counts
   * @throws NullPointerException if {@code grace} is null
   * @throws IllegalArgumentException if {@code grace} is negative
   */
  public void stop(Duration grace) {
    Objects.requireNonNull(grace, "grace");
    if (grace.isNegative()) {
      throw new IllegalArgumentException("the grace period must not be negative: " + grace);
    }
    synchronized (lock) {
      if (server == null) {
        return;
      }
      pools.stopping();
      long seconds = grace.toSeconds() + (grace.toNanosPart() > 0 ? 1 : 0);
      server.stop((int) Math.min(Integer.MAX_VALUE, seconds));
      pools.shutdown(grace);
      server = null;
    }
  }

  /**
   * Returns the address the server listens on: the bound port when {@link Builder#port(int) port} 0
   * asked for any free one.
   *
   * @return the address
   * @throws IllegalStateException if the server is not running
   */
  public InetSocketAddress address() {
    synchronized (lock) {
      if (server == null) {
        throw new IllegalStateException("the server is not running");
      }
      return server.getAddress();
    }
  }

  /**
   * How many workers are handling a request now. A hook for this package's tests only (not API):
   * {@code BoundsTest} waits on it and on {@link #waitingRequests()} until the threads and the
   * queue are full before it overloads the server, since the JDK server hands connections to the
   * pool in no fixed order.
   *
   * @throws IllegalStateException if the server is not running
   */
  int busyThreads() {
    return running().busy();
  }

  /**
   * How many requests wait for a worker now; the other half of the test hook {@link
   * #busyThreads()}.
   *
   * @throws IllegalStateException if the server is not running
   */
  int waitingRequests() {
    return running().waiting();
  }

  private Pools running() {
    synchronized (lock) {
      if (server == null) {
        throw new IllegalStateException("the server is not running");
      }
      return pools;
    }
  }

  /**
   * Returns the base URI of the running server, e.g. {@code http://127.0.0.1:8080/}.
   *
   * @return the URI
   * @throws IllegalStateException if the server is not running
   */
  public URI uri() {
    InetSocketAddress address = address();
    String host = address.getAddress().getHostAddress();
    if (host.indexOf(':') >= 0) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + address.getPort() + "/");
  }

  /**
   * Builds a {@link StandardsServer}. Not thread-safe; a built server does not change when the
   * builder does.
   */
  public static final class Builder {

    private int port = DEFAULT_PORT;
    private InetAddress bind = InetAddress.getLoopbackAddress();
    private int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    private int queueCapacity = DEFAULT_QUEUE_CAPACITY;
    private ReadLimits limits = ReadLimits.defaults();
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the TCP port; 0 takes any free one ({@link StandardsServer#address()} tells which).
     * Default {@value StandardsServer#DEFAULT_PORT}.
     *
     * @param port the port, 0 to 65535
     * @return this builder
     * @throws IllegalArgumentException if the port is out of range
     */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("a port is 0 to 65535: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Sets the address to listen on. Default: the loopback address, so that only the machine itself
     * (the portal next to the service) can reach it; give {@code 0.0.0.0} or a network address to
     * serve others, behind a firewall or a reverse proxy.
     *
     * @param address the address
     * @return this builder
     * @throws NullPointerException if {@code address} is null
     */
    public Builder bind(InetAddress address) {
      this.bind = Objects.requireNonNull(address, "address");
      return this;
    }

    /**
     * Sets how many threads handle requests at the same time. Default: twice the processors, at
     * least 4.
     *
     * @param threads the number of threads, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("at least one thread: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Sets how many requests may wait for a thread; the next ones are answered 503 ({@code
     * OVERLOADED}, with {@code Retry-After}) at once instead of being kept in memory. Also the
     * backlog of connections not yet accepted. Default {@value
     * StandardsServer#DEFAULT_QUEUE_CAPACITY}.
     *
     * @param capacity the capacity, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code capacity} is less than 1
     */
    public Builder queueCapacity(int capacity) {
      if (capacity < 1) {
        throw new IllegalArgumentException("a queue holds at least one request: " + capacity);
      }
      this.queueCapacity = capacity;
      return this;
    }

    /**
     * Sets the read limits of the documents the service reads. Their {@linkplain
     * ReadLimits#maxDocumentLength() document length} also bounds every request body, NDJSON
     * included: a longer one is answered 413 ({@code LIMIT_EXCEEDED}), unread when its {@code
     * Content-Length} says so. Default {@link ReadLimits#defaults()}.
     *
     * @param limits the limits
     * @return this builder
     * @throws NullPointerException if {@code limits} is null
     */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the longest time a request body may take to arrive, from its first read: past it, a
     * client that is still sending gets 408 ({@code BODY_TIMEOUT}), one that sends nothing has its
     * connection closed. Bounds slow bodies, which the JDK server does not. Default 30 seconds.
     *
     * @param timeout the timeout, positive
     * @return this builder
     * @throws NullPointerException if {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is zero or negative
     */
    public Builder readTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isZero() || timeout.isNegative()) {
        throw new IllegalArgumentException("the read timeout must be positive: " + timeout);
      }
      this.readTimeout = timeout;
      return this;
    }

    /**
     * Sets the clock the checker measures ages against (evaluations, decrees). Default: the system
     * clock.
     *
     * @param clock the clock
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the server, not started.
     *
     * @return the server
     */
    public StandardsServer build() {
      return new StandardsServer(this);
    }
  }
}
