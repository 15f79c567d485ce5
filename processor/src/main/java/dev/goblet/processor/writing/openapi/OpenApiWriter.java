package dev.goblet.processor.writing.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.goblet.HttpMethod;
import dev.goblet.function.AppResources;
import dev.goblet.processor.model.ApiHandlerModel;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.CorsPath;
import dev.goblet.processor.model.ErrorModel;
import dev.goblet.processor.model.NamedSchema;
import dev.goblet.processor.model.ParameterModel;
import dev.goblet.processor.model.ParameterModel.Cardinality;
import dev.goblet.processor.model.ParameterModel.Kind;
import dev.goblet.processor.model.PathTemplate;
import dev.goblet.processor.model.RouteModel;
import dev.goblet.processor.model.TagModel;
import dev.goblet.processor.model.TypeShape;
import dev.goblet.processor.writing.GeneratedFiles;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes an app's OpenAPI 3.0 document from its model: a path item per route template, an operation per method,
 * parameters, request body and responses with schemas, the named types under {@code components/schemas}, and the
 * errors each route can answer with, in Chalice's {@code {"Code", "Message"}} body.
 *
 * <p>The document also names API Gateway request validators, so that API Gateway rejects a body or a parameter
 * that does not match before the function runs; the runtime rejects the same requests locally.
 */
public final class OpenApiWriter {
    /** API Gateway validator that checks the JSON body against its schema and the required parameters. */
    static final String VALIDATE_ALL = "body-and-parameters";
    /** API Gateway validator that checks the required parameters only: routes without a JSON body. */
    static final String VALIDATE_PARAMETERS = "parameters-only";
    private static final String JSON = "application/json";
    /** swagger-core's YAML mapper, with long descriptions kept on one line. */
    private static final ObjectWriter YAML = yamlWriter();

    private OpenApiWriter() {}

    /** The document of the app's API, ready to write or to embed in the SAM template as the API's definition. */
    public static OpenAPI document(AppModel app, ApiHandlerModel api) {
        String errorSchema = errorSchemaName(app);
        OpenAPI document = new OpenAPI()
                .info(new Info().title(app.name()).version(app.version()).description(app.description().orElse(null)))
                .paths(new Paths());
        for (TagModel tag : app.tags()) {
            document.addTagsItem(new Tag().name(tag.name()).description(tag.description().orElse(null)));
        }
        for (RouteModel route : app.routes()) {
            if (route.docs().hidden()) {
                continue;
            }
            PathItem item = document.getPaths().computeIfAbsent(route.path().documentText(), path -> new PathItem());
            for (int i = 0; i < route.methods().size(); i++) {
                HttpMethod method = route.methods().get(i);
                String operationId = route.docs().operationId()
                        + (i == 0 ? "" : capitalize(method.name().toLowerCase(Locale.ROOT)));
                Operation operation = operation(route, operationId, errorSchema);
                SecuritySchemes.secure(operation, route, app, errorSchema);
                item.operation(PathItem.HttpMethod.valueOf(method.name()), operation);
            }
        }
        for (CorsPath cors : CorsPath.of(app.routes())) {
            PathItem item = document.getPaths().get(PathTemplate.documentText(cors.path()));
            if (item != null && item.getOptions() == null) {
                item.setOptions(preflight(cors));
            }
        }
        Components components = new Components();
        for (NamedSchema schema : app.schemas().values()) {
            components.addSchemas(schema.name(), SchemaWriter.named(schema));
        }
        components.addSchemas(errorSchema, errorSchema());
        SecuritySchemes.declare(components, app);
        document.components(components);
        document.addExtension("x-amazon-apigateway-request-validators", validators());
        return document;
    }

