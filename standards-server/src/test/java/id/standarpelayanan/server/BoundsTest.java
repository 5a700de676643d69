package id.standarpelayanan.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import id.standarpelayanan.io.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The service's bounds: body length, body time, threads and queue, and its stop. */
class BoundsTest {

  private static final int LIMIT = 64 * 1024;

  private Http http;

  @AfterEach
  void stop() {
    if (http != null) {
      http.stop();
    }
  }

  private Http start(StandardsServer.Builder builder) {
    http = new Http(builder.limits(ReadLimits.builder().maxDocumentLength(LIMIT).build()));
    return http;
  }

  private static byte[] oversized() {
    byte[] body = new byte[LIMIT + 1];
    Arrays.fill(body, (byte) ' ');
    body[0] = '{';
    return body;
  }

  private void assertTooLarge(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(413);
    JsonNode problem = Http.tree(response);
    assertThat(http.violations("Problem", problem)).isEmpty();
    assertThat(problem.get("code").asText()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(problem.get("detail").asText()).contains(String.valueOf(LIMIT));
  }

  private void assertHealthy() {
    HttpResponse<String> health = http.get("/health");
    assertThat(health.statusCode()).isEqualTo(200);
  }

  @Test
  void refusesABodyLongerThanTheDocumentLimitByItsContentLength() {
    start(StandardsServer.builder());
    assertTooLarge(http.post("/v1/validate", oversized()));
    assertHealthy();
  }

  @Test
  void refusesAChunkedBodyOnceItPassesTheDocumentLimit() {
    start(StandardsServer.builder());
    HttpRequest request =
        HttpRequest.newBuilder(http.uri("/v1/validate"))
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new ByteArrayInputStream(oversized())))
            .build();
    assertTooLarge(http.send(request));
    assertHealthy();
  }

  @Test
  void answersABodyThatTricklesPastTheReadTimeoutWith408() throws IOException {
    start(StandardsServer.builder().readTimeout(Duration.ofMillis(300)));
    try (Socket socket =
        new Socket(http.server.address().getAddress(), http.server.address().getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /v1/validate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                  + "Content-Length: 1000\r\n\r\n{")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = "";
      // One byte each round trip of a blocking read with a short timeout: the body keeps coming,
      // too slowly, until the server answers.
      socket.setSoTimeout(100);
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      for (int i = 0; i < 150 && answer.isEmpty(); i++) {
        try {
          out.write(' ');
          out.flush();
        } catch (IOException closed) {
          break;
        }
        try {
          int n = in.read(buffer);
          if (n < 0) {
            break;
          }
          answer = new String(buffer, 0, n, StandardCharsets.UTF_8);
        } catch (java.net.SocketTimeoutException stillReading) {
          // nothing yet
        }
      }
      socket.setSoTimeout(20_000);
      // Connection: close, so the rest of the answer ends with the stream.
      answer += new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 408").contains("BODY_TIMEOUT");
    }
    assertHealthy();
  }

  @Test
  void closesTheConnectionOfABodyThatNeverComes() throws IOException {
    start(StandardsServer.builder().readTimeout(Duration.ofMillis(300)));
    try (Socket socket =
        new Socket(http.server.address().getAddress(), http.server.address().getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /v1/validate HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000\r\n\r\n{")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      // Ends (the connection closed, or a 408 if the close raced the last read) well before the
      // socket's own 20 s timeout would fail the test.
      byte[] rest = socket.getInputStream().readAllBytes();
      String answer = new String(rest, StandardCharsets.UTF_8);
      assertThat(answer.isEmpty() || answer.startsWith("HTTP/1.1 408")).as(answer).isTrue();
    }
    assertHealthy();
  }

  @Test
  void answers503AtOnceWhenEveryThreadAndTheQueueAreBusy() throws IOException {
    // A read timeout no loaded machine reaches during the test: the stalled requests hold the
    // worker and the queue until their sockets are closed below.
    start(
        StandardsServer.builder().threads(1).queueCapacity(1).readTimeout(Duration.ofSeconds(60)));
    http.openApi(); // fetched while the server is idle: the problem is checked against it below
    awaitLoad(0, 0); // the worker is done with /openapi.json
    // The JDK server hands connections to the pool in no fixed order (it accepts one connection a
    // select round, and the client's idle kept-alive connection can overtake new ones): each
    // state is awaited before the next request is sent.
    String stalled = "POST /v1/validate HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10\r\n\r\n{";
    try (Socket first = stall(stalled)) {
      awaitLoad(1, 0); // the first holds the only worker, its body unfinished
      try (Socket second = stall(stalled)) {
        awaitLoad(1, 1); // the second waits in the queue
        // Well under the read timeout: a server that queued the third instead of shedding it
        // would answer it only after the stalled two, and fail here.
        HttpResponse<String> third =
            http.send(
                HttpRequest.newBuilder(http.uri("/v1/validate"))
                    .timeout(Duration.ofSeconds(20))
                    .POST(
                        HttpRequest.BodyPublishers.ofByteArray(
                            "{}".getBytes(StandardCharsets.UTF_8)))
                    .build());
        assertThat(third.statusCode()).isEqualTo(503);
        JsonNode problem = Http.tree(third);
        assertThat(problem.get("code").asText()).isEqualTo("OVERLOADED");
        assertThat(http.violations("Problem", problem)).isEmpty();
        assertThat(third.headers().firstValue("Retry-After")).hasValue("1");
        // Shed beside the pool: the first still holds the worker, the second still waits, and
        // neither has been answered.
        assertThat(load()).isEqualTo("busy 1, waiting 1");
        assertThat(first.getInputStream().available()).isZero();
        assertThat(second.getInputStream().available()).isZero();
      }
    }
  }

  private String load() {
    return "busy " + http.server.busyThreads() + ", waiting " + http.server.waitingRequests();
  }

  /**
   * Waits until the server's workers report {@code busy} threads handling a request and {@code
   * waiting} requests in their queue: a bounded poll of the pool's own counters, 1 ms apart.
   */
  private void awaitLoad(int busy, int waiting) {
    String expected = "busy " + busy + ", waiting " + waiting;
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    String seen;
    while (!(seen = load()).equals(expected)) {
      if (System.nanoTime() - deadline > 0) {
        fail("the server's load stayed %s instead of %s", seen, expected);
      }
      LockSupport.parkNanos(Duration.ofMillis(1).toNanos());
    }
  }

  private Socket stall(String head) {
    try {
      Socket socket =
          new Socket(http.server.address().getAddress(), http.server.address().getPort());
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return socket;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void stopsGracefullyAndOnlyOnce() {
    Http own = new Http(StandardsServer.builder());
    assertThat(own.get("/health").statusCode()).isEqualTo(200);
    var address = own.server.address();
    own.stop();
    own.stop();
    assertThatThrownBy(own.server::address).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(own.server::start).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new Socket(address.getAddress(), address.getPort()).close())
        .isInstanceOf(IOException.class);
  }

  @Test
  void listensOnLoopbackByDefault() {
    start(StandardsServer.builder());
    assertThat(http.server.address().getAddress().isLoopbackAddress()).isTrue();
    assertThat(http.server.uri().toString()).startsWith("http://127.0.0.1:");
  }

  @Test
  void refusesNonsensicalSettings() {
    assertThatThrownBy(() -> StandardsServer.builder().port(70_000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StandardsServer.builder().threads(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StandardsServer.builder().queueCapacity(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StandardsServer.builder().readTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StandardsServer.builder().limits(null))
        .isInstanceOf(NullPointerException.class);
  }
}
