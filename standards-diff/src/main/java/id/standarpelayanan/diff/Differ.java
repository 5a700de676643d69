package id.standarpelayanan.diff;

import id.standarpelayanan.diff.internal.Engine;
import id.standarpelayanan.diff.internal.Versions;
import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.WorkingTime;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Compares two versions of a catalogue or of a standard. Built once with its options, immutable and
 * thread-safe: share one.
 *
 * <pre>{@code
 * Differ differ = Differ.builder().workingTime(WorkingTime.standard()).build();
 * Comparison comparison = differ.compare(oldCatalog, newCatalog);
 * if (comparison.burdensPublic()) { ... }
 * System.out.print(comparison.toString(ChangeLogFormat.TEXT, Languages.INDONESIAN));
 * }</pre>
 *
 * <p>The versions are compared as the canonical JSON writes them (so every pointer is the one a
 * rule finding would carry), with the model's meaning: services matched by id, and by name and
 * content when the id changed (a rename); list items by id where they have one, otherwise by
 * normalised text (case, spacing and punctuation ignored) and position; times by value after
 * converting units with the working time ({@code 60 MINUTES} is {@code 1 HOURS}); months against
 * working days are {@link ChangeKind#CHANGED_NOT_COMPARABLE} (to be judged) only when the order
 * depends on the calendar: {@code 14 WORKING_DAYS} to {@code 1 MONTHS} is longer, since the bounds
 * of a month's working days decide it, while {@code 20 WORKING_DAYS} to {@code 1 MONTHS} is not
 * comparable; a free fee stated as free or as items at Rp 0 is the same fee; steps in another order
 * one {@link ChangeKind#REORDERED} change (a step's {@code number} is its position and not compared
 * on its own).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Differ {

  private final WorkingTime workingTime;
  private final Engine engine;
  private final StandardsJson json;

  private Differ(Builder builder) {
    this.workingTime = builder.workingTime;
    this.engine = new Engine(workingTime);
    this.json = StandardsJson.builder().build();
  }

  /**
   * Returns a differ with the standard working time ({@link WorkingTime#standard()}).
   *
   * @return the differ
   */
  public static Differ standard() {
    return builder().build();
  }

  /**
   * Starts a differ.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the working time that converts units.
   *
   * @return the working time
   */
  public WorkingTime workingTime() {
    return workingTime;
  }

  /**
   * Compares two catalogues.
   *
   * @param oldCatalog the previous version
   * @param newCatalog the next version
   * @return the comparison
   */
  public Comparison compare(StandardsCatalog oldCatalog, StandardsCatalog newCatalog) {
    Objects.requireNonNull(oldCatalog, "oldCatalog");
    Objects.requireNonNull(newCatalog, "newCatalog");
    return new Comparison(
        Comparison.Subject.CATALOG, Versions.catalogs(engine, json, oldCatalog, newCatalog));
  }

  /**
   * Compares two standards.
   *
   * @param oldStandard the previous version
   * @param newStandard the next version
   * @return the comparison
   */
  public Comparison compare(ServiceStandard oldStandard, ServiceStandard newStandard) {
    Objects.requireNonNull(oldStandard, "oldStandard");
    Objects.requireNonNull(newStandard, "newStandard");
    return new Comparison(
        Comparison.Subject.STANDARD,
        Versions.standards(
            engine, json.writeToString(oldStandard), json.writeToString(newStandard)));
  }

  /** Builds a {@link Differ}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Builder {
    private WorkingTime workingTime = WorkingTime.standard();

    private Builder() {}

    /**
     * Sets the working time that converts units (minutes in a working day, working days in a week);
     * the profile's, {@link WorkingTime#standard()} by default.
     *
     * @param workingTime the working time
     * @return this builder
     */
    public Builder workingTime(WorkingTime workingTime) {
      this.workingTime = Objects.requireNonNull(workingTime, "workingTime");
      return this;
    }

    /**
     * Builds the differ.
     *
     * @return the differ
     */
    public Differ build() {
      return new Differ(this);
    }
  }
}
