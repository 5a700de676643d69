/**
 * The JSON and XML codecs, their schemas, the streaming readers and document detection.
 *
 * <p>Exports {@code id.standarpelayanan.io} only. Jackson appears in one API signature, {@code
 * StandardsModule} (a Jackson {@code Module} for applications' own mappers), so the module reads
 * {@code com.fasterxml.jackson.databind} transitively; Woodstox and the rest of the Jackson
 * machinery stay behind the internal package.
 */
module id.standarpelayanan.io {
  requires transitive id.standarpelayanan.model;
  // StandardsModule extends com.fasterxml.jackson.databind.Module.
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.ctc.wstx;
  requires org.codehaus.stax2;
  requires java.xml;
  // @API on our public types (as JUnit declares it): users compiling against us see it.
  requires static transitive org.apiguardian.api;

  exports id.standarpelayanan.io;

  // The message bundle is read on this module's behalf by the model's Languages.bundle.
  opens id.standarpelayanan.io to
      id.standarpelayanan.model;
}
