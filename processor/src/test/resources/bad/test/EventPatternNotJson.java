package test;

import dev.goblet.App;
import dev.goblet.event.EventBridgeEvent;
import dev.goblet.event.OnEventBridge;

@App(name = "event-pattern-not-json")
public class EventPatternNotJson {
    @OnEventBridge(pattern = "source: aws.codebuild")
    public void onBuild(EventBridgeEvent event) {}
}
