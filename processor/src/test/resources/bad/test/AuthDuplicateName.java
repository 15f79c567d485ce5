package test;

import dev.goblet.App;
import dev.goblet.CognitoAuthorizer;
import dev.goblet.Route;
import dev.goblet.event.AuthRequest;
import dev.goblet.event.AuthResult;
import dev.goblet.event.Authorizer;

@App(name = "bad")
@CognitoAuthorizer(name = "auth", providerArns = "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_a")
public class AuthDuplicateName {
    @Route(path = "/users")
    public String list() { return "[]"; }

    @Authorizer(name = "auth")
    public AuthResult check(AuthRequest request) { return AuthResult.allow("ann", "/users"); }
}
