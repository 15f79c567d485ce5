package test.auth;

import dev.goblet.ApiKeyRequired;
import dev.goblet.Blueprint;
import dev.goblet.RegisterBlueprint;
import dev.goblet.App;
import dev.goblet.Authorized;
import dev.goblet.CognitoAuthorizer;
import dev.goblet.CustomAuthorizer;
import dev.goblet.HttpMethod;
import dev.goblet.Request;
import dev.goblet.Route;
import dev.goblet.UnauthorizedError;
import dev.goblet.event.AuthRequest;
import dev.goblet.event.AuthResult;
import dev.goblet.event.Authorizer;

/** Every kind of authorizer, an app default, public routes and API keys. */
@App(name = "auth-app")
@CognitoAuthorizer(name = "users", providerArns = "arn:aws:cognito-idp:${AWS::Region}:${AWS::AccountId}:userpool/eu-west-1_abc")
@CustomAuthorizer(name = "partners", functionArn = "arn:aws:lambda:eu-west-1:123456789012:function:partner-auth",
        ttlSeconds = 60, header = "X-Partner-Token")
@Authorized("users")
@RegisterBlueprint(value = AuthApp.Reports.class, urlPrefix = "/reports")
public class AuthApp {
    /** A blueprint's routes: the app's default, or their own. */
    @Blueprint
    public static class Reports {
        public Reports() {}

        @Route(path = "/daily")
        public String daily() { return "daily"; }

        @Authorized(Authorized.IAM)
        @Route(path = "/audit")
        public String audit() { return "audit"; }
    }

    public record Note(String text) {}

    @Route(path = "/notes")
    public Note list(Request request) { return new Note(request.authorizer().principalId()); }

    @Authorized(value = "users", scopes = "notes/write")
    @Route(path = "/notes", methods = HttpMethod.POST, status = 201)
    public Note create(Note note) { return note; }

    @Authorized(Authorized.IAM)
    @Route(path = "/admin")
    public String admin() { return "admin"; }

    @Authorized("partners")
    @ApiKeyRequired
    @Route(path = "/partners")
    public String partners() { return "partners"; }

    @Authorized("check_token")
    @Route(path = "/tokens/{id}")
    public String token(String id, Request request) { return request.authorizer().context().get("tenant"); }

    @Authorized(Authorized.NONE)
    @ApiKeyRequired
    @Route(path = "/metered")
    public String metered() { return "metered"; }

    @Authorized(Authorized.NONE)
    @Route(path = "/health")
    public String health() { return "ok"; }

    @Authorizer(ttlSeconds = 30)
    public AuthResult checkToken(AuthRequest request) {
        if (request.token() == null || !request.token().startsWith("allow-")) {
            if ("deny".equals(request.token())) {
                return AuthResult.deny("nobody");
            }
            throw new UnauthorizedError("no token");
        }
        return AuthResult.allow(request.token().substring(6), "/tokens/*").with("tenant", "acme");
    }
}
