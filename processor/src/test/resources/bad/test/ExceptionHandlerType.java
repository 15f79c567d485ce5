package test;

import dev.goblet.App;
import dev.goblet.ExceptionHandler;
import dev.goblet.Response;
import java.io.IOException;

@App(name = "bad")
public class ExceptionHandlerType {
    @ExceptionHandler(IOException.class)
    public Response failed(RuntimeException e) { return Response.status(500).build(); }
}
