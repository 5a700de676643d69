package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.LegalReference;

/** Writes a legal reference the way it is cited, for messages. */
public final class LegalReferences {

  private LegalReferences() {}

  /**
   * Cites a reference: type, number and year, e.g. "PERMEN 36/2012".
   *
   * @param reference the reference
   * @return the citation
   */
  public static String cite(LegalReference reference) {
    StringBuilder citation = new StringBuilder(reference.getType().name());
    reference.getNumber().ifPresent(number -> citation.append(' ').append(number.strip()));
    reference
        .getYear()
        .ifPresent(
            year -> citation.append(reference.getNumber().isPresent() ? "/" : " ").append(year));
    return citation.toString();
  }
}
