package dev.goblet.processor.writing;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.ParameterizedTypeName;
import java.util.List;

/**
 * The API handler's {@code super(...)} call for an app with middleware: it wraps the routing once, when the handler
 * is built, in one lambda per {@code @Middleware} method, the first declared outermost. An app without middleware
 * keeps {@code super(ROUTES)}, so it pays nothing.
 */
final class MiddlewareChain {
    private static final ClassName INVOCATION = ClassName.get("dev.goblet.internal", "Invocation");
    private static final ClassName REQUEST = ClassName.get("dev.goblet", "Request");
    private static final ClassName RESPONSE = ClassName.get("dev.goblet", "Response");
    private static final ClassName ENCODER = ClassName.get("dev.goblet.internal", "ResponseEncoder");

    private MiddlewareChain() {}

    /** {@code super(ROUTES)}, or {@code super(ROUTES, routes -> ...)} wrapping the routing in {@code middleware}. */
    static CodeBlock superCall(List<String> middleware) {
        if (middleware.isEmpty()) {
            return CodeBlock.of("super(ROUTES)");
        }
        CodeBlock.Builder chain = CodeBlock.builder().add("super(ROUTES, routes -> {\n").indent();
        String inner = "routes";
        for (int index = middleware.size() - 1; index > 0; index--) {
            String name = "chain" + index;
            chain.add("$T $N = request -> app.$N(request, $N::proceed);\n",
                    ParameterizedTypeName.get(INVOCATION, REQUEST, RESPONSE), name, middleware.get(index), inner);
            inner = name;
        }
        // A middleware's own answer may carry a body still to encode, as a route's does.
        chain.add("return request -> $T.encode(app.$N(request, $N::proceed));\n", ENCODER, middleware.get(0),
                inner);
        return chain.unindent().add("})").build();
    }
}
