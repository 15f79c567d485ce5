package dev.goblet.processor.writing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.EventFunctionModel;
import dev.goblet.processor.model.EventParameter;
import dev.goblet.processor.model.FunctionModel;
import dev.goblet.processor.model.NamedSchema;
import dev.goblet.processor.model.PropertyModel;
import dev.goblet.processor.model.TypeRef;
import dev.goblet.processor.model.TypeShape;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes an app's GraalVM reachability metadata, so that a native build of its Lambda needs no hand-written config:
 * {@code META-INF/native-image/<app package>/<app name>/reflect-config.json}, which {@code native-image} reads from
 * the class path by itself. Generated code reaches the app's records and enums without reflection, so they need no
 * entry; what is listed is what still goes through reflection:
 *
 * <ul>
 *   <li>every type jackson-databind binds (the codecs' fallbacks and event functions' payloads), with the types it
 *       reaches through its properties and type arguments, since databind introspects all of them;
 *   <li>every entry point, which Lambda's runtime builds by its class name.
 * </ul>
 *
 * <p>The legacy file format is used because every GraalVM release that builds Java 17 and 21 reads it (newer ones
 * still do). No {@code resource-config.json} is written: a deployed function loads none of the documents under
 * {@code META-INF/goblet/}, which only the local server and tools read.
 */
public final class NativeImageWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private NativeImageWriter() {}

    /** Where the metadata of {@code app} goes on the class path. */
    public static String folder(AppModel app) {
        return "META-INF/native-image/" + app.appClass().packageName() + "/" + app.name() + "/";
    }

    /** Writes the metadata; {@code codecs} has been asked for every codec of the app, so it knows databind's types. */
    public static void write(AppModel app, JsonCodecSet codecs, GeneratedFiles files) throws IOException {
        Map<String, NamedSchema> byType = new HashMap<>();
        app.schemas().values().forEach(schema -> schema.javaType()
                .ifPresent(type -> byType.put(type.toString(), schema)));
        Set<String> databound = new TreeSet<>();
        codecs.databound().keySet().forEach(type -> reach(type, app, byType, databound));
        for (FunctionModel function : app.functions()) {
            if (function instanceof EventFunctionModel event) {
                for (EventParameter parameter : event.parameters()) {
                    if (parameter.kind() == EventParameter.Kind.JSON) {
                        reach(parameter.type(), app, byType, databound);
                    }
                }
            }
        }
        ArrayNode entries = NODES.arrayNode();
        for (String type : databound) {
            entries.addObject().put("name", type)
                    .put("allDeclaredConstructors", true).put("allPublicConstructors", true)
                    .put("allDeclaredMethods", true).put("allPublicMethods", true)
                    .put("allDeclaredFields", true).put("allPublicFields", true);
        }
        Set<String> entryPoints = new TreeSet<>();
        app.functions().forEach(function -> entryPoints.add(function.entryPoint().binaryName()));
        for (String entryPoint : entryPoints) {
            if (!databound.contains(entryPoint)) {
                entries.addObject().put("name", entryPoint).put("allPublicConstructors", true)
                        .put("allPublicMethods", true);
            }
        }
        files.writeResource(folder(app) + "reflect-config.json", JSON.writeValueAsString(entries) + "\n");
    }

    /** Adds {@code type} and what databind reaches from it: type arguments, and the properties of app types. */
    private static void reach(TypeRef type, AppModel app, Map<String, NamedSchema> byType, Set<String> found) {
        if (type instanceof TypeRef.Array array) {
            reach(array.component(), app, byType, found);
            return;
        }
        if (!(type instanceof TypeRef.Declared declared)) {
            return;
        }
        declared.arguments().forEach(argument -> reach(argument, app, byType, found));
        String name = declared.type().canonicalName();
        // The JDK's types and Jackson's own are the JDK's and Jackson's published metadata's to cover.
        if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("com.fasterxml.jackson.")
                || !found.add(declared.type().binaryName())) {
            return;
        }
        NamedSchema schema = byType.get(rawType(declared).toString());
        if (schema instanceof NamedSchema.ObjectSchema object) {
            for (PropertyModel property : object.properties()) {
                Optional<TypeRef> javaType = property.javaType();
                if (javaType.isPresent()) {
                    reach(javaType.get(), app, byType, found);
                } else {
                    refOf(property.shape()).map(app.schemas()::get).flatMap(NamedSchema::javaType)
                            .ifPresent(ref -> reach(ref, app, byType, found));
                }
            }
        }
    }

    private static TypeRef rawType(TypeRef.Declared declared) {
        return declared.arguments().isEmpty() ? declared : new TypeRef.Declared(declared.type(), List.of());
    }

    private static Optional<String> refOf(TypeShape shape) {
        if (shape instanceof TypeShape.Ref ref) {
            return Optional.of(ref.name());
        }
        if (shape instanceof TypeShape.ArrayOf array) {
            return refOf(array.items());
        }
        if (shape instanceof TypeShape.MapOf map) {
            return refOf(map.values());
        }
        return Optional.empty();
    }
}
