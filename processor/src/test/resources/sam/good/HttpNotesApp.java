package test.http;

import dev.goblet.App;
import dev.goblet.Authorized;
import dev.goblet.CognitoAuthorizer;
import dev.goblet.Cors;
import dev.goblet.HttpMethod;
import dev.goblet.Request;
import dev.goblet.Route;

/** An app for HTTP APIs: a Cognito user pool with its app client, IAM for admins, CORS for one front end. */
@App(name = "http-notes")
@CognitoAuthorizer(name = "users",
        providerArns = "arn:aws:cognito-idp:${AWS::Region}:${AWS::AccountId}:userpool/eu-west-1_abc",
        audiences = "4example0client0id")
@Cors(allowOrigin = "https://app.example.com", allowHeaders = "X-Request-Id", exposeHeaders = "X-Total",
        maxAge = 600, allowCredentials = true)
@Authorized("users")
public class HttpNotesApp {
    public record Note(String text) {}

    @Route(path = "/notes")
    public Note list(Request request) { return new Note(request.authorizer().principalId()); }

    @Authorized(value = "users", scopes = "notes/write")
    @Route(path = "/notes", methods = HttpMethod.POST, status = 201)
    public Note create(Note note) { return note; }

    @Route(path = "/notes/{id}", methods = {HttpMethod.GET, HttpMethod.DELETE})
    public Note note(String id) { return new Note(id); }

    @Authorized(Authorized.IAM)
    @Route(path = "/admin/stats")
    public String stats() { return "0"; }

    @Authorized(Authorized.NONE)
    @Route(path = "/health")
    public String health() { return "ok"; }

    @Authorized(Authorized.NONE)
    @Route(path = "/files/{path+}")
    public String file(String path) { return path; }
}
