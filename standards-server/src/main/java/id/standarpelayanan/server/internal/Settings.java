package id.standarpelayanan.server.internal;

import id.standarpelayanan.io.ReadLimits;
import java.time.Clock;
import java.time.Duration;

/**
 * What a server was built with, for its handlers.
 *
 * @param limits the read limits; their document length bounds each request body
 * @param readTimeout the longest time a body may take to arrive
 * @param clock the checker's clock
 * @param queueCapacity how many requests may wait for a thread
 */
public record Settings(ReadLimits limits, Duration readTimeout, Clock clock, int queueCapacity) {}
