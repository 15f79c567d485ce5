package test;

import dev.goblet.App;
import dev.goblet.Blueprint;
import dev.goblet.RegisterBlueprint;
import dev.goblet.event.Schedule;

@App(name = "prefixed-function-name")
@RegisterBlueprint(value = PrefixedFunctionName.Jobs.class, namePrefix = "jobs_")
public class PrefixedFunctionName {
    @Schedule("rate(1 hour)")
    public void jobsPurge() {}

    @Blueprint
    public static class Jobs {
        @Schedule("rate(1 hour)")
        public void purge() {}
    }
}
