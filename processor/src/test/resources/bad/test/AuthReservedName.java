package test;

import dev.goblet.App;
import dev.goblet.CognitoAuthorizer;
import dev.goblet.Route;

@App(name = "bad")
@CognitoAuthorizer(name = "iam", providerArns = "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_a")
public class AuthReservedName {
    @Route(path = "/users")
    public String list() { return "[]"; }
}
