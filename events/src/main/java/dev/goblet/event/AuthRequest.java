package dev.goblet.event;

/**
 * What API Gateway hands a built-in {@link Authorizer}: Chalice's {@code AuthRequest}.
 *
 * @param type {@code TOKEN}
 * @param token the value of the authorizer's header, such as {@code Bearer eyJ...}
 * @param methodArn the ARN of the method called:
 *     {@code arn:aws:execute-api:<region>:<account>:<api>/<stage>/<METHOD>/<path>}
 */
public record AuthRequest(String type, String token, String methodArn) {}
