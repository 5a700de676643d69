package id.standarpelayanan.rules.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the rules' data files (the repealed regulations, the discontinued services): UTF-8 text
 * next to the class that owns it, one record per line, fields separated by {@code |}, blank lines
 * and lines starting with {@code #} ignored.
 */
public final class DataFiles {

  private DataFiles() {}

  /**
   * Reads a data file's records, each field stripped.
   *
   * @param owner the class the file lies next to
   * @param name the file's name
   * @param format the fields, as the file's header names them, e.g. {@code "TYPE|number|year"}
   * @return the records, in file order
   * @throws IllegalStateException if a record has another number of fields than the format
   */
  public static List<String[]> records(Class<?> owner, String name, String format) {
    int fields = format.split("\\|", -1).length;
    List<String[]> records = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(owner.getResourceAsStream(name), name);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String content = line.strip();
        if (content.isEmpty() || content.startsWith("#")) {
          continue;
        }
        String[] record = content.split("\\|", -1);
        if (record.length != fields) {
          throw new IllegalStateException(name + ": expected " + format + ": " + line);
        }
        for (int i = 0; i < record.length; i++) {
          record[i] = record[i].strip();
        }
        records.add(record);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(records);
  }
}
