package dev.goblet.sample;

import dev.goblet.App;
import dev.goblet.HttpMethod;
import dev.goblet.event.DynamoDbRecord;
import dev.goblet.event.LambdaFunction;
import dev.goblet.event.OnDynamoDbRecord;
import dev.goblet.event.OnKinesisRecord;
import dev.goblet.event.OnEventBridge;
import dev.goblet.event.OnS3Event;
import dev.goblet.event.S3ObjectEvent;
import dev.goblet.NotFoundError;
import dev.goblet.event.OnSqsMessage;
import dev.goblet.Query;
import dev.goblet.Request;
import dev.goblet.Response;
import dev.goblet.Route;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The app the test kit's and the local server's tests drive: the processor generates its
 * {@code SampleAppHandler}, so those tests run the code a user's build would run.
 */
@App(name = "sample-app", description = "The app of the test kit's and the local server's tests.")
public final class SampleApp {
    /** The variable {@code GET /env} reports, set by the test that starts the server from its command line. */
    public static final String GREETING_VARIABLE = "GOBLET_SAMPLE_GREETING";

    /** A user, as the body of {@code POST /users}. */
    public record User(String username, String email) {}

    /** Who was welcomed, by the queue-fed function below. */
    public final List<String> welcomed = new CopyOnWriteArrayList<>();

    /** Welcomes a new user; one without an email fails its message alone. */
    @OnSqsMessage(queue = "welcome-mails", batchSize = 10)
    public void welcome(User user) {
        if (user.email() == null) {
            throw new IllegalStateException("no email for " + user.username());
        }
        welcomed.add(user.username());
    }

    /** The avatars uploaded, by key. */
    public final List<String> avatars = new CopyOnWriteArrayList<>();

    /** Who verified their email, as the bus told. */
    public final List<String> verified = new CopyOnWriteArrayList<>();

    @OnS3Event(bucket = "sample-avatars", prefix = "incoming/")
    public void avatarUploaded(S3ObjectEvent upload) {
        avatars.add(upload.key() + " (" + upload.size() + " bytes)");
    }

    @OnEventBridge(pattern = "{\"source\": [\"sample.users\"], \"detail-type\": [\"User Verified\"]}")
    public void userVerified(User user) {
        verified.add(user.username());
    }

    /** The users' changes, as the table's stream told them. */
    public final List<String> changes = new CopyOnWriteArrayList<>();

    /** A change to a user named "broken" fails its record. */
    @OnDynamoDbRecord(streamArn = "arn:aws:dynamodb:us-east-1:123456789012:table/Users/stream/2026-01-01T00:00:00.000")
    public void userChanged(DynamoDbRecord change) {
        if (change.keys().path("username").asText().equals("broken")) {
            throw new IllegalStateException("cannot index broken");
        }
        changes.add(change.eventName() + " " + change.keys().path("username").asText());
    }

    @OnKinesisRecord(stream = "sample-clicks")
    public void click(User user) {
        changes.add("click " + user.username());
    }

    /** A pure function: the length of each name it is given. */
    @LambdaFunction
    public Map<String, Integer> nameLengths(List<String> names) {
        Map<String, Integer> lengths = new LinkedHashMap<>();
        names.forEach(name -> lengths.put(name, name.length()));
        return lengths;
    }

    @Route(path = "/hello")
    public Map<String, String> hello() {
        return Map.of("hello", "world");
    }

    /** Creates a user, and answers with it. */
    @Route(path = "/users", methods = HttpMethod.POST, status = 201)
    public User createUser(User user) {
        return user;
    }

    /** Reads a user; {@code nobody} is not found. */
    @Route(path = "/users/{username}")
    public User getUser(String username) {
        if (username.equals("nobody")) {
            throw new NotFoundError("No user " + username);
        }
        return new User(username, username + "@example.com");
    }

    /** Deletes a user. */
    @Route(path = "/users/{username}", methods = HttpMethod.DELETE, status = 204)
    public void deleteUser(String username) {}

    /** What the request looked like to the handler, with two values of one response header. */
    @Route(path = "/echo")
    public Response echo(@Query("count") List<Integer> counts, Request request) {
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("counts", counts);
        seen.put("tags", request.headers().all("X-Tag"));
        seen.put("stage", request.stage());
        seen.put("requestId", request.requestId());
        seen.put("sourceIp", request.identity().sourceIp());
        seen.put("userAgent", request.identity().userAgent());
        seen.put("path", request.path());
        return Response.status(200)
                .header("X-Echo", "first")
                .header("X-Echo", "second")
                .header("Set-Cookie", "a=1")
                .header("Set-Cookie", "b=2")
                .body(seen)
                .build();
    }

    /** The body's bytes in reverse order. */
    @Route(path = "/binary", methods = HttpMethod.POST, contentTypes = "application/octet-stream")
    public Response reversed(byte[] body) {
        byte[] out = new byte[body.length];
        for (int i = 0; i < body.length; i++) {
            out[i] = body[body.length - 1 - i];
        }
        return Response.status(200).contentType("application/octet-stream").body(out).build();
    }

    @Route(path = "/env")
    public Map<String, String> env() {
        return Map.of("greeting", String.valueOf(System.getenv(GREETING_VARIABLE)));
    }

    @Route(path = "/boom")
    public String boom() {
        throw new IllegalStateException("a secret the answer must not reveal");
    }
}
