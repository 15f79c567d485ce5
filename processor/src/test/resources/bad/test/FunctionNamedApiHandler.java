package test;

import dev.goblet.App;
import dev.goblet.event.LambdaFunction;
import dev.goblet.Route;

@App(name = "function-named-api-handler")
public class FunctionNamedApiHandler {
    @Route(path = "/ping")
    public String ping() { return "pong"; }

    @LambdaFunction(name = "api_handler")
    public String other(String input) { return input; }
}
