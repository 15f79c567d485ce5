package test;

import dev.goblet.App;
import dev.goblet.ExceptionHandler;
import dev.goblet.Response;
import dev.goblet.Route;

@App(name = "bad")
public class ExceptionHandlerOnRoute {
    @Route(path = "/fail")
    @ExceptionHandler
    public Response fail(IllegalStateException e) { return Response.status(409).build(); }
}
