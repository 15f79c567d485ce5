package dev.goblet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.goblet.processor.testing.CompileErrors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Each misuse of {@code @ExceptionHandler} (and of {@code @Middleware}, the other hook around the routes) is one
 * compile error on the method, saying how to fix it.
 */
class ExceptionHandlerValidationTest {

    @Test
    void aMiddlewareThatTakesNoNext() {
        assertSingleError("MiddlewareSignature", "[GobletMiddlewareSignature] Middleware log() must be public, not"
                + " static, take (Request request, Next next) and return a Response, as in public Response"
                + " log(Request request, Next next) { return next.proceed(request); }.", "public Response log");
    }

    @Test
    void twoHandlersOfOneType() {
        assertSingleError("DuplicateExceptionHandler", "[GobletDuplicateExceptionHandler] second() handles"
                + " IllegalStateException, which first() already handles; a type has one handler. Remove"
                + " IllegalStateException from one of them.", "public Response second");
    }

    @Test
    void aHandlerThatTakesNoException() {
        assertSingleError("ExceptionHandlerParameters", "[GobletExceptionHandlerParameters] Exception handler"
                + " failed(String) must take the exception, and the Request if it needs it, as in"
                + " failed(UserMissing e, Request request).", "public Response failed");
    }

    @Test
    void aHandlerThatReturnsNeitherResponseNorHttpError() {
        assertSingleError("ExceptionHandlerReturn", "[GobletExceptionHandlerReturn] Exception handler failed()"
                + " returns String; it must return a Response (the answer) or an HttpError (answered as if the route"
                + " threw it).", "public String failed");
    }

    @Test
    void aListedTypeTheParameterCannotHold() {
        assertSingleError("ExceptionHandlerType", "[GobletExceptionHandlerType] failed() handles IOException, but"
                + " its parameter is RuntimeException, which IOException does not extend.", "public Response failed");
    }

    @Test
    void aThrowableNoRouteCanThrow() {
        assertSingleError("ExceptionHandlerThrowable", "[GobletExceptionHandlerType] odd() handles"
                + " ExceptionHandlerThrowable.Odd, a Throwable that is neither an Exception nor an Error",
                "public Response odd");
    }

    @Test
    void aStaticPackagePrivateHandler() {
        JavaFileObject source = source("ExceptionHandlerNotPublic");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[GobletExceptionHandlerNotPublic] Exception handler failed()"
                + " must be public").inFile(source).onLineContaining("static Response failed");
        assertThat(compilation).hadErrorContaining("[GobletExceptionHandlerStatic] Exception handler failed() must"
                + " not be static").inFile(source).onLineContaining("static Response failed");
    }

    @Test
    void aRouteThatIsAlsoAHandler() {
        assertSingleError("ExceptionHandlerOnRoute", "[GobletTwoFunctionKinds] fail() is annotated @ExceptionHandler"
                + " and @Route", "public Response fail");
    }

    @Test
    void aHandlerOutsideAnApp() {
        assertSingleError("ExceptionHandlerOutsideApp", "[GobletRouteOutsideApp] failed() has @ExceptionHandler but"
                + " its class test.ExceptionHandlerOutsideApp has no @App.", "public Response failed");
    }

    private static void assertSingleError(String name, String message, String line) {
        CompileErrors.assertSingleError(source(name), message, line);
    }

    private static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new GobletProcessor()).compile(sources);
    }

    private static JavaFileObject source(String name) {
        return JavaFileObjects.forResource("bad/test/" + name + ".java");
    }
}
