package test;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.App;
import dev.goblet.event.EventCall;
import dev.goblet.event.EventMiddleware;
import dev.goblet.event.LambdaFunction;

@App(name = "bad")
public class EventMiddlewareSignature {
    @LambdaFunction
    public int count(java.util.List<String> items) {
        return items.size();
    }

    @EventMiddleware(EventMiddleware.Kind.PURE)
    public JsonNode trace(EventCall call) {
        return call.event();
    }
}
