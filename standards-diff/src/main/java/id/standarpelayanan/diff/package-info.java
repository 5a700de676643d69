/**
 * What changed between two versions of a catalogue or of a service standard, for the public and for
 * the decree.
 *
 * <p>{@link id.standarpelayanan.diff.Differ} (built once, shared) compares two versions into a
 * {@link id.standarpelayanan.diff.Comparison}: a list of {@link id.standarpelayanan.diff.Change}s,
 * each with its {@link id.standarpelayanan.diff.ChangeKind}, its {@link
 * id.standarpelayanan.diff.Meaning} and so its {@link id.standarpelayanan.diff.Effect} on the
 * public (burdens, relieves, neutral, undetermined), the component and principle, the JSON Pointers
 * in the old and the new canonical JSON and the values before and after. The comparison writes the
 * change log in the layout of amendment tables ("semula | menjadi") as text or JSON, in Indonesian
 * or English ({@link id.standarpelayanan.diff.ChangeLogFormat}), and an RFC 6902 JSON Patch.
 */
package id.standarpelayanan.diff;
