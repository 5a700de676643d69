package id.standarpelayanan.io.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.introspect.VisibilityChecker;
import id.standarpelayanan.model.Channel;
import id.standarpelayanan.model.ChannelAccess;
import id.standarpelayanan.model.Competency;
import id.standarpelayanan.model.ComplaintHandling;
import id.standarpelayanan.model.CompletionTime;
import id.standarpelayanan.model.Decree;
import id.standarpelayanan.model.Facility;
import id.standarpelayanan.model.Fee;
import id.standarpelayanan.model.FeeItem;
import id.standarpelayanan.model.InternalSupervision;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.PerformanceEvaluation;
import id.standarpelayanan.model.Procedure;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.Product;
import id.standarpelayanan.model.PublicConsultation;
import id.standarpelayanan.model.Publication;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.SatisfactionSurvey;
import id.standarpelayanan.model.SecurityAndSafetyGuarantee;
import id.standarpelayanan.model.ServiceGuarantee;
import id.standarpelayanan.model.ServiceHours;
import id.standarpelayanan.model.ServicePeriod;
import id.standarpelayanan.model.ServicePledge;
import id.standarpelayanan.model.ServiceProvider;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.SpecialHours;
import id.standarpelayanan.model.StaffRole;
import id.standarpelayanan.model.Staffing;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.StepBranch;
import id.standarpelayanan.model.SurveyElement;
import id.standarpelayanan.model.TimeExtension;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.model.TimeWindow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells Jackson how to bind the model without a single Jackson annotation in the model: the wire
 * order of each type's properties, that each type is built through its Immutables builder ({@code
 * ImmutableX.Builder}, initialisers {@code setX}), and that it is written from the fields of its
 * implementation ({@code ImmutableX}), which hold the attributes under their property names.
 *
 * <p>It plays the role of mix-ins, for all model types at once: a builder has two initialisers per
 * optional attribute ({@code setX(T)} and {@code setX(Optional<T>)}); the plain one is bound
 * explicitly and the {@code Optional} overload is ignored, so that JSON {@code null} never means
 * "absent" (absent is written by leaving the property out). Collection initialisers take an {@code
 * Iterable}, bound as a list.
 */
final class ModelIntrospector extends NopAnnotationIntrospector {

  private static final long serialVersionUID = 1L;

