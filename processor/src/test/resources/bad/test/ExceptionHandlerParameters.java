package test;

import dev.goblet.App;
import dev.goblet.ExceptionHandler;
import dev.goblet.Response;

@App(name = "bad")
public class ExceptionHandlerParameters {
    @ExceptionHandler(IllegalStateException.class)
    public Response failed(String message) { return Response.status(409).build(); }
}
