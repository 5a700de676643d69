package id.standarpelayanan.model;

import org.apiguardian.api.API;

/** The kind of a contact or complaint channel (saluran). */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public enum ChannelKind implements Labelled {
  /**
   * SP4N-LAPOR!, the national complaint system (lapor.go.id); the address is the account or the
   * URL.
   */
  SP4N_LAPOR,
  /** Electronic mail; the address is an email address. */
  EMAIL,
  /** Telephone; the address is a phone number. */
  PHONE,
  /** WhatsApp; the address is a phone number. */
  WHATSAPP,
  /** Text message; the address is a phone number. */
  SMS,
  /** A website or web form; the address is a URL. */
  WEBSITE,
  /** A social media account; the address is a URL or a handle. */
  SOCIAL_MEDIA,
  /** A suggestion box (kotak saran) at the office; the address says where. */
  SUGGESTION_BOX,
  /** In person at a desk (datang langsung); the address is the place. */
  IN_PERSON,
  /** A letter by post; the address is a postal address. */
  LETTER,
  /** A mobile application; the address is its name in the app store. Since 1.1. */
  APP,
  /** Any other channel. */
  OTHER
}
