package id.standarpelayanan.testkit;

import org.apiguardian.api.API;

/**
 * A typical real-world defect a generated standard can be given, each claiming the id of the {@code
 * standards-rules} rule that must report it (other rules may report it too).
 *
 * <p>Every defect but the {@link #isStructural() structural} ones keeps the standard valid under
 * Bean Validation.
 *
 * <p>Ask for one with {@code
 * StandardsArbitraries.standards().with(Defect.STEPS_EXCEED_COMPLETION_TIME)}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Defect {
  /** The steps' durations add up to more than the completion time. */
  STEPS_EXCEED_COMPLETION_TIME("sp.procedure.exceeds-completion-time"),
  /** The step numbers have a gap. */
  STEP_NUMBERING_GAP("sp.procedure.step-numbering"),
  /** Two steps share an id. */
  DUPLICATE_STEP_ID("sp.standard.duplicate-step-id"),
  /** The completion time is only "sesuai ketentuan yang berlaku", not a measurable span. */
  VAGUE_COMPLETION_TIME("sp.completion-time.vague"),
  /** The fee is neither free nor priced: only "sesuai ketentuan yang berlaku". */
  VAGUE_FEE("sp.fee.vague"),
  /** A free service lists a priced item. */
  FREE_WITH_PRICED_ITEMS("sp.fee.free-with-priced-items"),
  /** A priced item rests on a circular letter, which cannot set a tariff. */
  FEE_WITHOUT_TARIFF_BASIS("sp.fee.item-legal-basis"),
  /** No complaint channel at all. */
  NO_COMPLAINT_CHANNEL("sp.complaint.public-channel"),
  /** An email channel whose address is not an email address. */
  IMPLAUSIBLE_CHANNEL_ADDRESS("sp.complaint.channel-address"),
  /** No time to respond to complaints. */
  NO_COMPLAINT_RESPONSE_TIME("sp.complaint.response-time"),
  /** No facility serves any vulnerable group. */
  NO_FACILITY_FOR_VULNERABLE_GROUPS("sp.facilities.vulnerable-groups"),
  /** No competence of the experience dimension. */
  MISSING_COMPETENCE_DIMENSION("sp.competence.dimensions"),
  /** Far more daily demand than the implementers can handle. */
  UNDERSTAFFED("sp.staffing.capacity"),
  /** A step's actor is not among the staffing roles. */
  UNKNOWN_STEP_ACTOR("sp.staffing.actor-roles"),
  /** The last step yields something that is not a product. */
  LAST_STEP_WITHOUT_PRODUCT("sp.products.last-step-output"),
  /** The same regulation is cited twice. */
  DUPLICATE_LEGAL_REFERENCE("sp.legal-basis.duplicate"),
  /** A regulation dated after the reference date. */
  FUTURE_LEGAL_REFERENCE("sp.legal-basis.year"),
  /** A repealed regulation: PermenPANRB 36/2012, replaced by 15/2014. */
  REPEALED_LEGAL_REFERENCE("sp.legal-basis.repealed"),
  /** Two requirements share an id. */
  DUPLICATE_REQUIREMENT_ID("sp.standard.duplicate-requirement-id"),
  /** A conditional requirement without its condition. */
  CONDITIONAL_REQUIREMENT_WITHOUT_CONDITION("sp.requirements.condition"),
  /** Placeholder text ("-") where a description belongs. */
  PLACEHOLDER_TEXT("sp.text.placeholder"),
  /**
   * A character XML 1.0 cannot carry (U+FFFE) in the standard's description: the only defect that
   * breaks a structural constraint ({@code @XmlCharacters}), so the standard is not {@link
   * #isStructural() structurally} valid. It can be written as JSON, not as XML.
   */
  XML_FORBIDDEN_CHARACTER("sp.structure.xml-characters");

  private final String ruleId;

  Defect(String ruleId) {
    this.ruleId = ruleId;
  }

  /**
   * Returns the id of the rule that reports this defect.
   *
   * @return the rule id
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Tells whether the defect breaks a Bean Validation constraint of the model (tier 2), rather than
   * leaving a structurally valid standard for the rules (tier 3) to judge.
   *
   * @return whether the rule id is in the {@code sp.structure.} namespace
   */
  public boolean isStructural() {
    return ruleId.startsWith("sp.structure.");
  }
}
