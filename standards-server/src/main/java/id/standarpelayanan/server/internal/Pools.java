package id.standarpelayanan.server.internal;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of one server: a fixed pool of workers with a bounded queue; one shedding thread,
 * with a queue as long, that answers what the workers' queue cannot hold with 503 at once (without
 * reading the body); and one timer thread for the bodies' deadlines. Nothing is unbounded: when the
 * shedding queue is full too, the JDK server's dispatcher gets the rejection and closes the
 * connection.
 */
public final class Pools implements Executor {

  private static final ThreadLocal<Boolean> SHEDDING = ThreadLocal.withInitial(() -> false);

  private final ThreadPoolExecutor workers;
  private final ThreadPoolExecutor shedder;
  private final ScheduledExecutorService timer;
  private volatile boolean stopping;

  /**
   * Makes the pools.
   *
   * @param threads the workers
   * @param queueCapacity how many requests may wait for a worker, and for the shedding thread
   */
  public Pools(int threads, int queueCapacity) {
    this.workers =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(queueCapacity),
            named("sp-server-", false, false),
            new ThreadPoolExecutor.AbortPolicy());
    this.shedder =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(queueCapacity),
            named("sp-server-shedding-", false, true),
            new ThreadPoolExecutor.AbortPolicy());
    this.timer = Executors.newSingleThreadScheduledExecutor(named("sp-server-timer-", true, false));
  }

  @Override
  public void execute(Runnable exchange) {
    try {
      workers.execute(exchange);
    } catch (RejectedExecutionException full) {
      // Thrown on to the JDK's dispatcher when the shedding queue is full too: it closes the
      // connection, so that no request waits in memory beyond the two bounded queues.
      shedder.execute(exchange);
    }
  }

  /**
   * Tells whether the calling thread is the shedding thread, whose requests are answered 503.
   *
   * @return whether the request is to be shed
   */
  public static boolean shedding() {
    return SHEDDING.get();
  }

  /**
   * Returns the timer of the bodies' deadlines.
   *
   * @return the timer
   */
  public ScheduledExecutorService timer() {
    return timer;
  }

  /**
   * Returns how many workers are handling a request now. Read by the tests of the bounds (through
   * {@code StandardsServer}'s package-private hook), which must see every worker busy before they
   * overload the server; not used to serve requests.
   *
   * @return the busy workers
   */
  public int busy() {
    return workers.getActiveCount();
  }

  /**
   * Returns how many requests wait in the workers' queue now, for the same tests as {@link
   * #busy()}.
   *
   * @return the waiting requests
   */
  public int waiting() {
    return workers.getQueue().size();
  }

  /** Marks the server as stopping: {@code /health} answers 503 from now on. */
  public void stopping() {
    stopping = true;
  }

  /**
   * Tells whether the server is stopping.
   *
   * @return whether it is
   */
  public boolean isStopping() {
    return stopping;
  }

  /**
   * Ends the threads once the requests in progress are done, or after {@code grace}.
   *
   * @param grace the longest wait
   */
  public void shutdown(Duration grace) {
    workers.shutdown();
    shedder.shutdown();
    timer.shutdownNow();
    try {
      if (!workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        workers.shutdownNow();
      }
      if (!shedder.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        shedder.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      shedder.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory named(String prefix, boolean daemon, boolean shedding) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Runnable marked =
          shedding
              ? () -> {
                SHEDDING.set(true);
                task.run();
              }
              : task;
      Thread thread = new Thread(marked, prefix + count.incrementAndGet());
      thread.setDaemon(daemon);
      return thread;
    };
  }
}
