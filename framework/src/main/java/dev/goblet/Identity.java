package dev.goblet;

import java.util.Map;

/**
 * Who sent the request, from the event's {@code requestContext.identity} (REST) or {@code requestContext.http}
 * (HTTP API).
 *
 * @param sourceIp the client's address as API Gateway saw it
 * @param userAgent the client's {@code User-Agent}
 * @param attributes every identity field of the event, by its name in the event ({@code accountId},
 *     {@code cognitoIdentityId}, {@code userArn}, ...)
 */
public record Identity(String sourceIp, String userAgent, Map<String, String> attributes) {
    public Identity {
        attributes = Map.copyOf(attributes);
    }
}
