package test;

import dev.goblet.App;
import dev.goblet.ExceptionHandler;

@App(name = "bad")
public class ExceptionHandlerReturn {
    @ExceptionHandler
    public String failed(IllegalStateException e) { return "failed"; }
}
