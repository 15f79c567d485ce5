package dev.goblet.websocket;

import java.time.Instant;

/**
 * What API Gateway knows of an open connection.
 *
 * @param connectionId the connection's id
 * @param connectedAt when it opened
 * @param lastActiveAt when the client last sent on it
 * @param sourceIp the client's address
 * @param userAgent the client's {@code User-Agent}, null when it sent none
 */
public record ConnectionInfo(String connectionId, Instant connectedAt, Instant lastActiveAt, String sourceIp,
        String userAgent) {}
