package id.standarpelayanan.model;

import org.apiguardian.api.API;

/**
 * The sizes and formats that Bean Validation enforces on the model's text, as constants so that
 * forms, schemas and databases can use the same numbers.
 */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public final class TextLimits {

  /** Longest identifier (service, requirement and step ids; extension keys). */
  public static final int ID = 64;

  /**
   * The format of an identifier: a letter or digit, then letters, digits, dots, underscores or
   * hyphens, at most {@value #ID} characters in all.
   */
  public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

  /** Longest code or number, such as a decree or regulation number or a unit code. */
  public static final int CODE = 100;

  /** Longest name or title, such as a service name or a regulation title. */
  public static final int NAME = 500;

  /** Longest free text, such as a description, a procedure or a statement. */
  public static final int TEXT = 5000;

  /** Largest count of copies, implementers or participants. */
  public static final int COUNT = 100_000;

  private TextLimits() {}
}
