/**
 * {@link dev.goblet.websocket.aws.ApiGatewayConnections}: the {@link dev.goblet.websocket.Connections} of a deployed
 * (or locally served) WebSocket API, through API Gateway's management API.
 */
package dev.goblet.websocket.aws;
