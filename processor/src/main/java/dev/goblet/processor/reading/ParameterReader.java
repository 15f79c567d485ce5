package dev.goblet.processor.reading;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;
import dev.goblet.Header;
import dev.goblet.HttpMethod;
import dev.goblet.Query;
import dev.goblet.processor.model.ParameterModel;
import dev.goblet.processor.model.ParameterModel.Cardinality;
import dev.goblet.processor.model.ParameterModel.Kind;
import dev.goblet.processor.model.PathTemplate;
import dev.goblet.processor.model.SchemaDocs;
import dev.goblet.processor.model.TypeShape;
import dev.goblet.processor.validation.ErrorMessages;
import dev.goblet.processor.validation.Suggestions;
import dev.goblet.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/** Decides how each parameter of a route method is bound, reporting parameters that cannot be. */
final class ParameterReader {
    private final Types types;
    private final TextConversions conversions;
    private final ValidationReport report;

    ParameterReader(Types types, ValidationReport report) {
        this.types = types;
        this.conversions = new TextConversions(types);
        this.report = report;
    }

    /** The method's parameters as bound, or empty when one of them cannot be (the report says why). */
    Optional<List<ParameterModel>> read(ExecutableElement method, PathTemplate path, List<HttpMethod> httpMethods,
            TypeShapeReader shapes, DocComment doc) {
        List<ParameterModel> parameters = new ArrayList<>();
        boolean clean = true;
        String body = null;
        for (VariableElement parameter : method.getParameters()) {
            Optional<ParameterModel> model = read(method, parameter, path);
            if (model.isEmpty()) {
                clean = false;
                continue;
            }
            ParameterModel bound = documented(model.get(), parameter, shapes, doc);
            if (bound.kind() == Kind.BODY || bound.kind() == Kind.RAW_BODY) {
                if (body != null) {
                    report.error(ErrorMessages.twoBodies(name(method), body, bound.name()), parameter);
                    clean = false;
                    continue;
                }
                body = bound.name();
                Optional<HttpMethod> bodiless = httpMethods.stream().filter(m -> !m.allowsBody()).findFirst();
                if (bodiless.isPresent()) {
                    report.error(ErrorMessages.bodyWithoutBody(name(method), bound.name(), bodiless.get().name()),
                            parameter);
                    clean = false;
                    continue;
                }
            }
            parameters.add(bound);
        }
        clean &= checkEveryVariableBound(method, path, parameters);
        return clean ? Optional.of(parameters) : Optional.empty();
    }

    private Optional<ParameterModel> read(ExecutableElement method, VariableElement parameter, PathTemplate path) {
        String name = parameter.getSimpleName().toString();
        TypeMirror type = parameter.asType();
        Query query = parameter.getAnnotation(Query.class);
        Header header = parameter.getAnnotation(Header.class);
        if (query != null && header != null) {
            report.error(ErrorMessages.queryAndHeader(name), parameter);
            return Optional.empty();
        }
        if (query != null) {
            String external = query.value().isEmpty() ? name : query.value();
            return textValue(parameter, Kind.QUERY, external, query.defaultValue(), "Query");
        }
        if (header != null) {
            return textValue(parameter, Kind.HEADER, header.value(), header.defaultValue(), "Header");
        }
        if (isType(type, "dev.goblet.Request")) {
            return Optional.of(simple(name, Kind.REQUEST, type));
        }
        if (isType(type, "com.amazonaws.services.lambda.runtime.Context")) {
            return Optional.of(simple(name, Kind.LAMBDA_CONTEXT, type));
        }
        if (path.variables().contains(name)) {
            return pathVariable(parameter);
        }
        return body(method, parameter, path);
    }

    /**
     * The parameter with the shape of one of its values and its description ({@code @Parameter}, else the method's
     * {@code @param}), read now so that the OpenAPI writer needs no element.
     */
    private ParameterModel documented(ParameterModel model, VariableElement parameter, TypeShapeReader shapes,
            DocComment doc) {
        TypeMirror type = parameter.asType();
        TypeShape shape;
        switch (model.kind()) {
            case REQUEST:
            case LAMBDA_CONTEXT:
                return model;
            case RAW_BODY:
                shape = new TypeShape.Binary();
                break;
            case BODY:
                shape = shapes.read(model.cardinality() == Cardinality.OPTIONAL ? typeArgument(type) : type);
                break;
            default:
                boolean wrapped = model.cardinality() == Cardinality.OPTIONAL
                        || model.cardinality() == Cardinality.MANY;
                shape = shapes.read(wrapped ? typeArgument(type) : type);
                break;
        }
        SchemaDocs docs = TypeShapeReader.schemaDocs(AnnotationLookup.find(parameter, AnnotationLookup.PARAMETER))
                .orDescription(Optional.ofNullable(doc.params().get(model.name())));
        return new ParameterModel(model.name(), model.kind(), model.type(), model.externalName(), model.cardinality(),
                model.defaultValue(), model.valueType(), model.converter(), shape, docs);
    }

    private Optional<ParameterModel> pathVariable(VariableElement parameter) {
        String name = parameter.getSimpleName().toString();
        TypeMirror type = parameter.asType();
        if (isType(type, "java.util.Optional") || isType(type, "java.util.List")) {
            report.error(ErrorMessages.pathVariableNotSingle(name, type.toString()), parameter);
            return Optional.empty();
        }
        Optional<CodeBlock> converter = conversions.converterFor(type);
        if (converter.isEmpty()) {
            report.error(ErrorMessages.unsupportedValueType(type.toString(), "Path", name), parameter);
            return Optional.empty();
        }
        TypeName typeName = TypeName.get(type);
        return Optional.of(new ParameterModel(name, Kind.PATH, typeName, name, Cardinality.REQUIRED, null,
                typeName, converter.get()));
    }

