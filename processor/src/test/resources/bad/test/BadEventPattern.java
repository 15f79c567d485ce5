package test;

import dev.goblet.App;
import dev.goblet.event.EventBridgeEvent;
import dev.goblet.event.OnEventBridge;

@App(name = "bad-event-pattern")
public class BadEventPattern {
    @OnEventBridge(name = "on_build",
            pattern = "{\"source\": \"aws.codebuild\"}")
    public void onBuild(EventBridgeEvent event) {}
}
