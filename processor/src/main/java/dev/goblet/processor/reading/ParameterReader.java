package dev.goblet.processor.reading;

import dev.goblet.Form;
import dev.goblet.Header;
import dev.goblet.HttpMethod;
import dev.goblet.Query;
import dev.goblet.processor.model.ConstraintModel;
import dev.goblet.processor.model.ParameterModel;
import dev.goblet.processor.model.ParameterModel.Cardinality;
import dev.goblet.processor.model.ParameterModel.Kind;
import dev.goblet.processor.model.PathTemplate;
import dev.goblet.processor.model.SchemaDocs;
import dev.goblet.processor.model.TextConversion;
import dev.goblet.processor.model.TypeRef;
import dev.goblet.processor.model.TypeShape;
import dev.goblet.processor.validation.ParameterValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Decides where each parameter of a route method takes its value from and how, then has the
 * {@link ParameterValidator} check those bindings before they are documented for the OpenAPI document.
 */
final class ParameterReader {
    private final Types types;
    private final TextConversions conversions;
    private final ParameterValidator validator;
    private final ConstraintReader constraints;

    ParameterReader(Types types, TextConversions conversions, ParameterValidator validator,
            ConstraintReader constraints) {
        this.types = types;
        this.conversions = conversions;
        this.validator = validator;
        this.constraints = constraints;
    }

    /** The method's parameters as bound, or empty when one of them cannot be (the report says why). */
    Optional<List<ParameterModel>> read(ExecutableElement method, PathTemplate path, List<HttpMethod> httpMethods,
            TypeShapeReader shapes, DocComment doc) {
        List<ParameterModel> bindings = new ArrayList<>();
        for (VariableElement parameter : method.getParameters()) {
            bindings.add(bind(parameter, path));
        }
        if (!validator.validate(method, path, httpMethods, bindings)) {
            return Optional.empty();
        }
        List<ParameterModel> documented = new ArrayList<>();
        for (int i = 0; i < bindings.size(); i++) {
            documented.add(documented(bindings.get(i), method.getParameters().get(i), shapes, doc));
        }
        return Optional.of(documented);
    }

    /**
     * Where the value comes from: {@code @Query} and {@code @Header} say so; the request and the Lambda context are
     * known by their type; a parameter named as a path variable is that variable; any other is the body.
     */
    private ParameterModel bind(VariableElement parameter, PathTemplate path) {
        String name = parameter.getSimpleName().toString();
        TypeMirror type = parameter.asType();
        Query query = parameter.getAnnotation(Query.class);
        Header header = parameter.getAnnotation(Header.class);
        Form form = parameter.getAnnotation(Form.class);
        if (form != null && query == null && header == null) {
            return formValue(parameter, form);
        }
        if (query != null) {
            return textValue(parameter, Kind.QUERY, query.value().isEmpty() ? name : query.value(),
                    query.defaultValue());
        }
        if (header != null) {
            return textValue(parameter, Kind.HEADER, header.value(), header.defaultValue());
        }
        if (isType(type, "dev.goblet.Request")) {
            return whole(name, Kind.REQUEST, type);
        }
        if (isType(type, "com.amazonaws.services.lambda.runtime.Context")) {
            return whole(name, Kind.LAMBDA_CONTEXT, type);
        }
        if (path.variables().contains(name)) {
            return textValue(parameter, Kind.PATH, name, "");
        }
        if (type.getKind() == TypeKind.ARRAY && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
            return whole(name, Kind.RAW_BODY, type);
        }
        return body(name, type);
    }

    /**
     * A value from text: {@code Optional<T>} may be absent, {@code List<T>} takes every value, a default makes a
     * plain one optional. The default is kept even where it cannot apply, so that validation can say so.
     */
    private ParameterModel textValue(VariableElement parameter, Kind kind, String external, String defaultValue) {
        return textValue(parameter.getSimpleName().toString(), parameter.asType(), kind, external, defaultValue);
    }

    private ParameterModel textValue(String name, TypeMirror type, Kind kind, String external, String defaultValue) {
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
        // A file part takes no conversion: the form reader makes it.
        TextConversion conversion = valueType == null || isType(valueType, ParameterModel.FILE_PART) ? null
                : conversions.find(valueType).orElse(null);
        return new ParameterModel(name, kind, TypeRefs.of(type), external,
                cardinality, defaultValue.isEmpty() ? null : defaultValue, typeRef(valueType), conversion);
    }

    /**
     * A form field, or a record of them: a record that does not convert from text binds the whole form, each of its
     * components the field of its name, in the order of its canonical constructor.
     */
    private ParameterModel formValue(VariableElement parameter, Form form) {
        String name = parameter.getSimpleName().toString();
        TypeMirror type = parameter.asType();
        String external = form.value().isEmpty() ? name : form.value();
        if (!isRecord(type) || conversions.find(type).isPresent()) {
            return textValue(name, type, Kind.FORM, external, form.defaultValue());
        }
        List<ParameterModel> fields = new ArrayList<>();
        for (RecordComponentElement component : ((TypeElement) types.asElement(type)).getRecordComponents()) {
            TypeMirror componentType = ((ExecutableType) types.asMemberOf((DeclaredType) type,
                    component.getAccessor())).getReturnType();
            String componentName = component.getSimpleName().toString();
            fields.add(textValue(componentName, componentType, Kind.FORM, componentName, ""));
        }
        TypeRef typeRef = TypeRefs.of(type);
        return new ParameterModel(name, Kind.FORM_RECORD, typeRef, external, Cardinality.REQUIRED,
                form.defaultValue().isEmpty() ? null : form.defaultValue(), typeRef, null, null, SchemaDocs.NONE,
                List.of(), fields);
    }

