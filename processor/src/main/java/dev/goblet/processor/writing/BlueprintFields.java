package dev.goblet.processor.writing;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import dev.goblet.processor.model.ApiHandlerModel;
import dev.goblet.processor.model.BlueprintModel;
import dev.goblet.processor.model.RouteModel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The API handler's blueprint instances: one field per registration ({@code blueprint0}, ...), created in the
 * constructor from what the app provides, and the field each blueprint route is called on.
 */
final class BlueprintFields {
    private BlueprintFields() {}

    static List<FieldSpec> fields(ApiHandlerModel function) {
        List<FieldSpec> fields = new ArrayList<>();
        for (int index = 0; index < function.blueprints().size(); index++) {
            BlueprintModel blueprint = function.blueprints().get(index);
            fields.add(FieldSpec.builder(JavaTypes.className(blueprint.type()), name(index), Modifier.PRIVATE,
                    Modifier.FINAL).build());
        }
        return fields;
    }

    /** {@code this.blueprint0 = new Users(app.users(), app)}, one per registration, in the registrations' order. */
    static List<CodeBlock> creation(ApiHandlerModel function) {
        List<CodeBlock> statements = new ArrayList<>();
        for (int index = 0; index < function.blueprints().size(); index++) {
            statements.add(CodeBlock.of("this.$N = $L", name(index), instance(function.blueprints().get(index))));
        }
        return statements;
    }

    /** The field each blueprint route is called on; the app's own routes are not in it. */
    static Map<RouteModel, String> receivers(ApiHandlerModel function) {
        Map<RouteModel, String> receivers = new IdentityHashMap<>();
        for (int index = 0; index < function.blueprints().size(); index++) {
            for (RouteModel route : function.blueprints().get(index).routes()) {
                receivers.put(route, name(index));
            }
        }
        return receivers;
    }

    /** {@code new Users(app.users(), app)}: an instance of the registration's blueprint, made from the app. */
    static CodeBlock instance(BlueprintModel blueprint) {
        CodeBlock arguments = blueprint.constructorArguments().stream().map(BlueprintFields::argument)
                .collect(CodeBlock.joining(", "));
        return CodeBlock.of("new $T($L)", JavaTypes.className(blueprint.type()), arguments);
    }

    private static CodeBlock argument(Optional<String> provider) {
        return provider.map(method -> CodeBlock.of("app.$N()", method)).orElse(CodeBlock.of("app"));
    }

    private static String name(int index) {
        return "blueprint" + index;
    }
}
