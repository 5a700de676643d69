package id.standarpelayanan.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;

/**
 * Writes {@code "schemaVersion": "1.1"} as the first field of the root object while the model is
 * serialized straight to the output, so that a document is written in one pass, without an
 * intermediate tree. Not API.
 */
final class SchemaVersionGenerator extends JsonGeneratorDelegate {

  private boolean rootStarted;

  SchemaVersionGenerator(JsonGenerator delegate) {
    super(delegate, false);
  }

  @Override
  public void writeStartObject() throws IOException {
    super.writeStartObject();
    afterStart();
  }

  @Override
  public void writeStartObject(Object forValue) throws IOException {
    super.writeStartObject(forValue);
    afterStart();
  }

  @Override
  public void writeStartObject(Object forValue, int size) throws IOException {
    super.writeStartObject(forValue, size);
    afterStart();
  }

  private void afterStart() throws IOException {
    if (!rootStarted) {
      rootStarted = true;
      delegate.writeStringField(SchemaVersionParser.FIELD, SchemaVersionParser.VERSION);
    }
  }
}
