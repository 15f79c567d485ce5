package dev.goblet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.goblet.processor.testing.CompileErrors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every misuse of authorizers and API keys is one compile error on the element, saying what to change. */
class AuthValidationTest {
    @Test
    void anUnknownAuthorizerSuggestsTheClosestName() {
        assertSingleError("AuthUnknownName", "[GobletAuthUnknown] @Authorized on list() names the authorizer 'user',"
                + " which the app does not declare. Use \"iam\", \"none\", \"users\", or declare it with"
                + " @CognitoAuthorizer or @CustomAuthorizer beside @App, or an @Authorizer method. Did you mean"
                + " \"users\"?", "@Authorized(\"user\")");
    }

    @Test
    void theAppsDefaultIsCheckedToo() {
        assertSingleError("AuthUnknownDefault", "[GobletAuthUnknown] @Authorized beside @App names the authorizer"
                + " 'IAM'", "@Authorized(\"IAM\")");
    }

    @Test
    void scopesAreForCognitoOnly() {
        assertSingleError("AuthScopesOnIam", "[GobletAuthScopes] @Authorized(\"iam\") asks for scopes, but only a"
                + " @CognitoAuthorizer's tokens carry them", "scopes = \"users/write\"");
    }

    @Test
    void anAuthorizerMethodTakesAnAuthRequestAndReturnsAnAuthResult() {
        assertSingleError("AuthorizerBadSignature", "[GobletAuthorizerSignature] The @Authorizer method check() must"
                + " be public, not static, take one dev.goblet.event.AuthRequest and return"
                + " dev.goblet.event.AuthResult", "public boolean check(String token)");
    }

    @Test
    void twoAuthorizersMayNotShareAName() {
        assertSingleError("AuthDuplicateName", "[GobletAuthDuplicate] Two authorizers are named 'auth' (the other is"
                + " the @CognitoAuthorizer beside @App)", "@Authorizer(name = \"auth\")");
    }

    @Test
    void aCustomAuthorizerNamesItsFunction() {
        assertSingleError("AuthCustomNoTarget", "[GobletAuthCustomTarget] @CustomAuthorizer 'partners' needs exactly"
                + " one of functionArn", "@CustomAuthorizer(name = \"partners\")");
    }

    @Test
    void authorizedBelongsOnRoutes() {
        assertSingleError("AuthNotOnRoute", "[GobletAuthNotOnRoute] @Authorized on helper(), which is not a @Route",
                "@Authorized(Authorized.IAM)");
    }

    @Test
    void iamAndNoneAreReserved() {
        assertSingleError("AuthReservedName", "[GobletAuthReserved] 'iam' is the name of the IAM authorizer",
                "@CognitoAuthorizer(name = \"iam\"");
    }

    @Test
    void theTtlIsApiGatewaysRange() {
        assertSingleError("AuthorizerBadTtl", "[GobletAuthBadValue] @Authorizer ttlSeconds is '5000': API Gateway"
                + " keeps an answer 0 to 3600 seconds", "@Authorizer(ttlSeconds = 5000)");
    }

    private static void assertSingleError(String name, String message, String line) {
        CompileErrors.assertSingleError(JavaFileObjects.forResource("bad/test/" + name + ".java"), message, line);
    }
}
