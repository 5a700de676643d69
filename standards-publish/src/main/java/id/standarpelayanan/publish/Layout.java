package id.standarpelayanan.publish;

import org.apiguardian.api.API;

/**
 * A publication of a catalogue, each a template of its own ({@code annex.mustache}, {@code
 * display.mustache}, {@code pledge.mustache}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Layout {
  /**
   * The decree annex (lampiran SK): the decree's header (number, date, title, signatory), a table
   * of contents and per service the table NO | KOMPONEN | URAIAN with all fourteen components, the
   * service-delivery group first and then the management group, as PermenPANRB 15/2014 lays them
   * out; each procedure's flowchart; the check's errors when the publisher insisted.
   */
  ANNEX,
  /**
   * The public display (papan informasi, or the provider's web page): per service the six
   * service-delivery components, the service hours and the complaint channels with their addresses.
   */
  DISPLAY,
  /** The service pledge (maklumat pelayanan): its text, signatory and date, in print size. */
  PLEDGE;

  /**
   * Returns the name of the layout's template, e.g. {@code annex.mustache}.
   *
   * @return the file name
   */
  public String templateName() {
    return name().toLowerCase(java.util.Locale.ROOT) + ".mustache";
  }
}
