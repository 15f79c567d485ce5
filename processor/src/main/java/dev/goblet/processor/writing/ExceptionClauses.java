package dev.goblet.processor.writing;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import dev.goblet.processor.model.ExceptionHandlerModel;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes the API handler's {@code dispatch} for an app with exception handlers: the route call inside a
 * {@code try}, one {@code catch} per handled type, most specific first, so that the JVM picks the handler with no
 * lookup at run time. An app without exception handlers keeps the plain {@code dispatch}.
 */
final class ExceptionClauses {
    private static final ClassName REQUEST = ClassName.get("dev.goblet", "Request");

    private ExceptionClauses() {}

    /** {@code dispatch}, calling {@code routeCall} (which takes the route's id and the request) in a try. */
    static MethodSpec dispatch(List<ExceptionHandlerModel> clauses, String routeCall) {
        return dispatch(clauses, routeCall, false);
    }

    /**
     * {@code dispatch}; with {@code priming}, each clause first lets a priming request's exception (a sample its
     * binding refused) pass, so that priming never runs the app's exception handlers either.
     */
    static MethodSpec dispatch(List<ExceptionHandlerModel> clauses, String routeCall, boolean priming) {
        MethodSpec.Builder dispatch = MethodSpec.methodBuilder("dispatch")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(Object.class)
                .addParameter(int.class, "routeId")
                .addParameter(REQUEST, "request")
                .addException(Exception.class)
                .beginControlFlow("try")
                .addStatement("return $N(routeId, request)", routeCall);
        for (ExceptionHandlerModel clause : clauses) {
            dispatch.nextControlFlow("catch ($T e)", JavaTypes.className(clause.exceptionType()));
            if (priming) {
                dispatch.beginControlFlow("if ($T.stops(request.lambdaContext()))", PrimingWriter.PRIMING)
                        .addStatement("throw e")
                        .endControlFlow();
            }
            switch (clause.answer()) {
                case RESPONSE:
                    dispatch.addStatement("return $T.requireNonNull($L, $S)", Objects.class, call(clause),
                            clause.methodName() + "() returned null");
                    break;
                case ERROR:
                    dispatch.addStatement("throw $L", call(clause));
                    break;
                default:
                    dispatch.addStatement("throw e");
            }
        }
        return dispatch.endControlFlow().build();
    }

    private static CodeBlock call(ExceptionHandlerModel clause) {
        CodeBlock arguments = clause.arguments().stream()
                .map(argument -> argument == ExceptionHandlerModel.Argument.REQUEST
                        ? CodeBlock.of("request") : CodeBlock.of("e"))
                .collect(CodeBlock.joining(", "));
        return CodeBlock.of("app.$N($L)", clause.methodName(), arguments);
    }
}
