package dev.goblet.processor.validation;

import dev.goblet.Form;
import dev.goblet.FormLimits;
import dev.goblet.Header;
import dev.goblet.HttpMethod;
import dev.goblet.Query;
import dev.goblet.Route;
import dev.goblet.processor.model.ParameterModel;
import dev.goblet.processor.model.ParameterModel.Cardinality;
import dev.goblet.processor.model.ParameterModel.Kind;
import dev.goblet.processor.model.PathTemplate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The rules of a route's parameters, checked on the bindings the reader made of them: each value can be converted
 * or bound from JSON, a route binds at most one body and only where the method has one, and every path variable
 * has its parameter. Errors land on the parameter, or on the method for a variable without one.
 */
public final class ParameterValidator {
    private static final String MULTIPART = "multipart/form-data";
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", MULTIPART);

    private final Types types;
    private final ValidationReport report;
    private final Predicate<TypeMirror> convertibleFromText;
    private final JsonBodyTypes bodyTypes;

    /**
     * @param convertibleFromText whether the reader finds a conversion from text to a type, the same test that
     *     decided the bindings' conversions
     */
    public ParameterValidator(Types types, ValidationReport report, Predicate<TypeMirror> convertibleFromText) {
        this.types = types;
        this.report = report;
        this.convertibleFromText = convertibleFromText;
        this.bodyTypes = new JsonBodyTypes(types);
    }

    /**
     * Whether the method's parameters, bound as {@code bindings} (one per parameter, in order), make a route on
     * {@code path} answering {@code httpMethods}; each rule broken is reported.
     */
    public boolean validate(ExecutableElement method, PathTemplate path, List<HttpMethod> httpMethods,
            List<ParameterModel> bindings) {
        boolean clean = true;
        String body = null;
        String form = null;
        // Each form field's name, with the parameter that binds it, so that a field bound twice names both.
        Map<String, String> formFields = new HashMap<>();
        for (int i = 0; i < bindings.size(); i++) {
            VariableElement parameter = method.getParameters().get(i);
            ParameterModel binding = bindings.get(i);
            if (!validate(method, parameter, binding, path)) {
                clean = false;
            } else if (binding.kind() == Kind.BODY || binding.kind() == Kind.RAW_BODY) {
                if (form != null) {
                    report.error(ErrorMessages.formAndBody(method.getSimpleName().toString(), form,
                            binding.name()), parameter);
                    clean = false;
                    continue;
                }
                clean &= validateBody(method, parameter, body, httpMethods);
                body = body == null ? binding.name() : body;
            } else if (binding.isForm()) {
                if (body != null) {
                    report.error(ErrorMessages.formAndBody(method.getSimpleName().toString(), binding.name(), body),
                            parameter);
                    clean = false;
                    continue;
                }
                // The method's lack of a body is told once, on its first form parameter.
                clean &= form != null || validateBody(method, parameter, null, httpMethods);
                form = form == null ? binding.name() : form;
                clean &= validateFormFieldNames(parameter, binding, formFields);
            }
        }
        if (form != null) {
            clean &= validateFormContentTypes(method, bindings) && validateFormLimits(method);
        }
        return validateEveryVariableBound(method, path) && clean;
    }

    /** No two parameters bind one field: the document would declare it once, with one of their types. */
    private boolean validateFormFieldNames(VariableElement parameter, ParameterModel binding,
            Map<String, String> taken) {
        List<ParameterModel> fields = binding.kind() == Kind.FORM_RECORD ? binding.fields() : List.of(binding);
        for (ParameterModel field : fields) {
            String where = binding.kind() == Kind.FORM_RECORD ? "'" + binding.name() + "." + field.name() + "'"
                    : "'" + binding.name() + "'";
            String earlier = taken.putIfAbsent(field.externalName(), where);
            if (earlier != null) {
                report.error(ErrorMessages.duplicateFormField(field.externalName(), earlier, where), parameter);
                return false;
            }
        }
        return true;
    }

    /** {@code @FormLimits} of the route, else of its class, allows some body, and a part no larger than the body. */
    private boolean validateFormLimits(ExecutableElement method) {
        Element owner = method.getAnnotation(FormLimits.class) != null ? method : method.getEnclosingElement();
        FormLimits limits = owner.getAnnotation(FormLimits.class);
        if (limits == null || (limits.maxBytes() > 0 && limits.maxPartBytes() > 0
                && limits.maxPartBytes() <= limits.maxBytes())) {
            return true;
        }
        report.error(ErrorMessages.badFormLimits(limits.maxBytes(), limits.maxPartBytes()), owner,
                AnnotationMirrors.of(owner, FormLimits.class));
        return false;
    }

