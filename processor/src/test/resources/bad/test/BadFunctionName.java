package test;

import dev.goblet.App;
import dev.goblet.event.LambdaFunction;

@App(name = "bad-function-name")
public class BadFunctionName {
    @LambdaFunction(name = "count jobs")
    public int count(String input) { return 0; }
}