    /**
     * Writes the document as {@code openapi.yaml} and {@code openapi.json} in the app's folder of the output, and
     * the JSON as the class-path resource {@code META-INF/goblet/<app>/openapi.json} for the local server. The files
     * name the deployed API as their server ({@link #deployedServer}); the copy embedded in the template does not,
     * as API Gateway makes that URL.
     *
     * @param folder the app's folder in the output, empty or ending in {@code /}
     * @param stageName the API's stage as the top level of the stage config names it: the URL's default prefix
     */
    public static void write(AppModel app, OpenAPI document, String stageName, GeneratedFiles files, String folder)
            throws IOException {
        ObjectNode tree = withServer(Json.mapper().valueToTree(document), deployedServer(stageName));
        String json = Json.pretty().writeValueAsString(tree) + "\n";
        files.writeDocument(folder + "openapi.yaml", YAML.writeValueAsString(tree));
        files.writeDocument(folder + "openapi.json", json);
        files.writeResource(AppResources.openApiJson(app.name()), json);
    }

    /**
     * API Gateway's URL of a REST API, {@code https://{restApiId}.execute-api.{region}.amazonaws.com/{stage}}, with
     * the stack's output {@code RestAPIId} and its region as variables, so that a generated client needs only those.
     */
    static ObjectNode deployedServer(String stageName) {
        ObjectNode server = Json.mapper().createObjectNode()
                .put("url", "https://{restApiId}.execute-api.{region}.amazonaws.com/{stage}")
                .put("description", "The deployed API: its stack's EndpointURL output");
        ObjectNode variables = server.putObject("variables");
        variables.putObject("restApiId").put("default", "restApiId")
                .put("description", "The stack's RestAPIId output");
        variables.putObject("region").put("default", "us-east-1").put("description", "The stack's region");
        variables.putObject("stage").put("default", stageName).put("description", "The API's stage");
        return server;
    }

    /** The document with {@code servers} after {@code info}, where readers of the document look for it. */
    private static ObjectNode withServer(ObjectNode document, ObjectNode server) {
        ObjectNode ordered = Json.mapper().createObjectNode();
        document.fields().forEachRemaining(field -> {
            ordered.set(field.getKey(), field.getValue());
            if (field.getKey().equals("info")) {
                ordered.putArray("servers").add(server);
            }
        });
        return ordered;
    }

    private static Operation operation(RouteModel route, String operationId, String errorSchema) {
        Operation operation = new Operation()
                .operationId(operationId)
                .summary(route.docs().summary().orElse(null))
                .description(route.docs().description().orElse(null));
        route.docs().tags().forEach(operation::addTagsItem);
        if (route.docs().deprecated()) {
            operation.deprecated(true);
        }
        for (ParameterModel parameter : route.parameters()) {
            switch (parameter.kind()) {
                case PATH, QUERY, HEADER -> operation.addParametersItem(parameter(parameter));
                case BODY, RAW_BODY -> operation.requestBody(requestBody(route, parameter));
                default -> { }
            }
        }
        if (route.bindsForm()) {
            operation.requestBody(formBody(route));
        }
        operation.responses(responses(route, errorSchema));
        boolean jsonBody = route.parameters().stream().anyMatch(p -> p.kind() == Kind.BODY);
        operation.addExtension("x-amazon-apigateway-request-validator", jsonBody ? VALIDATE_ALL : VALIDATE_PARAMETERS);
        return operation;
    }

    /**
     * The browser's preflight of a CORS path: API Gateway answers it itself (the template gives it a mock
     * integration), with the headers declared here.
     */
    private static Operation preflight(CorsPath cors) {
        Operation operation = new Operation()
                .operationId(cors.firstRoute().docs().operationId() + "Preflight")
                .summary("CORS preflight")
                .description("Answered by API Gateway for browsers before a cross-origin call.");
        cors.firstRoute().parameters().stream().filter(parameter -> parameter.kind() == Kind.PATH)
                .forEach(parameter -> operation.addParametersItem(parameter(parameter)));
        ApiResponse answer = new ApiResponse().description("The methods, headers and origin allowed.");
        cors.preflightHeaders().keySet().forEach(name -> answer.addHeaderObject(name,
                new Header().schema(new Schema<>().type("string"))));
        return operation.responses(new ApiResponses().addApiResponse("200", answer));
    }

