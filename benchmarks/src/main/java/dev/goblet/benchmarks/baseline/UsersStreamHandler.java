package dev.goblet.benchmarks.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.example.users.DynamoUserStore;
import dev.goblet.example.users.User;
import dev.goblet.example.users.UserChanges;
import dev.goblet.example.users.UserPage;
import dev.goblet.example.users.UserStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The users API written the way one would without a framework: read the REST proxy event as a JSON tree, switch
 * on the method and the path's segments, bind bodies with Jackson, and write the proxy response. It answers the
 * same statuses and bodies as the Goblet app, errors included ({@code {"Code": ..., "Message": ...}}).
 */
public final class UsersStreamHandler implements RequestStreamHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UserStore store;
    private final PageCursors cursors;

    /** Lambda's constructor: the users table named by the environment, as the users service's. */
    public UsersStreamHandler() {
        this(DynamoUserStore.fromEnvironment(System.getenv()));
    }

    public UsersStreamHandler(UserStore store) {
        this(store, new PageCursors(System.getenv()));
    }

    public UsersStreamHandler(UserStore store, PageCursors cursors) {
        this.store = store;
        this.cursors = cursors;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JSON.writeValue(output, answer(JSON.readTree(input)));
    }

    /** The proxy response to one REST (payload 1.0) event. */
    public ObjectNode answer(JsonNode event) {
        try {
            return route(event.path("httpMethod").asText(), event.path("path").asText(), event);
        } catch (Failure failure) {
            return error(failure.status, failure.code, failure.getMessage());
        } catch (RuntimeException e) {
            e.printStackTrace();
            return error(500, "InternalServerError", "An internal server error occurred.");
        }
    }

    private ObjectNode route(String method, String path, JsonNode event) throws Failure {
        String[] segments = path.replaceAll("^/|/$", "").split("/", -1);
        if (segments.length == 1 && segments[0].equals("users")) {
            switch (method) {
                case "POST":
                    return json(201, create(read(event, User.class, true)));
                case "GET":
                    return json(200, list(event.path("queryStringParameters")));
                default:
                    throw notAllowed(method, path, "POST, GET");
            }
        }
        if (segments.length == 2 && segments[0].equals("users") && !segments[1].isEmpty()) {
            String username = URLDecoder.decode(segments[1], StandardCharsets.UTF_8);
            switch (method) {
                case "GET":
                    check(UserChecks.username(username));
                    return json(200, store.find(username).orElseThrow(() -> notFound(username)));
                case "PUT":
                    UserChanges changes = read(event, UserChanges.class, true);
                    check(UserChecks.username(username));
                    check(UserChecks.changes(changes));
                    return json(200, store.update(username, changes).orElseThrow(() -> notFound(username)));
                case "DELETE":
                    check(UserChecks.username(username));
                    if (!store.delete(username)) {
                        throw notFound(username);
                    }
                    return noContent();
                default:
                    throw notAllowed(method, path, "GET, PUT, DELETE");
            }
        }
        throw new Failure(404, "NotFoundError", "Not Found: " + path);
    }

    private User create(User user) throws Failure {
        check(UserChecks.newUser(user));
        if (!store.create(user)) {
            throw new Failure(409, "ConflictError", "User '" + user.username() + "' already exists");
        }
        return user;
    }

    private UserPage list(JsonNode query) throws Failure {
        int limit;
        try {
            limit = Integer.parseInt(query.path("limit").asText("25"));
        } catch (NumberFormatException e) {
            throw new Failure(400, "BadRequestError", "Invalid query parameter 'limit'");
        }
        check(UserChecks.limit(limit));
        JsonNode next = query.path("next");
        String startAfter = null;
        if (next.isTextual()) {
            startAfter = cursors.decode(next.asText(), limit);
            if (startAfter == null) {
                throw new Failure(400, "BadRequestError", "Invalid cursor 'next': pass the 'next' value of the"
                        + " previous page unchanged, or leave it out to start from the first page");
            }
        }
        UserStore.Page page = store.list(limit, startAfter);
        return new UserPage(page.users(), page.lastUsername() == null ? null : cursors.encode(page.lastUsername(), limit));
    }

    /** The body bound to {@code type}; null when there is none; a 413 past the service's limit. */
    private static <T> T read(JsonNode event, Class<T> type, boolean limited) throws Failure {
        JsonNode body = event.path("body");
        if (!body.isTextual() || body.asText().isEmpty()) {
            return null;
        }
        byte[] bytes = event.path("isBase64Encoded").asBoolean()
                ? Base64.getDecoder().decode(body.asText()) : body.asText().getBytes(StandardCharsets.UTF_8);
        if (limited && bytes.length > UserChecks.MAX_BODY_BYTES) {
            throw new Failure(413, "RequestEntityTooLargeError", "The request body is " + bytes.length
                    + " bytes; the limit is " + UserChecks.MAX_BODY_BYTES);
        }
        try {
            return JSON.readValue(bytes, type);
        } catch (IOException e) {
            throw new Failure(400, "BadRequestError", "Invalid body: expected a " + type.getSimpleName());
        }
    }

    private static ObjectNode json(int status, Object body) {
        ObjectNode out = JSON.createObjectNode().put("statusCode", status);
        out.putObject("headers").put("Content-Type", "application/json");
        try {
            out.put("body", JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + body, e);
        }
        return out.put("isBase64Encoded", false);
    }

    private static ObjectNode noContent() {
        ObjectNode out = JSON.createObjectNode().put("statusCode", 204);
        out.putObject("headers");
        return out.put("body", "").put("isBase64Encoded", false);
    }

    private static ObjectNode error(int status, String code, String message) {
        return json(status, JSON.createObjectNode().put("Code", code).put("Message", message));
    }

    private static void check(String problem) throws Failure {
        if (problem != null) {
            throw new Failure(400, "BadRequestError", problem);
        }
    }

    private static Failure notFound(String username) {
        return new Failure(404, "NotFoundError", "User '" + username + "' not found");
    }

    private static Failure notAllowed(String method, String path, String allowed) {
        return new Failure(405, "MethodNotAllowedError", "Method " + method + " is not allowed on " + path
                + " (allowed: " + allowed + ")");
    }

    /** An answer other than success, as a checked exception so that no path forgets one. */
    private static final class Failure extends Exception {
        final int status;
        final String code;

        Failure(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }
}
