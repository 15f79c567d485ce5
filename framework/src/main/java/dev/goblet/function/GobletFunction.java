package dev.goblet.function;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One Lambda function of a Goblet app, as its generated entry point presents it. Lambda calls
 * {@link #handleRequest}; tools that hold the event as a JSON tree already call {@link #handleEvent}.
 */
public interface GobletFunction extends RequestStreamHandler {
    /** The name of the function that serves an app's routes, as Chalice names it. */
    String API_HANDLER = "api_handler";

    /** The app's name, as in {@code @App(name = ...)}. */
    String appName();

    /**
     * The function's name: its {@code lambda_functions.<name>} key in the stage config, {@value #API_HANDLER} for
     * the function that serves the routes.
     */
    String functionName();

    /**
     * Answers one event given as a JSON tree, as Lambda would hand it over. Never throws: a bad event or a bug
     * becomes the answer the function's kind gives for it (for an API, an error response).
     */
    JsonNode handleEvent(JsonNode event, Context context);
}