    @SuppressWarnings("rawtypes")
    private static Parameter parameter(ParameterModel parameter) {
        Schema schema = SchemaWriter.shape(parameter.shape());
        ConstraintSchemas.apply(schema, parameter.shape(), parameter.constraints());
        if (parameter.cardinality() == Cardinality.MANY) {
            schema = new Schema<>().type("array").items(schema);
        }
        if (parameter.cardinality() == Cardinality.DEFAULTED) {
            schema.setDefault(SchemaWriter.value(parameter.defaultValue(), parameter.shape()));
        }
        Parameter written = new Parameter()
                .name(parameter.externalName())
                .in(parameter.kind().name().toLowerCase(Locale.ROOT))
                .required(parameter.kind() == Kind.PATH || parameter.required())
                .description(parameter.docs().description().orElse(null))
                .schema(schema);
        parameter.docs().example().ifPresent(e -> written.example(SchemaWriter.value(e, parameter.shape())));
        parameter.docs().format().filter(f -> parameter.shape() instanceof TypeShape.Scalar)
                .ifPresent(format -> written.getSchema().format(format));
        if (parameter.docs().deprecated()) {
            written.deprecated(true);
        }
        return written;
    }

    @SuppressWarnings("rawtypes")
    private static RequestBody requestBody(RouteModel route, ParameterModel parameter) {
        Schema schema = SchemaWriter.shape(parameter.shape());
        Content content = new Content();
        for (String contentType : route.contentTypes()) {
            MediaType media = new MediaType().schema(schema);
            parameter.docs().example().ifPresent(e -> media.example(SchemaWriter.value(e, parameter.shape())));
            content.addMediaType(contentType, media);
        }
        return new RequestBody()
                .description(parameter.docs().description().orElse(null))
                .required(parameter.cardinality() != Cardinality.OPTIONAL)
                .content(content);
    }

