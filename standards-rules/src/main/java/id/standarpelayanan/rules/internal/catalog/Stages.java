package id.standarpelayanan.rules.internal.catalog;

import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.StandardsCatalog;

/** The lifecycle stages from which a catalogue part is required. */
final class Stages {

  private Stages() {}

  /**
   * Tells whether a catalogue has reached a stage of its lifecycle (DRAFT, CONSULTED, ESTABLISHED,
   * PUBLISHED, SUPERSEDED, in that order).
   *
   * @param catalog the catalogue
   * @param stage the stage
   * @return whether its status is that stage or a later one
   */
  static boolean reached(StandardsCatalog catalog, CatalogStatus stage) {
    return catalog.getStatus().compareTo(stage) >= 0;
  }
}