    private boolean isRecord(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED && types.asElement(type).getKind() == ElementKind.RECORD;
    }

    private ParameterModel body(String name, TypeMirror type) {
        boolean optional = isType(type, "java.util.Optional");
        TypeMirror valueType = optional ? typeArgument(type) : type;
        return new ParameterModel(name, Kind.BODY, TypeRefs.of(type), name,
                optional ? Cardinality.OPTIONAL : Cardinality.REQUIRED, null, typeRef(valueType), null);
    }

    /**
     * The parameter with the shape of one of its values and its description ({@code @Parameter}, else the method's
     * {@code @param}), read now so that the OpenAPI writer needs no element.
     */
    private ParameterModel documented(ParameterModel model, VariableElement parameter, TypeShapeReader shapes,
            DocComment doc) {
        if (model.kind() == Kind.REQUEST || model.kind() == Kind.LAMBDA_CONTEXT) {
            return model;
        }
        if (model.kind() == Kind.FORM_RECORD) {
            return documentedRecord(model, parameter, shapes);
        }
        TypeMirror type = parameter.asType();
        boolean wrapped = model.cardinality() == Cardinality.OPTIONAL || model.cardinality() == Cardinality.MANY;
        TypeShape shape = model.kind() == Kind.RAW_BODY || model.isFile() ? new TypeShape.Binary()
                : shapes.read(wrapped ? typeArgument(type) : type);
        SchemaDocs docs = AnnotationLookup.schemaDocs(AnnotationLookup.find(parameter, AnnotationLookup.PARAMETER))
                .orDescription(Optional.ofNullable(doc.params().get(model.name())));
        // A path, query or header value is checked after conversion; a body's own type carries its constraints.
        List<ConstraintModel> checks = switch (model.kind()) {
            case PATH, QUERY, HEADER, FORM -> constraints.read(wrapped ? List.of(parameter, typeArgument(type))
                    : List.of(parameter), wrapped ? typeArgument(type) : type, "parameter '" + model.name() + "'");
            default -> List.of();
        };
        return new ParameterModel(model.name(), model.kind(), model.type(), model.externalName(), model.cardinality(),
                model.defaultValue(), model.valueType(), model.conversion(), shape, docs, checks);
    }

    /**
     * A form record with each field's shape and constraints, which Bean Validation annotations on a component put on
     * the component, its accessor, its field or the canonical constructor's parameter, depending on their targets.
     */
    private ParameterModel documentedRecord(ParameterModel model, VariableElement parameter, TypeShapeReader shapes) {
        TypeElement record = (TypeElement) types.asElement(parameter.asType());
        List<ParameterModel> fields = new ArrayList<>();
        for (ParameterModel field : model.fields()) {
            RecordComponentElement component = record.getRecordComponents().stream()
                    .filter(c -> c.getSimpleName().contentEquals(field.name())).findFirst().orElseThrow();
            TypeMirror type = ((ExecutableType) types.asMemberOf((DeclaredType) parameter.asType(),
                    component.getAccessor())).getReturnType();
            boolean wrapped = field.cardinality() == Cardinality.OPTIONAL || field.cardinality() == Cardinality.MANY;
            TypeMirror valueType = wrapped ? typeArgument(type) : type;
            List<AnnotatedConstruct> sources = new ArrayList<>(List.of(component, component.getAccessor()));
            ElementFilter.fieldsIn(record.getEnclosedElements()).stream()
                    .filter(f -> f.getSimpleName().contentEquals(field.name())).forEach(sources::add);
            ElementFilter.constructorsIn(record.getEnclosedElements()).stream()
                    .filter(c -> c.getParameters().size() == record.getRecordComponents().size())
                    .flatMap(c -> c.getParameters().stream())
                    .filter(p -> p.getSimpleName().contentEquals(field.name())).forEach(sources::add);
            if (wrapped && valueType != null) {
                sources.add(valueType);
            }
            TypeShape shape = field.isFile() ? new TypeShape.Binary() : valueType == null || field.conversion() == null
                    ? null : shapes.read(valueType);
            List<ConstraintModel> checks = valueType == null ? List.of()
                    : constraints.read(sources, valueType, "form field '" + field.name() + "'");
            fields.add(new ParameterModel(field.name(), field.kind(), field.type(), field.externalName(),
                    field.cardinality(), null, field.valueType(), field.conversion(), shape, SchemaDocs.NONE, checks));
        }
        SchemaDocs docs = AnnotationLookup.schemaDocs(AnnotationLookup.find(parameter, AnnotationLookup.PARAMETER));
        return new ParameterModel(model.name(), model.kind(), model.type(), model.externalName(), model.cardinality(),
                null, model.valueType(), null, null, docs, List.of(), fields);
    }

    /** A parameter that takes a whole thing: the request, the Lambda context, the raw body. */
    private static ParameterModel whole(String name, Kind kind, TypeMirror type) {
        TypeRef typeRef = TypeRefs.of(type);
        return new ParameterModel(name, kind, typeRef, name, Cardinality.REQUIRED, null, typeRef, null);
    }

    private boolean isType(TypeMirror type, String qualifiedName) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) types.asElement(type)).getQualifiedName().contentEquals(qualifiedName);
    }

    /** The one declared type argument of {@code Optional<T>} or {@code List<T>}; null for a raw or wildcard one. */
    private static TypeMirror typeArgument(TypeMirror type) {
        List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
        return arguments.size() == 1 && arguments.get(0).getKind() == TypeKind.DECLARED ? arguments.get(0) : null;
    }

    private static TypeRef typeRef(TypeMirror type) {
        return type == null ? null : TypeRefs.of(type);
    }
}