    /**
     * Content types a form route lists itself must be form types, with multipart among them when a file is bound;
     * left to their default, the reader gives it the form types.
     */
    private boolean validateFormContentTypes(ExecutableElement method, List<ParameterModel> bindings) {
        AnnotationMirror mirror = AnnotationMirrors.of(method, Route.class);
        if (mirror == null || AnnotationMirrors.written(mirror, "contentTypes") == null) {
            return true;
        }
        boolean files = bindings.stream().anyMatch(b -> b.isFile()
                || b.fields().stream().anyMatch(ParameterModel::isFile));
        List<String> listed = Arrays.stream(method.getAnnotation(Route.class).contentTypes())
                .map(type -> type.trim().toLowerCase(Locale.ROOT)).toList();
        boolean formTypes = FORM_TYPES.containsAll(listed);
        if (!formTypes || (files && !listed.contains(MULTIPART))) {
            report.error(ErrorMessages.formContentTypes(method.getSimpleName().toString(), String.join(", ", listed),
                    files), method, mirror, AnnotationMirrors.written(mirror, "contentTypes"));
            return false;
        }
        return true;
    }


    private boolean validate(ExecutableElement method, VariableElement parameter, ParameterModel binding,
            PathTemplate path) {
        switch (binding.kind()) {
            case QUERY:
            case HEADER:
                return validateTextValue(parameter, binding);
            case PATH:
                return validatePathVariable(parameter, binding);
            case BODY:
                return validateJsonBody(method, parameter, binding, path);
            case FORM:
                return validateFormAnnotations(parameter, binding) && validateFormField(parameter, binding, "");
            case FORM_RECORD:
                return validateFormAnnotations(parameter, binding) && validateFormRecord(parameter, binding);
            default:
                return true;
        }
    }

    private boolean validateTextValue(VariableElement parameter, ParameterModel binding) {
        String name = binding.name();
        if (parameter.getAnnotation(Query.class) != null && parameter.getAnnotation(Header.class) != null) {
            report.error(ErrorMessages.queryAndHeader(name), parameter);
            return false;
        }
        if (parameter.getAnnotation(Form.class) != null) {
            report.error(ErrorMessages.formAndQueryOrHeader(name), parameter);
            return false;
        }
        if (binding.defaultValue() != null && binding.cardinality() != Cardinality.DEFAULTED) {
            report.error(ErrorMessages.defaultOnOptional(name), parameter);
            return false;
        }
        if (binding.conversion() == null) {
            String source = binding.kind() == Kind.QUERY ? "Query" : "Header";
            report.error(ErrorMessages.unsupportedValueType(parameter.asType().toString(), source, name), parameter);
            return false;
        }
        return true;
    }

    private boolean validatePathVariable(VariableElement parameter, ParameterModel binding) {
        String type = parameter.asType().toString();
        if (binding.cardinality() != Cardinality.REQUIRED) {
            report.error(ErrorMessages.pathVariableNotSingle(binding.name(), type), parameter);
            return false;
        }
        if (binding.conversion() == null) {
            report.error(ErrorMessages.unsupportedValueType(type, "Path", binding.name()), parameter);
            return false;
        }
        return true;
    }

    private boolean validateJsonBody(ExecutableElement method, VariableElement parameter, ParameterModel binding,
            PathTemplate path) {
        String name = binding.name();
        TypeMirror type = parameter.asType();
        if (isPlainValue(type)) {
            // A plain value that is no path variable is most likely a typo in the template or a missing @Query.
            report.error(ErrorMessages.unknownParameter(name, method.getSimpleName().toString(), path.text(),
                    Suggestions.closest(name, path.variables())), parameter);
            return false;
        }
        Optional<TypeMirror> valueType = binding.cardinality() == Cardinality.OPTIONAL ? onlyArgument(type)
                : Optional.of(type);
        if (valueType.isEmpty() || !bodyTypes.bindable(valueType.get())) {
            report.error(ErrorMessages.bodyNotBindable(name, type.toString()), parameter);
            return false;
        }
        return true;
    }

