package dev.goblet.processor.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An app: its {@code @App} class and its routes. The single input of every writer.
 *
 * @param name the app's name, as in {@code @App(name = "web-api")}
 * @param version the API version for the OpenAPI document
 * @param description the API's description, from {@code @App} or the class's Javadoc
 * @param appClass the class holding the routes
 * @param handlerClass the generated Lambda entry point
 * @param routes the routes in declaration order
 * @param tables the DynamoDB tables the app declares, in declaration order
 * @param tags the tags the class declares with {@code @Tag}
 * @param schemas the named types the routes use, by schema name, in the order first met
 */
public record AppModel(
        String name,
        String version,
        Optional<String> description,
        ClassRef appClass,
        ClassRef handlerClass,
        List<RouteModel> routes,
        List<TableModel> tables,
        List<TagModel> tags,
        Map<String, NamedSchema> schemas) {

    public AppModel {
        routes = List.copyOf(routes);
        tables = List.copyOf(tables);
        tags = List.copyOf(tags);
        schemas = Collections.unmodifiableMap(new LinkedHashMap<>(schemas));
    }

    /** An app without tables, tags or schemas, for writers and tests that need none. */
    public AppModel(String name, String version, Optional<String> description, ClassRef appClass,
            ClassRef handlerClass, List<RouteModel> routes) {
        this(name, version, description, appClass, handlerClass, routes, List.of(), List.of(), Map.of());
    }

    /** {@code web-api} becomes {@code WebApiHandler}. */
    public static String handlerSimpleName(String appName) {
        StringBuilder name = new StringBuilder();
        for (String word : appName.split("[-_]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.append("Handler").toString();
    }
}