  /** Each model type's properties in wire order (the order of the schemas). */
  static final Map<Class<?>, List<String>> PROPERTY_ORDER =
      Map.ofEntries(
          Map.entry(
              StandardsCatalog.class,
              List.of(
                  "provider",
                  "decree",
                  "version",
                  "status",
                  "effectiveDate",
                  "lastEvaluationDate",
                  "pledge",
                  "publications",
                  "consultations",
                  "standards",
                  "supersededBy",
                  "extensions")),
          Map.entry(
              ServiceStandard.class,
              List.of(
                  "id",
                  "name",
                  "description",
                  "unit",
                  "serviceHours",
                  "decree",
                  "pledge",
                  "publications",
                  "deliveryChannels",
                  "legalBasis",
                  "requirements",
                  "noRequirements",
                  "procedure",
                  "completionTime",
                  "fee",
                  "products",
                  "facilities",
                  "competencies",
                  "internalSupervision",
                  "complaintHandling",
                  "staffing",
                  "serviceGuarantee",
                  "securityAndSafety",
                  "performanceEvaluation",
                  "emptyComponents",
                  "extensions")),
          Map.entry(
              ServiceProvider.class,
              List.of(
                  "name",
                  "parentAgency",
                  "unitCode",
                  "region",
                  "address",
                  "contacts",
                  "serviceHours")),
          Map.entry(
              Channel.class,
              List.of(
                  "kind",
                  "additionalKinds",
                  "platform",
                  "address",
                  "atProviderAddress",
                  "access",
                  "serviceHours",
                  "description")),
          Map.entry(ChannelAccess.class, List.of("kind", "platform", "address")),
          Map.entry(ServiceHours.class, List.of("periods", "specialHours", "description")),
          Map.entry(
              ServicePeriod.class, List.of("days", "opens", "closes", "breaks", "description")),
          Map.entry(TimeWindow.class, List.of("start", "end")),
          Map.entry(SpecialHours.class, List.of("occasion", "closed", "periods", "description")),
          Map.entry(Publication.class, List.of("medium", "address", "date", "description")),
          Map.entry(Decree.class, List.of("number", "date", "signatory", "title")),
          Map.entry(ServicePledge.class, List.of("text", "signatory", "date")),
          Map.entry(
              PublicConsultation.class,
              List.of("date", "form", "participantCount", "summary", "minutesReference")),
          Map.entry(
              LegalReference.class,
              List.of("type", "issuer", "region", "number", "year", "article", "title")),
          Map.entry(
              Requirement.class,
              List.of(
                  "id",
                  "description",
                  "alternatives",
                  "applicantCategory",
                  "kind",
                  "form",
                  "copies",
                  "mandatory",
                  "condition")),
          Map.entry(Procedure.class, List.of("description", "steps")),
          Map.entry(
              ProcedureStep.class,
              List.of(
                  "id",
                  "number",
                  "actor",
                  "description",
                  "condition",
                  "equipment",
                  "duration",
                  "output",
                  "branches",
                  "notes")),
          Map.entry(StepBranch.class, List.of("condition", "nextStep", "outcome")),
          Map.entry(TimeSpan.class, List.of("amount", "unit")),
          Map.entry(
              CompletionTime.class,
              List.of(
                  "minimum",
                  "maximum",
                  "maximumPlus",
                  "perUnit",
                  "startCondition",
                  "extension",
                  "description")),
          Map.entry(TimeExtension.class, List.of("duration", "condition", "legalBasis")),
          Map.entry(Fee.class, List.of("free", "items", "paymentChannels", "description")),
          Map.entry(
              FeeItem.class,
              List.of(
                  "name",
                  "amount",
                  "pricing",
                  "unit",
                  "condition",
                  "applicantCategory",
                  "surcharge",
                  "legalBasis")),
          Map.entry(Product.class, List.of("name", "description")),
          Map.entry(
              Facility.class,
              List.of("name", "category", "vulnerableGroups", "quantity", "description")),
          Map.entry(Competency.class, List.of("dimension", "qualification", "description")),
          Map.entry(InternalSupervision.class, List.of("description", "supervisors")),
          Map.entry(
              ComplaintHandling.class,
              List.of(
                  "channels",
                  "responseTime",
                  "procedure",
                  "responsibleUnit",
                  "responsibleOfficer")),
          Map.entry(
              Staffing.class,
              List.of("implementerCount", "roles", "expectedDailyDemand", "description")),
          Map.entry(StaffRole.class, List.of("name", "count")),
          Map.entry(ServiceGuarantee.class, List.of("statement")),
          Map.entry(SecurityAndSafetyGuarantee.class, List.of("statement", "measures")),
          Map.entry(
              PerformanceEvaluation.class,
              List.of("methods", "frequency", "description", "satisfactionSurveys")),
          Map.entry(
              SatisfactionSurvey.class,
              List.of(
                  "periodStart",
                  "periodEnd",
                  "respondents",
                  "convertedValue",
                  "grade",
                  "weakestElements",
                  "elements")),
          Map.entry(SurveyElement.class, List.of("code", "weight", "mean")));

  /**
   * The flags added in 1.1, written only when true: a 1.0 document reads as it did, and a document
   * that does not use them carries no trace of them. (The 1.0 flags {@code free} and {@code
   * mandatory} are always written, as they always were.)
   */
  private static final Set<String> OMITTED_WHEN_FALSE =
      Set.of("noRequirements", "atProviderAddress", "surcharge", "closed");

  private static final JsonPOJOBuilder.Value BUILDER_CONFIG =
      new JsonPOJOBuilder.Value("build", "set");

  @Override
  public String[] findSerializationPropertyOrder(AnnotatedClass ac) {
    Class<?> type = modelType(ac.getRawType());
    return type == null ? null : PROPERTY_ORDER.get(type).toArray(String[]::new);
  }

  /**
   * Writes an Immutables implementation from its fields, not its getters: a field holds an
   * attribute under its property name, an absent optional as {@code null} and a collection as
   * itself, so writing reads each attribute without a reflective call and without an {@code
   * Optional}. (With the properties 1.1 adds, the getter calls were a fifth of the write time.)
   * Reading goes through the builders and is untouched.
   */
  @Override
  public VisibilityChecker<?> findAutoDetectVisibility(
      AnnotatedClass ac, VisibilityChecker<?> checker) {
    Class<?> raw = ac.getRawType();
    if (!PROPERTY_ORDER.containsKey(raw) && modelType(raw) != null) {
      return checker
          .withFieldVisibility(JsonAutoDetect.Visibility.ANY)
          .withGetterVisibility(JsonAutoDetect.Visibility.NONE)
          .withIsGetterVisibility(JsonAutoDetect.Visibility.NONE);
    }
    return checker;
  }

