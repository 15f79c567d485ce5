package test;

import dev.goblet.App;
import dev.goblet.event.Schedule;

@App(name = "schedule-with-body")
public class ScheduleWithBody {
    @Schedule("rate(1 hour)")
    public void tick(
            String what) {}
}
