package id.standarpelayanan.cli.internal;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;

/**
 * What a command runs against: its standard streams and the clock.
 *
 * @param in standard input
 * @param out standard output
 * @param err standard error
 * @param clock the clock reports are dated by
 */
public record Environment(InputStream in, PrintWriter out, PrintWriter err, Clock clock) {}
