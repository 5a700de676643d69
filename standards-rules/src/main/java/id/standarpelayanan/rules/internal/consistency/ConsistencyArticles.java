package id.standarpelayanan.rules.internal.consistency;

/** The provisions the consistency rules cite, named once. */
final class ConsistencyArticles {

  /** Fees: UU 25/2009 art. 21 letter e and art. 31 (tariffs set by regulation). */
  static final String FEE = "UU 25/2009 pasal 21 huruf e dan pasal 31";

  /** Complaint handling: UU 25/2009 art. 21 letter j and art. 36. */
  static final String COMPLAINTS = "UU 25/2009 pasal 21 huruf j dan pasal 36";

  /** Vulnerable groups: UU 25/2009 art. 29. */
  static final String VULNERABLE = "UU 25/2009 pasal 29";

  /** Legal basis: UU 25/2009 art. 21 letter a. */
  static final String LEGAL_BASIS = "UU 25/2009 pasal 21 huruf a";

  /** The guideline on service standards. */
  static final String GUIDELINE = "PermenPANRB 15/2014";

  private ConsistencyArticles() {}
}
