package test;

import dev.goblet.App;
import dev.goblet.ExceptionHandler;
import dev.goblet.Response;

@App(name = "bad")
public class ExceptionHandlerThrowable {
    public static class Odd extends Throwable {}

    @ExceptionHandler
    public Response odd(Odd e) { return Response.status(500).build(); }
}
