package id.standarpelayanan.reports.internal;

import id.standarpelayanan.reports.Outcome;
import id.standarpelayanan.reports.ReportWriter;
import java.util.Objects;

/**
 * What every writer shares: outcomes only until the report is finished, and finishing once (again
 * does nothing, so that {@link #close()} after {@link #finish()} is harmless).
 */
abstract class ReportBase implements ReportWriter {

  private boolean finished;

  @Override
  public final void accept(Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    if (finished) {
      throw new IllegalStateException("the report is finished; write a new one");
    }
    write(outcome);
  }

  @Override
  public final void finish() {
    if (!finished) {
      finished = true;
      end();
    }
  }

  /** Writes one outcome, flushing it to the writer before returning. */
  abstract void write(Outcome outcome);

  /** Writes the report's end and flushes. */
  abstract void end();
}
