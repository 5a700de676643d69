/**
 * The {@code sp} command-line tool. An application, not a library: it exports nothing, and runs on
 * the module path ({@code java -p … -m id.standarpelayanan.cli/id.standarpelayanan.cli.Sp}) as well
 * as from the class path.
 */
module id.standarpelayanan.cli {
  requires id.standarpelayanan.rules;
  requires id.standarpelayanan.io;
  requires id.standarpelayanan.reports;
  requires id.standarpelayanan.publish;
  requires id.standarpelayanan.publish.pdf;
  requires id.standarpelayanan.skm;
  requires id.standarpelayanan.diff;
  requires id.standarpelayanan.server;
  requires info.picocli;
  // Not used in code: Sp routes Hibernate Validator's logging to SLF4J, and requiring its API
  // resolves it, and the tool's slf4j-nop by service binding, on the module path as well.
  requires org.slf4j;

  // picocli reads and sets the commands' annotated fields and creates the mixins reflectively;
  // the model's Languages.bundle reads the Messages and Usage bundles on this module's behalf.
  opens id.standarpelayanan.cli to
      info.picocli,
      id.standarpelayanan.model;
  opens id.standarpelayanan.cli.internal to
      info.picocli;
}
