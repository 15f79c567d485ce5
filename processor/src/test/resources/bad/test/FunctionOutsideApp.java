package test;

import dev.goblet.Schedule;

public class FunctionOutsideApp {
    @Schedule("rate(1 day)")
    public void purge() {}
}