    private Optional<ParameterModel> textValue(
            VariableElement parameter, Kind kind, String external, String defaultValue, String source) {
        String name = parameter.getSimpleName().toString();
        TypeMirror type = parameter.asType();
        Cardinality cardinality = Cardinality.REQUIRED;
        TypeMirror valueType = type;
        if (isType(type, "java.util.Optional")) {
            cardinality = Cardinality.OPTIONAL;
            valueType = typeArgument(type);
        } else if (isType(type, "java.util.List")) {
            cardinality = Cardinality.MANY;
            valueType = typeArgument(type);
        } else if (!defaultValue.isEmpty()) {
            cardinality = Cardinality.DEFAULTED;
        }
        if (!defaultValue.isEmpty() && cardinality != Cardinality.DEFAULTED) {
            report.error(ErrorMessages.defaultOnOptional(name), parameter);
            return Optional.empty();
        }
        Optional<CodeBlock> converter = valueType == null ? Optional.empty() : conversions.converterFor(valueType);
        if (converter.isEmpty()) {
            report.error(ErrorMessages.unsupportedValueType(type.toString(), source, name), parameter);
            return Optional.empty();
        }
        return Optional.of(new ParameterModel(name, kind, TypeName.get(type), external, cardinality,
                defaultValue.isEmpty() ? null : defaultValue, TypeName.get(valueType), converter.get()));
    }

    private Optional<ParameterModel> body(ExecutableElement method, VariableElement parameter, PathTemplate path) {
        String name = parameter.getSimpleName().toString();
        TypeMirror type = parameter.asType();
        if (type.getKind() == TypeKind.ARRAY && TypeName.get(type).equals(TypeName.get(byte[].class))) {
            return Optional.of(simple(name, Kind.RAW_BODY, type));
        }
        if (isPlainValue(type)) {
            // A plain value that is no path variable is most likely a typo in the template or a missing @Query.
            report.error(ErrorMessages.unknownParameter(name, name(method), path.text(),
                    Suggestions.closest(name, path.variables())), parameter);
            return Optional.empty();
        }
        Cardinality cardinality = Cardinality.REQUIRED;
        TypeMirror valueType = type;
        if (isType(type, "java.util.Optional")) {
            cardinality = Cardinality.OPTIONAL;
            valueType = typeArgument(type);
        }
        if (valueType == null || !bindableFromJson(valueType)) {
            report.error(ErrorMessages.bodyNotBindable(name, type.toString()), parameter);
            return Optional.empty();
        }
        TypeName valueName = TypeName.get(valueType);
        return Optional.of(new ParameterModel(name, Kind.BODY, TypeName.get(type), name, cardinality, null,
                valueName, null));
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
        if (type.getKind() != TypeKind.DECLARED || conversions.converterFor(type).isEmpty()) {
            return false;
        }
        TypeElement element = (TypeElement) types.asElement(type);
        return element.getKind() == javax.lang.model.element.ElementKind.ENUM
                || element.getQualifiedName().toString().startsWith("java.");
    }

    /** Jackson binds arrays, and declared types it can create: not interfaces other than collections, maps, JSON. */
    private boolean bindableFromJson(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY) {
            return true;
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement element = (TypeElement) types.asElement(type);
        String name = element.getQualifiedName().toString();
        if (name.startsWith("java.util.") || name.startsWith("com.fasterxml.jackson.databind.")) {
            return !name.startsWith("java.util.concurrent.") && !name.equals("java.util.Optional");
        }
        if (name.equals("java.lang.Object") || name.startsWith("java.io.") || name.startsWith("java.lang.Thread")) {
            return false;
        }
        if (element.getKind().isInterface() || element.getModifiers().contains(Modifier.ABSTRACT)) {
            // Jackson can bind these only with type information we cannot see here; allow when annotated for it.
            return element.getAnnotationMirrors().stream()
                    .anyMatch(a -> a.getAnnotationType().toString().startsWith("com.fasterxml.jackson.annotation"));
        }
        return element.getKind() == javax.lang.model.element.ElementKind.RECORD
                || element.getKind() == javax.lang.model.element.ElementKind.ENUM
                || !ElementFilter.constructorsIn(element.getEnclosedElements()).isEmpty();
    }

    private boolean checkEveryVariableBound(ExecutableElement method, PathTemplate path,
            List<ParameterModel> parameters) {
        boolean clean = true;
        for (String variable : path.variables()) {
            boolean bound = method.getParameters().stream()
                    .anyMatch(p -> p.getSimpleName().contentEquals(variable)
                            && p.getAnnotation(Query.class) == null && p.getAnnotation(Header.class) == null);
            if (!bound) {
                report.error(ErrorMessages.unboundPathVariable(path.text(), variable, name(method)), method);
                clean = false;
            }
        }
        return clean;
    }

    private static ParameterModel simple(String name, Kind kind, TypeMirror type) {
        TypeName typeName = TypeName.get(type);
        return new ParameterModel(name, kind, typeName, name, Cardinality.REQUIRED, null, typeName, null);
    }

    private boolean isType(TypeMirror type, String qualifiedName) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) types.asElement(type)).getQualifiedName().contentEquals(qualifiedName);
    }

    private static TypeMirror typeArgument(TypeMirror type) {
        List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
        return arguments.size() == 1 && arguments.get(0).getKind() == TypeKind.DECLARED ? arguments.get(0) : null;
    }

    private static String name(ExecutableElement method) {
        return method.getSimpleName().toString();
    }
}
