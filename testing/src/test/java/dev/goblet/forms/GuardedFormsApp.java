package dev.goblet.forms;

import dev.goblet.App;
import dev.goblet.ForbiddenError;
import dev.goblet.Form;
import dev.goblet.FormData;
import dev.goblet.HttpMethod;
import dev.goblet.Middleware;
import dev.goblet.Next;
import dev.goblet.Request;
import dev.goblet.Response;
import dev.goblet.Route;
import java.util.Map;

/** Middleware that reads the form before the route binds it: a form must carry the token its cookie carries. */
@App(name = "guarded-forms")
public final class GuardedFormsApp {
    @Middleware
    public Response checkToken(Request request, Next next) throws Exception {
        if (request.method().equals("POST")) {
            FormData form = request.form();
            String cookie = request.header("Cookie");
            if (form.field("token") == null || cookie == null || !cookie.equals("token=" + form.field("token"))) {
                throw new ForbiddenError("The form's token does not match");
            }
        }
        return next.proceed(request);
    }

    @Route(path = "/notes", methods = HttpMethod.POST)
    public Map<String, String> note(@Form String text, @Form String token) {
        return Map.of("text", text);
    }

    /** A JSON body is no form: the middleware finds no token in it. */
    @Route(path = "/json", methods = HttpMethod.POST)
    public Map<String, String> json(Map<String, String> body) {
        return body;
    }
}
