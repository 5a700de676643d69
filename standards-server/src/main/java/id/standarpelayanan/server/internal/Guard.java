package id.standarpelayanan.server.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the time a thread may spend on blocking I/O with a client: past the limit, the thread is
 * interrupted, which closes the connection's channel (the JDK server's sockets are interruptible
 * {@code SocketChannel}s) and ends the blocked read or write with an exception.
 *
 * <p>Needed because the JDK server bounds neither the reading of a request body nor the writing of
 * a response: a client that stops sending (or reading) would hold a worker for good, even inside
 * the server's own {@code close()}, which drains an unread body.
 */
final class Guard {

  /** Blocking I/O under a guard. */
  @FunctionalInterface
  interface Io<T> {
    T run() throws IOException, Problem;
  }

  private final ScheduledExecutorService timer;

  Guard(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  /**
   * Runs {@code io} on the calling thread, interrupting it if it still runs after {@code limit}.
   * The interrupt status is cleared before this returns, so that it does not reach later work.
   */
  <T> T within(Duration limit, Io<T> io) throws IOException, Problem {
    Thread thread = Thread.currentThread();
    Object lock = new Object();
    boolean[] done = {false};
    ScheduledFuture<?> alarm =
        timer.schedule(
            () -> {
              synchronized (lock) {
                if (!done[0]) {
                  thread.interrupt();
                }
              }
            },
            limit.toMillis(),
            TimeUnit.MILLISECONDS);
    try {
      return io.run();
    } finally {
      synchronized (lock) {
        done[0] = true;
      }
      alarm.cancel(false);
      Thread.interrupted();
    }
  }
}
