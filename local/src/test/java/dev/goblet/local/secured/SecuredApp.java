package dev.goblet.local.secured;

import dev.goblet.ApiKeyRequired;
import dev.goblet.App;
import dev.goblet.AuthorizerContext;
import dev.goblet.Authorized;
import dev.goblet.CognitoAuthorizer;
import dev.goblet.Cors;
import dev.goblet.CustomAuthorizer;
import dev.goblet.HttpMethod;
import dev.goblet.Request;
import dev.goblet.Route;
import dev.goblet.UnauthorizedError;
import dev.goblet.event.AuthRequest;
import dev.goblet.event.AuthResult;
import dev.goblet.event.Authorizer;

/** Every kind of authorizer and an API key, for the local server's authorizer tests; CORS for a front end. */
@App(name = "secured-app")
@Cors(allowOrigin = "https://app.example.com")
@CognitoAuthorizer(name = "users", providerArns = "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_t")
@CustomAuthorizer(name = "partners", functionArn = "arn:aws:lambda:us-east-1:123456789012:function:partner-auth")
public final class SecuredApp {
    @Authorized("tokens")
    @Route(path = "/tokens/{id}")
    public AuthorizerContext token(String id, Request request) {
        return request.authorizer();
    }

    @Authorized("tokens")
    @Route(path = "/admin", methods = HttpMethod.POST)
    public String admin() {
        return "admin";
    }

    @Authorized("users")
    @Route(path = "/me")
    public AuthorizerContext me(Request request) {
        return request.authorizer();
    }

    @Authorized(value = "users", scopes = "notes/write")
    @Route(path = "/notes", methods = HttpMethod.POST)
    public String write() {
        return "written";
    }

    @Authorized(Authorized.IAM)
    @Route(path = "/iam")
    public String iam() {
        return "signed";
    }

    @Authorized("partners")
    @Route(path = "/partners")
    public String partners() {
        return "partner";
    }

    @ApiKeyRequired
    @Route(path = "/metered")
    public String metered() {
        return "metered";
    }

    @Route(path = "/public")
    public String open() {
        return "public";
    }

    /** {@code allow-<name>} may read tokens, {@code admin} may do anything, {@code deny} nothing, else a 401. */
    @Authorizer(name = "tokens")
    public AuthResult check(AuthRequest request) {
        String token = request.token();
        if (token.startsWith("allow-")) {
            return AuthResult.deny(token.substring(6)).allowing("/tokens/{id}", HttpMethod.GET)
                    .with("tenant", "acme");
        }
        if (token.equals("admin")) {
            return AuthResult.allow("admin", "/*");
        }
        if (token.equals("deny")) {
            return AuthResult.deny("nobody");
        }
        throw new UnauthorizedError("not a token of ours");
    }
}
