package dev.goblet.processor.writing;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.EventFunctionModel;
import java.io.IOException;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes a built-in authorizer's Lambda entry point: a subclass of the runtime's {@code AuthorizerEntryPoint}
 * whose one method hands the request to the app's {@code @Authorizer} method.
 */
public final class AuthorizerHandlerWriter {
    private static final ClassName BASE = ClassName.get("dev.goblet.event.internal", "AuthorizerEntryPoint");
    private static final ClassName REQUEST = ClassName.get("dev.goblet.event", "AuthRequest");
    private static final ClassName RESULT = ClassName.get("dev.goblet.event", "AuthResult");
    private static final ClassName CONTEXT = ClassName.get("com.amazonaws.services.lambda.runtime", "Context");

    private AuthorizerHandlerWriter() {}

    public static void write(AppModel app, EventFunctionModel function, Element origin, GeneratedFiles files)
            throws IOException {
        files.writeSource(function.entryPoint().packageName(), type(app, function), app.appClass(), origin);
    }

    static TypeSpec type(AppModel app, EventFunctionModel function) {
        TypeSpec.Builder handler = EventHandlerWriter.entryPointClass(app, function, "authorizer", BASE);
        EventHandlerWriter.addAppWiring(handler, app, function);
        handler.addMethod(MethodSpec.methodBuilder("authorize")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .addException(Exception.class)
                .returns(RESULT)
                .addParameter(REQUEST, "request")
                .addParameter(CONTEXT, "context")
                .addStatement("return app.$N(request)", function.methodName())
                .build());
        return handler.build();
    }
}