    /**
     * A form route's body: one object schema of every field its parameters bind (a record's components are fields
     * too), under each form type it takes; a file is a string of {@code format: binary}, as OpenAPI 3.0 writes it.
     */
    @SuppressWarnings("rawtypes")
    private static RequestBody formBody(RouteModel route) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (ParameterModel parameter : route.parameters()) {
            List<ParameterModel> fields = parameter.kind() == Kind.FORM_RECORD ? parameter.fields()
                    : parameter.kind() == Kind.FORM ? List.of(parameter) : List.of();
            for (ParameterModel field : fields) {
                Schema schema = SchemaWriter.shape(field.shape());
                ConstraintSchemas.apply(schema, field.shape(), field.constraints());
                if (field.cardinality() == Cardinality.MANY) {
                    schema = new Schema<>().type("array").items(schema);
                }
                if (field.cardinality() == Cardinality.DEFAULTED) {
                    schema.setDefault(SchemaWriter.value(field.defaultValue(), field.shape()));
                }
                field.docs().description().ifPresent(schema::setDescription);
                properties.put(field.externalName(), schema);
                if (field.required() || ConstraintSchemas.requires(field.constraints())) {
                    required.add(field.externalName());
                }
            }
        }
        Schema<Object> schema = new Schema<>().type("object");
        schema.setProperties(properties);
        if (!required.isEmpty()) {
            schema.setRequired(required);
        }
        Content content = new Content();
        route.contentTypes().forEach(type -> content.addMediaType(type, new MediaType().schema(schema)));
        return new RequestBody().required(!required.isEmpty()).content(content);
    }

    /** The success answer, then the errors by status: those the method throws and those Goblet answers itself. */
    private static ApiResponses responses(RouteModel route, String errorSchema) {
        ApiResponses responses = new ApiResponses();
        String status = String.valueOf(route.status());
        switch (route.returns()) {
            case NOTHING -> responses.addApiResponse(status, new ApiResponse()
                    .description(route.docs().returns().orElse(reason(route.status()))));
            case RESPONSE -> responses.addApiResponse(status, new ApiResponse()
                    .description(route.docs().returns().orElse("The response the handler builds.")));
            default -> responses.addApiResponse(status, new ApiResponse()
                    .description(route.docs().returns().orElse(reason(route.status())))
                    .content(new Content().addMediaType(JSON,
                            new MediaType().schema(SchemaWriter.shape(route.returnShape())))));
        }
        Map<Integer, String> errors = new TreeMap<>();
        // A status an exception handler answers with a Response of its own has a body the document cannot know.
        Set<Integer> ownBodies = new HashSet<>();
        for (ErrorModel error : route.errors()) {
            errors.merge(error.status(), error.description().map(d -> error.code() + ": " + d).orElse(error.code()),
                    OpenApiWriter::joined);
            if (!error.errorBody()) {
                ownBodies.add(error.status());
            }
        }
        frameworkErrors(route).forEach((code, description) -> errors.merge(code, description, OpenApiWriter::joined));
        Content errorContent = new Content().addMediaType(JSON,
                new MediaType().schema(new Schema<>().$ref(SchemaWriter.COMPONENTS + errorSchema)));
        errors.forEach((code, description) -> responses.addApiResponse(code == 0 ? "default" : String.valueOf(code),
                new ApiResponse().description(description).content(ownBodies.contains(code) ? null : errorContent)));
        return responses;
    }

    /**
     * The errors Goblet itself answers for this route: 400 when it binds a body or converts or requires a request
     * value (see {@link #canBeRejected}), 415 when it takes a body, and 500 for any failure of the handler.
     */
    private static Map<Integer, String> frameworkErrors(RouteModel route) {
        Map<Integer, String> errors = new LinkedHashMap<>();
        if (route.parameters().stream().anyMatch(OpenApiWriter::canBeRejected)) {
            errors.put(400, "BadRequestError: a parameter or the body is missing or malformed");
        }
        if (route.bindsForm()) {
            errors.put(413, "RequestEntityTooLargeError: the form body, or one of its parts, is over the route's"
                    + " limit");
        }
        if (route.bindsBody()) {
            errors.put(415, "UnsupportedMediaType: the body's content type is not one the route accepts");
        }
        errors.put(500, "InternalServerError: the handler failed");
        return errors;
    }

    /** A body, a required query or header value, a value converted from text or a constrained one can be bad. */
    private static boolean canBeRejected(ParameterModel parameter) {
        boolean text = parameter.valueType().toString().equals("java.lang.String");
        if (!parameter.constraints().isEmpty()) {
            return true;
        }
        return switch (parameter.kind()) {
            case BODY, FORM, FORM_RECORD -> true;
            case PATH -> !text;
            case QUERY, HEADER -> parameter.required() || !text;
            default -> false;
        };
    }

    private static String joined(String first, String second) {
        return first.equals(second) ? first : first + "; " + second;
    }

    /** Chalice's error body, {@code {"Code": "NotFoundError", "Message": "..."}}. */
    private static Schema<Object> errorSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("Code", new Schema<>().type("string").description("The error's name, such as NotFoundError."));
        properties.put("Message", new Schema<>().type("string").description("What went wrong, for a person."));
        Schema<Object> schema = new Schema<>().type("object").description("The body of every error answer.");
        schema.setProperties(properties);
        schema.setRequired(List.of("Code", "Message"));
        return schema;
    }

    /** {@code Error}, unless the app has a type of that name. */
    private static String errorSchemaName(AppModel app) {
        String name = "Error";
        while (app.schemas().containsKey(name)) {
            name = "Goblet" + name;
        }
        return name;
    }

    private static Map<String, Object> validators() {
        Map<String, Object> validators = new LinkedHashMap<>();
        validators.put(VALIDATE_ALL, validator(true));
        validators.put(VALIDATE_PARAMETERS, validator(false));
        return validators;
    }

    /** In a fixed order, so that builds repeat byte for byte. */
    private static Map<String, Object> validator(boolean body) {
        Map<String, Object> validator = new LinkedHashMap<>();
        validator.put("validateRequestBody", body);
        validator.put("validateRequestParameters", true);
        return validator;
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 204 -> "No Content";
            default -> "Success";
        };
    }

    private static ObjectWriter yamlWriter() {
        ObjectMapper mapper = Yaml.mapper().copy();
        ((YAMLFactory) mapper.getFactory()).disable(YAMLGenerator.Feature.SPLIT_LINES);
        return mapper.writerWithDefaultPrettyPrinter();
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
