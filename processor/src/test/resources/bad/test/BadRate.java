package test;

import dev.goblet.App;
import dev.goblet.event.Schedule;

@App(name = "bad-rate")
public class BadRate {
    @Schedule("rate(1 minutes)")
    public void tick() {}
}
