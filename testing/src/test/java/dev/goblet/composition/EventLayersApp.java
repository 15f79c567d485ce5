package dev.goblet.composition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.goblet.App;
import dev.goblet.event.EventCall;
import dev.goblet.event.EventMiddleware;
import dev.goblet.event.LambdaFunction;
import dev.goblet.event.NextEvent;
import dev.goblet.event.OnSqsMessage;
import java.util.ArrayList;
import java.util.List;

/** Event functions inside event middleware: one for every kind, one for pure functions only. */
@App(name = "event-layers")
public final class EventLayersApp {
    public final List<String> seen = new ArrayList<>();

    /** Every event function: declared first, so outermost. */
    @EventMiddleware
    public JsonNode trace(EventCall call, NextEvent next) throws Exception {
        seen.add("trace in " + call.function());
        JsonNode answer = next.proceed(call);
        seen.add("trace out " + call.function());
        return answer;
    }

    /** Pure functions only: answers "skip" itself, and gives the function a list in place of a count. */
    @EventMiddleware(EventMiddleware.Kind.PURE)
    public JsonNode shape(EventCall call, NextEvent next) throws Exception {
        seen.add("shape " + call.function());
        if (call.event().isTextual() && call.event().asText().equals("skip")) {
            return IntNode.valueOf(-1);
        }
        if (call.event().isInt()) {
            ArrayNode items = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < call.event().asInt(); i++) {
                items.add("item" + i);
            }
            return next.proceed(call.withEvent(items));
        }
        return next.proceed(call);
    }

    @LambdaFunction
    public int count(List<String> items) {
        seen.add("count " + items.size());
        return items.size();
    }

    @OnSqsMessage(queue = "jobs")
    public void job(String body) {
        seen.add("job " + body);
        if (body.equals("fail")) {
            throw new IllegalStateException("job failed");
        }
    }
}
