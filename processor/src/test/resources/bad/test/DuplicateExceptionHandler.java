package test;

import dev.goblet.App;
import dev.goblet.ExceptionHandler;
import dev.goblet.Response;

@App(name = "bad")
public class DuplicateExceptionHandler {
    @ExceptionHandler
    public Response first(IllegalStateException e) { return Response.status(409).build(); }

    @ExceptionHandler({IllegalArgumentException.class, IllegalStateException.class})
    public Response second(RuntimeException e) { return Response.status(400).build(); }
}
