package dev.goblet.processor.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An app: its {@code @App} class and its Lambda functions. The single input of every writer.
 *
 * @param name the app's name, as in {@code @App(name = "web-api")}
 * @param version the API version for the OpenAPI document
 * @param description the API's description, from {@code @App} or the class's Javadoc
 * @param appClass the class holding the routes
 * @param functions the app's functions, each deployed as a Lambda function of its own; names are unique
 * @param tables the DynamoDB tables the app declares, in declaration order
 * @param queues the SQS queues the app declares, in declaration order
 * @param topics the SNS topics the app declares, in declaration order
 * @param tags the tags the class declares with {@code @Tag}
 * @param schemas the named types the routes use, by schema name, in the order first met
 * @param cors the app's CORS settings, from {@code @Cors} beside {@code @App}; empty when it has none
 * @param authorizers the authorizers the routes name, in declaration order
 * @param eventSchemas the named types only event functions bind (their payloads and a pure function's answer),
 *     which the JSON codecs cover and the OpenAPI document, of the API alone, leaves out
 * @param binaryTypes the media types {@code @App(binaryTypes)} adds to the REST API's binary types
 *     ({@link BinaryTypes} makes the whole list)
 */
public record AppModel(
        String name,
        String version,
        Optional<String> description,
        ClassRef appClass,
        List<FunctionModel> functions,
        List<TableModel> tables,
        List<QueueModel> queues,
        List<TopicModel> topics,
        List<TagModel> tags,
        Map<String, NamedSchema> schemas,
        Optional<CorsModel> cors,
        List<AuthorizerModel> authorizers,
        Map<String, NamedSchema> eventSchemas,
        List<String> binaryTypes) {

    /** An app with Chalice's binary types and no more. */
    public AppModel(String name, String version, Optional<String> description, ClassRef appClass,
            List<FunctionModel> functions, List<TableModel> tables, List<QueueModel> queues, List<TopicModel> topics,
            List<TagModel> tags, Map<String, NamedSchema> schemas, Optional<CorsModel> cors,
            List<AuthorizerModel> authorizers, Map<String, NamedSchema> eventSchemas) {
        this(name, version, description, appClass, functions, tables, queues, topics, tags, schemas, cors,
                authorizers, eventSchemas, List.of());
    }

    /** An app whose event functions bind no type of their own. */
    public AppModel(String name, String version, Optional<String> description, ClassRef appClass,
            List<FunctionModel> functions, List<TableModel> tables, List<QueueModel> queues, List<TopicModel> topics,
            List<TagModel> tags, Map<String, NamedSchema> schemas, Optional<CorsModel> cors,
            List<AuthorizerModel> authorizers) {
        this(name, version, description, appClass, functions, tables, queues, topics, tags, schemas, cors,
                authorizers, Map.of());
    }

    /** An app whose routes are all public. */
    public AppModel(String name, String version, Optional<String> description, ClassRef appClass,
            List<FunctionModel> functions, List<TableModel> tables, List<QueueModel> queues, List<TopicModel> topics,
            List<TagModel> tags, Map<String, NamedSchema> schemas, Optional<CorsModel> cors) {
        this(name, version, description, appClass, functions, tables, queues, topics, tags, schemas, cors,
                List.of());
    }

    /** An app without CORS. */
    public AppModel(String name, String version, Optional<String> description, ClassRef appClass,
            List<FunctionModel> functions, List<TableModel> tables, List<QueueModel> queues, List<TopicModel> topics,
            List<TagModel> tags, Map<String, NamedSchema> schemas) {
        this(name, version, description, appClass, functions, tables, queues, topics, tags, schemas,
                Optional.empty());
    }

    public AppModel {
        functions = List.copyOf(functions);
        tables = List.copyOf(tables);
        queues = List.copyOf(queues);
        topics = List.copyOf(topics);
        tags = List.copyOf(tags);
        authorizers = List.copyOf(authorizers);
        schemas = Collections.unmodifiableMap(new LinkedHashMap<>(schemas));
        eventSchemas = Collections.unmodifiableMap(new LinkedHashMap<>(eventSchemas));
        binaryTypes = List.copyOf(binaryTypes);
        if (functions.stream().map(FunctionModel::name).distinct().count() != functions.size()) {
            throw new IllegalArgumentException("Two functions of app " + name + " share a name: " + functions);
        }
    }

    /**
     * The first function that serves routes, when the app has an API: its {@code api_handler}, unless every route
     * runs in a function of its own.
     */
    public Optional<ApiHandlerModel> api() {
        return apiFunctions().stream().findFirst();
    }

    /** The functions that serve the API's routes: {@code api_handler} first, then those routes name; each its own. */
    public List<ApiHandlerModel> apiFunctions() {
        return functions.stream().filter(ApiHandlerModel.class::isInstance).map(ApiHandlerModel.class::cast)
                .toList();
    }

    /** The routes of the app's API, whichever function serves them; empty when it has none. */
    public List<RouteModel> routes() {
        return apiFunctions().stream().flatMap(function -> function.routes().stream()).toList();
    }

    /** The authorizer routes call {@code name}, if the app has it. */
    public Optional<AuthorizerModel> authorizer(String name) {
        return authorizers.stream().filter(authorizer -> authorizer.name().equals(name)).findFirst();
    }

    /** The queue the app declares under {@code name}, if it does. */
    public Optional<QueueModel> queue(String name) {
        return queues.stream().filter(queue -> queue.name().equals(name)).findFirst();
    }

    /** The topic the app declares under {@code name}, if it does. */
    public Optional<TopicModel> topic(String name) {
        return topics.stream().filter(topic -> topic.name().equals(name)).findFirst();
    }

    /** The functions' config keys, in the app's order. */
    public List<String> functionNames() {
        return functions.stream().map(FunctionModel::name).toList();
    }

    /** {@code web-api} becomes {@code WebApiHandler}. */
    public static String handlerSimpleName(String appName) {
        return EventSource.logicalIdOf(appName) + "Handler";
    }
}
