package id.standarpelayanan.rules.internal.completeness;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Pointers;
import id.standarpelayanan.rules.internal.Procedures;
import id.standarpelayanan.rules.internal.Texts;
import java.util.List;
import java.util.Locale;

/**
 * {@code sp.completeness.<component>}: the standard states the component, and says something in it
 * (not only blank or placeholder text). UU 25/2009 art. 21 requires all fourteen. One instance per
 * component.
 */
public final class ComponentStated extends BuiltInRule {

  private final Component component;
  private final String property;

  /**
   * Creates the rule that a standard states the given component.
   *
   * @param component the component
   */
  public ComponentStated(Component component) {
    super(
        ruleId(component),
        Severity.ERROR,
        article(component),
        List.of(component),
        messageKeys(component));
    this.component = component;
    this.property = component.property();
  }

  /**
   * Returns the id of the rule for a component: {@code sp.completeness.} and the component's name
   * in kebab case.
   *
   * @param component the component
   * @return the id, e.g. {@code sp.completeness.completion-time}
   */
  public static String ruleId(Component component) {
    return "sp.completeness." + component.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns the letter of UU 25/2009 art. 21 that names a component: the components are listed
   * there in statutory order, a to n.
   *
   * @param component the component
   * @return e.g. "UU 25/2009 pasal 21 huruf d"
   */
  public static String article(Component component) {
    return "UU 25/2009 pasal 21 huruf " + (char) ('a' + component.number() - 1);
  }

  private static String[] messageKeys(Component component) {
    return switch (component) {
      case STAFFING -> new String[] {"missing", "meaningless", "no-number"};
      case PROCEDURE -> new String[] {"missing", "meaningless", "elsewhere"};
      default -> new String[] {"missing", "meaningless"};
    };
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    if (!standard.fills(component)) {
      context.report(Pointers.of(property), "missing", component);
    } else if (!Meaningful.component(standard, component)) {
      // Staffing that names roles or describes itself without a number says something, but not
      // the number of implementers, which is what the component is.
      boolean saysSomething =
          component == Component.STAFFING
              && standard
                  .getStaffing()
                  .filter(
                      st ->
                          st.getRoles().stream().anyMatch(r -> Texts.meaningful(r.getName()))
                              || Texts.meaningful(st.getDescription()))
                  .isPresent();
      boolean elsewhere =
          component == Component.PROCEDURE
              && standard.getProcedure().filter(Procedures::attachedOnly).isPresent();
      context.report(
          Pointers.of(property),
          saysSomething ? "no-number" : elsewhere ? "elsewhere" : "meaningless",
          component);
    }
  }
}
