package dev.goblet.event.internal;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.HttpError;
import dev.goblet.internal.JsonBodies;
import dev.goblet.websocket.WebSocketEvent;

/**
 * The base of a WebSocket handler's entry point (connect, message or disconnect). Its answer is the proxy answer
 * API Gateway reads: {@code {"statusCode": 200}} when the method returned; the status and Chalice's
 * {@code {"Code","Message"}} body of an {@link HttpError} it threw (on connect, that refuses the connection; a
 * message that does not bind is a 400 {@code BadRequestError}); and for anything else a 500 that says nothing of
 * it, the stack trace going to the log. Nothing is thrown out of it.
 */
public abstract class WebSocketEntryPoint extends EventEntryPoint {
    protected abstract void handle(WebSocketEvent event, Context context) throws Exception;

    @Override
    protected final JsonNode answer(JsonNode event, Context context) {
        WebSocketEvent view;
        try {
            view = EventViews.webSocketEvent(event);
        } catch (RuntimeException e) {
            log(context, "Function " + functionName() + " was given an event that is not a WebSocket event", e);
            return answer(400, "BadRequestError", "The event is not a WebSocket event");
        }
        try {
            handle(view, context);
            return JsonBodies.MAPPER.createObjectNode().put("statusCode", 200);
        } catch (HttpError e) {
            return answer(e.status(), e.code(), e.getMessage());
        } catch (Throwable e) {
            log(context, "Unhandled exception in function " + functionName() + " (route " + view.routeKey()
                    + ", connection " + view.connectionId() + ")", e);
            return answer(500, "InternalServerError", "An internal server error occurred.");
        }
    }

    private static ObjectNode answer(int status, String code, String message) {
        ObjectNode body = JsonBodies.MAPPER.createObjectNode().put("Code", code).put("Message", message);
        return JsonBodies.MAPPER.createObjectNode().put("statusCode", status).put("body", body.toString());
    }
}
