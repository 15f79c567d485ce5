package test;

import dev.goblet.App;
import dev.goblet.event.LambdaFunction;
import dev.goblet.event.Schedule;

@App(name = "duplicate-function")
public class DuplicateFunction {
    @Schedule(value = "rate(1 hour)", name = "work")
    public void hourly() {}

    @LambdaFunction(name = "work")
    public String work(String input) { return input; }
}
