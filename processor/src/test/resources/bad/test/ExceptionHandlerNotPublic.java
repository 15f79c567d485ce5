package test;

import dev.goblet.App;
import dev.goblet.ExceptionHandler;
import dev.goblet.Response;

@App(name = "bad")
public class ExceptionHandlerNotPublic {
    @ExceptionHandler
    static Response failed(IllegalStateException e) { return Response.status(409).build(); }
}
