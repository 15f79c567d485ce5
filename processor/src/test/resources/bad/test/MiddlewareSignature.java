package test;

import dev.goblet.App;
import dev.goblet.Middleware;
import dev.goblet.Request;
import dev.goblet.Response;

@App(name = "bad")
public class MiddlewareSignature {
    @Middleware
    public Response log(Request request) { return Response.status(200).build(); }
}
