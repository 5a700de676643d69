package id.standarpelayanan.spring.internal;

import id.standarpelayanan.model.Pointer;
import java.util.Objects;

/**
 * Turns a Spring or Bean Validation property path ({@code requirements[2].description}, {@code
 * extensions[key]}) into the JSON Pointer of the same place in the document as the JSON codec
 * writes it ({@code /requirements/2/description}): the model's property names are the JSON keys.
 */
public final class PropertyPaths {

  private PropertyPaths() {}

  /**
   * Returns the pointer of a property path.
   *
   * @param path the path, {@code ""} for the object itself
   * @return the pointer
   */
  public static Pointer toPointer(String path) {
    Objects.requireNonNull(path, "path");
    Pointer pointer = Pointer.root();
    StringBuilder name = new StringBuilder();
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        pointer = flush(pointer, name);
        i++;
      } else if (c == '[') {
        pointer = flush(pointer, name);
        int end = path.indexOf(']', i);
        if (end < 0) {
          end = path.length();
        }
        String token = path.substring(i + 1, end);
        // Past 18 digits a number may not fit a long: such a "list index" is kept as a name.
        pointer =
            Pointer.isIndex(token) && token.length() < 19
                ? pointer.index(Long.parseLong(token))
                : pointer.child(token);
        i = end + 1;
      } else {
        name.append(c);
        i++;
      }
    }
    return flush(pointer, name);
  }

  private static Pointer flush(Pointer pointer, StringBuilder name) {
    if (name.length() == 0) {
      return pointer;
    }
    Pointer next = pointer.child(name.toString());
    name.setLength(0);
    return next;
  }
}