  @Override
  public Class<?> findPOJOBuilder(AnnotatedClass ac) {
    Class<?> raw = ac.getRawType();
    return PROPERTY_ORDER.containsKey(raw) ? builderOf(raw) : null;
  }

  @Override
  public JsonPOJOBuilder.Value findPOJOBuilderConfig(AnnotatedClass ac) {
    return isModelBuilder(ac.getRawType()) ? BUILDER_CONFIG : null;
  }

  @Override
  public boolean hasIgnoreMarker(AnnotatedMember m) {
    return m instanceof AnnotatedMethod method
        && isInitialiser(method)
        && method.getRawParameterType(0) == Optional.class;
  }

  @Override
  public PropertyName findNameForDeserialization(Annotated a) {
    if (a instanceof AnnotatedMethod method
        && isInitialiser(method)
        && method.getRawParameterType(0) != Optional.class) {
      return PropertyName.construct(decapitalize(method.getName().substring(3)));
    }
    return null;
  }

  @Override
  public JavaType refineDeserializationType(
      MapperConfig<?> config, Annotated a, JavaType baseType) {
    // Collection initialisers take Iterable<? extends T>: bind a JSON array as a list of T.
    if (baseType.getRawClass() == Iterable.class
        && a instanceof AnnotatedMethod method
        && isInitialiser(method)) {
      return config
          .getTypeFactory()
          .constructCollectionType(ArrayList.class, baseType.containedTypeOrUnknown(0));
    }
    return baseType;
  }

  @Override
  public JsonInclude.Value findPropertyInclusion(Annotated a) {
    // Absent optionals and empty lists, sets and maps are left out; every other value is written.
    if (!(a instanceof AnnotatedMember member) || modelType(member.getDeclaringClass()) == null) {
      return JsonInclude.Value.empty();
    }
    if (OMITTED_WHEN_FALSE.contains(member.getName())) {
      return JsonInclude.Value.construct(
          JsonInclude.Include.NON_DEFAULT, JsonInclude.Include.USE_DEFAULTS);
    }
    Class<?> raw = a.getRawType();
    boolean container = Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
    return JsonInclude.Value.construct(
        container ? JsonInclude.Include.NON_EMPTY : JsonInclude.Include.NON_ABSENT,
        JsonInclude.Include.USE_DEFAULTS);
  }

  /** Returns the builder class of a model type. */
  static Class<?> builderOf(Class<?> modelType) {
    String name =
        modelType.getPackageName() + ".Immutable" + modelType.getSimpleName() + "$Builder";
    try {
      return Class.forName(name, false, modelType.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("no builder for " + modelType.getName(), e);
    }
  }

  static Class<?> modelType(Class<?> raw) {
    if (PROPERTY_ORDER.containsKey(raw)) {
      return raw;
    }
    for (Class<?> candidate : raw.getInterfaces()) {
      if (PROPERTY_ORDER.containsKey(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean isModelBuilder(Class<?> raw) {
    Class<?> outer = raw.getEnclosingClass();
    return outer != null && raw.getSimpleName().equals("Builder") && modelType(outer) != null;
  }

  private static boolean isInitialiser(AnnotatedMethod method) {
    return method.getParameterCount() == 1
        && method.getName().startsWith("set")
        && method.getName().length() > 3
        && isModelBuilder(method.getDeclaringClass());
  }

  /**
   * Returns a property name as JavaBeans derives it from an accessor's suffix: the first letter in
   * lower case, unless the first two are both upper case ({@code URL} stays {@code URL}). Written
   * here rather than taken from {@code java.beans.Introspector}, which would make the whole {@code
   * java.desktop} module a requirement of this one.
   */
  private static String decapitalize(String name) {
    if (name.isEmpty()
        || (name.length() > 1
            && Character.isUpperCase(name.charAt(1))
            && Character.isUpperCase(name.charAt(0)))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
