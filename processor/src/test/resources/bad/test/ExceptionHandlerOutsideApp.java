package test;

import dev.goblet.ExceptionHandler;
import dev.goblet.Response;

public class ExceptionHandlerOutsideApp {
    @ExceptionHandler
    public Response failed(IllegalStateException e) { return Response.status(409).build(); }
}
