package id.standarpelayanan.cli.internal;

/** Renders outcomes in one output format. */
public interface Sink {

  /**
   * Takes one outcome, in document order.
   *
   * @param outcome the outcome
   */
  void accept(Outcome outcome);

  /** Ends the output: summaries, closing brackets. */
  void finish();
}
