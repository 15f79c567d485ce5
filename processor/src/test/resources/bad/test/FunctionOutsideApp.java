package test;

import dev.goblet.event.Schedule;

public class FunctionOutsideApp {
    @Schedule("rate(1 day)")
    public void purge() {}
}
