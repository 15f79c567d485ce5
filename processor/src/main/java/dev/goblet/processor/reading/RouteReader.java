package dev.goblet.processor.reading;

import dev.goblet.FormLimits;
import dev.goblet.Route;
import dev.goblet.processor.model.FormLimitsModel;
import dev.goblet.processor.model.ParameterModel;
import dev.goblet.processor.model.PathTemplate;
import dev.goblet.processor.model.RouteModel;
import dev.goblet.processor.model.RouteModel.Returns;
import dev.goblet.processor.model.TagModel;
import dev.goblet.processor.model.TypeRef;
import dev.goblet.processor.model.TypeShape;
import dev.goblet.processor.validation.RouteValidator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one {@code @Route} method into a {@link RouteModel}, once the {@link RouteValidator} found the method and its
 * annotation sound; its parameters are read and checked by the {@link ParameterReader}.
 */
final class RouteReader {
    private static final String URLENCODED = "application/x-www-form-urlencoded";
    private static final String MULTIPART = "multipart/form-data";

    private final Types types;
    private final TypeElement response;
    private final RouteValidator validator;
    private final ParameterReader parameters;
    private final RouteDocsReader docs;
    private final JavadocReader javadoc;

    RouteReader(Elements elements, Types types, RouteValidator validator, ParameterReader parameters,
            JavadocReader javadoc, RouteDocsReader docs) {
        this.types = types;
        this.response = elements.getTypeElement("dev.goblet.Response");
        this.validator = validator;
        this.parameters = parameters;
        this.docs = docs;
        this.javadoc = javadoc;
    }

    /** The route, or empty when the method, its annotation or one of its parameters breaks a rule. */
    Optional<RouteModel> read(ExecutableElement method, TypeShapeReader shapes, List<TagModel> tags) {
        if (!validator.validate(method)) {
            return Optional.empty();
        }
        Route route = method.getAnnotation(Route.class);
        PathTemplate path = PathTemplate.parse(route.path()).template();
        DocComment doc = javadoc.read(method);
        Optional<List<ParameterModel>> bound = parameters.read(method, path, List.of(route.methods()), shapes, doc);
        if (bound.isEmpty()) {
            return Optional.empty();
        }
        Returns returns = returns(method.getReturnType());
        // A void route answers 204 No Content unless it asks for another status.
        int status = returns == Returns.NOTHING && route.status() == 200 ? 204 : route.status();
        List<TypeRef> thrown = method.getThrownTypes().stream().map(TypeRefs::of).collect(Collectors.toList());
        TypeShape returnShape = returns == Returns.JSON ? shapes.read(method.getReturnType()) : null;
        RouteModel read = new RouteModel(method.getSimpleName().toString(), path, List.of(route.methods()), status,
                contentTypes(method, route, bound.get()), bound.get(), returns, TypeRefs.of(method.getReturnType()),
                thrown, javadoc.text(method), returnShape, docs.errors(method, doc), docs.operation(method, doc, tags));
        return Optional.of(read.bindsForm() ? read.withFormLimits(formLimits(method)) : read);
    }

    /**
     * The content types the route lists; a form route that lists none takes both form types, or multipart alone when
     * it binds a file, which only multipart carries.
     */
    private static List<String> contentTypes(ExecutableElement method, Route route, List<ParameterModel> bound) {
        boolean form = bound.stream().anyMatch(ParameterModel::isForm);
        boolean listed = AnnotationLookup.find(method, "dev.goblet.Route").map(mirror -> mirror.getElementValues()
                .keySet().stream().anyMatch(member -> member.getSimpleName().contentEquals("contentTypes")))
                .orElse(false);
        if (form && !listed) {
            boolean files = bound.stream().anyMatch(p -> p.isFile() || p.fields().stream()
                    .anyMatch(ParameterModel::isFile));
            return files ? List.of(MULTIPART) : List.of(URLENCODED, MULTIPART);
        }
        return Arrays.stream(route.contentTypes()).map(type -> type.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toList());
    }

    /** {@code @FormLimits} of the method, else of its class (the app or a blueprint), else the defaults. */
    private static FormLimitsModel formLimits(ExecutableElement method) {
        FormLimits limits = method.getAnnotation(FormLimits.class);
        if (limits == null) {
            limits = method.getEnclosingElement().getAnnotation(FormLimits.class);
        }
        return limits == null ? FormLimitsModel.DEFAULT
                : new FormLimitsModel(limits.maxBytes(), limits.maxPartBytes());
    }

    private Returns returns(TypeMirror type) {
        if (type.getKind() == TypeKind.VOID) {
            return Returns.NOTHING;
        }
        boolean response = this.response != null
                && types.isAssignable(types.erasure(type), types.erasure(this.response.asType()));
        return response ? Returns.RESPONSE : Returns.JSON;
    }
}
