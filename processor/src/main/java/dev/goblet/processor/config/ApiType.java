package dev.goblet.processor.config;

import java.util.Arrays;
import java.util.List;

/**
 * What serves the app's routes in a stage, Goblet's {@code api_type} (Chalice deploys REST APIs only): API Gateway's
 * REST API (payload 1.0), its HTTP API (payload 2.0), or a Lambda function URL (payload 2.0, no gateway at all).
 */
public enum ApiType {
    /** {@code AWS::Serverless::Api}: every feature Goblet has, as Chalice deploys it. */
    REST("a REST API"),
    /** {@code AWS::Serverless::HttpApi}: cheaper and faster, JWT and IAM authorizers, no API keys. */
    HTTP("an HTTP API"),
    /** {@code FunctionUrlConfig} on the one function that serves the routes: IAM or nothing in front of it. */
    FUNCTION_URL("a function URL");

    private final String description;

    ApiType(String description) {
        this.description = description;
    }

    /** The API in words, for messages: "an HTTP API". */
    public String description() {
        return description;
    }

    /** Whether the function gets HTTP API's payload 2.0 events: HTTP APIs and function URLs both send them. */
    public boolean payloadV2() {
        return this != REST;
    }

    /** The values the key takes, as written in the config. */
    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
