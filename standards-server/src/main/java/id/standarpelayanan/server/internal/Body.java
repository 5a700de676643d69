package id.standarpelayanan.server.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * Reads a request body into memory within the document length limit and a deadline.
 *
 * <p>The JDK server has no read timeout of its own on a request body, so two bounds are kept here:
 * after each read, the time since the first one is checked against the deadline (a client that
 * trickles gets 408); and a {@link Guard} interrupts the reading thread one second past the
 * deadline if it is still blocked (a client that sends nothing has its connection closed, which
 * ends the blocked read). A {@code Content-Length} over the limit is refused before anything is
 * read.
 */
public final class Body {

  /** Past the deadline, how long a blocked read still gets before its connection is closed. */
  private static final Duration GRACE = Duration.ofSeconds(1);

  private Body() {}

  /** The client went away, or its connection was closed by the deadline: nothing to answer. */
  public static final class Gone extends Exception {
    private static final long serialVersionUID = 1L;

    Gone(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Reads the body.
   *
   * @param exchange the exchange
   * @param maxLength the longest body, in bytes
   * @param timeout the longest time the body may take
   * @param guard the guard of blocking reads
   * @return the body
   * @throws Problem 413 ({@code LIMIT_EXCEEDED}) or 408 ({@code BODY_TIMEOUT})
   * @throws Gone if reading failed: the client is gone, or sent nothing until the deadline
   */
  public static byte[] read(HttpExchange exchange, long maxLength, Duration timeout, Guard guard)
      throws Problem, Gone {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      try {
        if (Long.parseLong(declared.trim()) > maxLength) {
          throw tooLarge(maxLength);
        }
      } catch (NumberFormatException e) {
        // The JDK server has refused a malformed Content-Length before the handler runs.
      }
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      return guard.within(
          timeout.plus(GRACE),
          () -> {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            InputStream in = exchange.getRequestBody();
            long total = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
              total += n;
              if (total > maxLength) {
                throw tooLarge(maxLength);
              }
              if (System.nanoTime() - deadline > 0) {
                throw Problem.of(Problem.Code.BODY_TIMEOUT, "problem.bodyTimeout", seconds(timeout))
                    .header("Connection", "close");
              }
              body.write(buffer, 0, n);
            }
            return body.toByteArray();
          });
    } catch (IOException e) {
      throw new Gone("the request body could not be read: " + e, e);
    }
  }

  private static Problem tooLarge(long maxLength) {
    return Problem.of(Problem.Code.LIMIT_EXCEEDED, "problem.tooLarge", String.valueOf(maxLength))
        .header("Connection", "close");
  }

  private static String seconds(Duration timeout) {
    return timeout.toMillis() % 1000 == 0
        ? String.valueOf(timeout.toSeconds())
        : String.valueOf(timeout.toMillis() / 1000.0);
  }
}
