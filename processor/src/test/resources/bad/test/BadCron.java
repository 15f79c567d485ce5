package test;

import dev.goblet.App;
import dev.goblet.event.Schedule;

@App(name = "bad-cron")
public class BadCron {
    @Schedule(
            value = "cron(0 12 * * ?)")
    public void noon() {}
}