    /** {@code @Form} alone on the parameter, with no default where it cannot apply. */
    private boolean validateFormAnnotations(VariableElement parameter, ParameterModel binding) {
        String name = binding.name();
        if (parameter.getAnnotation(Query.class) != null || parameter.getAnnotation(Header.class) != null) {
            report.error(ErrorMessages.formAndQueryOrHeader(name), parameter);
            return false;
        }
        if (binding.defaultValue() != null && binding.isFile()) {
            report.error(ErrorMessages.defaultOnFile(name), parameter);
            return false;
        }
        if (binding.defaultValue() != null && binding.cardinality() != Cardinality.DEFAULTED) {
            report.error(binding.kind() == Kind.FORM_RECORD ? ErrorMessages.formRecordMember(name, "defaultValue")
                    : ErrorMessages.defaultOnOptional(name), parameter);
            return false;
        }
        return true;
    }

    /** A field converts from text, or is a file part; {@code record} names the record it is a component of. */
    private boolean validateFormField(Element reported, ParameterModel field, String record) {
        if (field.conversion() != null || field.isFile()) {
            return true;
        }
        String type = field.type().toString();
        report.error(ErrorMessages.unsupportedFormType(record.isEmpty() ? field.name() : record + "." + field.name(),
                type), reported);
        return false;
    }

    /** A record of fields: public, so that the handler can build it, with no name of its own and bindable fields. */
    private boolean validateFormRecord(VariableElement parameter, ParameterModel binding) {
        String name = binding.name();
        Form form = parameter.getAnnotation(Form.class);
        if (!form.value().isEmpty()) {
            report.error(ErrorMessages.formRecordMember(name, "value"), parameter);
            return false;
        }
        TypeElement record = (TypeElement) types.asElement(parameter.asType());
        for (Element level = record; level instanceof TypeElement; level = level.getEnclosingElement()) {
            if (!level.getModifiers().contains(Modifier.PUBLIC)) {
                report.error(ErrorMessages.formRecordNotPublic(name, record.getQualifiedName().toString()),
                        parameter);
                return false;
            }
        }
        boolean clean = true;
        for (ParameterModel field : binding.fields()) {
            clean &= validateFormField(parameter, field, name);
        }
        return clean;
    }

    /** A route has one body, and only methods that carry one may bind it. */
    private boolean validateBody(ExecutableElement method, VariableElement parameter, String earlierBody,
            List<HttpMethod> httpMethods) {
        String name = parameter.getSimpleName().toString();
        String methodName = method.getSimpleName().toString();
        if (earlierBody != null) {
            report.error(ErrorMessages.twoBodies(methodName, earlierBody, name), parameter);
            return false;
        }
        Optional<HttpMethod> bodiless = httpMethods.stream().filter(m -> !m.allowsBody()).findFirst();
        if (bodiless.isPresent()) {
            report.error(ErrorMessages.bodyWithoutBody(methodName, name, bodiless.get().name()), parameter);
            return false;
        }
        return true;
    }

    /**
     * Primitives, their boxes, strings, enums and the JDK's value types (UUID, LocalDate, BigDecimal...): types that
     * are never a JSON body, so an unannotated one is a path variable gone astray. A user's own class with a
     * String constructor is still taken as a body.
     */
    private boolean isPlainValue(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return true;
        }
        if (type.getKind() != TypeKind.DECLARED || !convertibleFromText.test(type)) {
            return false;
        }
        TypeElement element = (TypeElement) types.asElement(type);
        return element.getKind() == ElementKind.ENUM || element.getQualifiedName().toString().startsWith("java.");
    }

    /** Every variable of the path has a parameter of its name that is not a query or header value. */
    private boolean validateEveryVariableBound(ExecutableElement method, PathTemplate path) {
        boolean clean = true;
        for (String variable : path.variables()) {
            boolean bound = method.getParameters().stream()
                    .anyMatch(p -> p.getSimpleName().contentEquals(variable)
                            && p.getAnnotation(Query.class) == null && p.getAnnotation(Header.class) == null);
            if (!bound) {
                report.error(ErrorMessages.unboundPathVariable(path.text(), variable,
                        method.getSimpleName().toString()), method);
                clean = false;
            }
        }
        return clean;
    }

    /** The one declared type argument of {@code Optional<T>}; empty for a raw or wildcard one. */
    private static Optional<TypeMirror> onlyArgument(TypeMirror type) {
        List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
        return arguments.size() == 1 && arguments.get(0).getKind() == TypeKind.DECLARED
                ? Optional.of(arguments.get(0)) : Optional.empty();
    }
}
