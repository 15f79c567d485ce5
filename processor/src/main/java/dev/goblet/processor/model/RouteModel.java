package dev.goblet.processor.model;

import dev.goblet.HttpMethod;
import java.util.List;
import java.util.Optional;

/**
 * One {@code @Route} method.
 *
 * @param methodName the Java method's name, also the OpenAPI operation id
 * @param path the parsed path template
 * @param methods the HTTP methods it answers, in declaration order
 * @param status the status of a successful answer
 * @param contentTypes the request content types it accepts, lower case
 * @param parameters its parameters in declaration order
 * @param returns what the method returns and how the answer is built from it
 * @param returnType the declared return type
 * @param thrown the declared exception types, for the documented error answers
 * @param javadoc the method's doc comment, or empty
 * @param returnShape the shape of the JSON answer, for {@link Returns#JSON}; null otherwise
 * @param errors the error answers the method declares by throwing {@code HttpError} subclasses
 * @param docs how the route is documented
 * @param cors the route's CORS settings, its own or the app's; empty when it has none
 * @param security the route's authorizer and API key, its own or the app's
 * @param formLimits the size limits of its form body, when it binds one
 */
public record RouteModel(
        String methodName,
        PathTemplate path,
        List<HttpMethod> methods,
        int status,
        List<String> contentTypes,
        List<ParameterModel> parameters,
        Returns returns,
        TypeRef returnType,
        List<TypeRef> thrown,
        Optional<String> javadoc,
        TypeShape returnShape,
        List<ErrorModel> errors,
        OperationDocs docs,
        Optional<CorsModel> cors,
        RouteSecurity security,
        FormLimitsModel formLimits) {

    /** How a route's answer is built from what its method returns. */
    public enum Returns {
        /** {@code void}: an empty answer with the route's status. */
        NOTHING,
        /** A {@code dev.goblet.Response}, sent as the method built it. */
        RESPONSE,
        /** Any other value, sent as JSON with the route's status. */
        JSON
    }

    /** A route whose form body, if any, has the default limits. */
    public RouteModel(String methodName, PathTemplate path, List<HttpMethod> methods, int status,
            List<String> contentTypes, List<ParameterModel> parameters, Returns returns, TypeRef returnType,
            List<TypeRef> thrown, Optional<String> javadoc, TypeShape returnShape, List<ErrorModel> errors,
            OperationDocs docs, Optional<CorsModel> cors, RouteSecurity security) {
        this(methodName, path, methods, status, contentTypes, parameters, returns, returnType, thrown, javadoc,
                returnShape, errors, docs, cors, security, FormLimitsModel.DEFAULT);
    }

    public RouteModel {
        methods = List.copyOf(methods);
        contentTypes = List.copyOf(contentTypes);
        parameters = List.copyOf(parameters);
        thrown = List.copyOf(thrown);
        errors = List.copyOf(errors);
    }

    /** A public route. */
    public RouteModel(String methodName, PathTemplate path, List<HttpMethod> methods, int status,
            List<String> contentTypes, List<ParameterModel> parameters, Returns returns, TypeRef returnType,
            List<TypeRef> thrown, Optional<String> javadoc, TypeShape returnShape, List<ErrorModel> errors,
            OperationDocs docs, Optional<CorsModel> cors) {
        this(methodName, path, methods, status, contentTypes, parameters, returns, returnType, thrown, javadoc,
                returnShape, errors, docs, cors, RouteSecurity.NONE);
    }

    /** A route without CORS. */
    public RouteModel(String methodName, PathTemplate path, List<HttpMethod> methods, int status,
            List<String> contentTypes, List<ParameterModel> parameters, Returns returns, TypeRef returnType,
            List<TypeRef> thrown, Optional<String> javadoc, TypeShape returnShape, List<ErrorModel> errors,
            OperationDocs docs) {
        this(methodName, path, methods, status, contentTypes, parameters, returns, returnType, thrown, javadoc,
                returnShape, errors, docs, Optional.empty());
    }

    /** This route with {@code cors} as its CORS settings. */
    public RouteModel withCors(Optional<CorsModel> cors) {
        return new RouteModel(methodName, path, methods, status, contentTypes, parameters, returns, returnType,
                thrown, javadoc, returnShape, errors, docs, cors, security, formLimits);
    }

    /** This route with {@code security} as its authorizer and API key. */
    public RouteModel withSecurity(RouteSecurity security) {
        return new RouteModel(methodName, path, methods, status, contentTypes, parameters, returns, returnType,
                thrown, javadoc, returnShape, errors, docs, cors, security, formLimits);
    }

    /** This route with {@code formLimits} as the size limits of its form body. */
    public RouteModel withFormLimits(FormLimitsModel formLimits) {
        return new RouteModel(methodName, path, methods, status, contentTypes, parameters, returns, returnType,
                thrown, javadoc, returnShape, errors, docs, cors, security, formLimits);
    }

    /** A route without schemas or documentation, for writers and tests that need none. */
    public RouteModel(String methodName, PathTemplate path, List<HttpMethod> methods, int status,
            List<String> contentTypes, List<ParameterModel> parameters, Returns returns, TypeRef returnType,
            List<TypeRef> thrown, Optional<String> javadoc) {
        this(methodName, path, methods, status, contentTypes, parameters, returns, returnType, thrown, javadoc,
                null, List.of(), OperationDocs.named(methodName));
    }

    /** Whether a parameter takes the body: as JSON, as bytes, or as a form's fields. */
    public boolean bindsBody() {
        return parameters.stream().anyMatch(p ->
                p.kind() == ParameterModel.Kind.BODY || p.kind() == ParameterModel.Kind.RAW_BODY || p.isForm());
    }

    /** Whether its parameters bind from a form body. */
    public boolean bindsForm() {
        return parameters.stream().anyMatch(ParameterModel::isForm);
    }
}
