package dev.goblet.example.users;

import dev.goblet.App;
import dev.goblet.Authorized;
import dev.goblet.BadRequestError;
import dev.goblet.ConflictError;
import dev.goblet.DynamoDbTable;
import dev.goblet.HttpMethod;
import dev.goblet.NotFoundError;
import dev.goblet.Query;
import dev.goblet.Request;
import dev.goblet.RequestEntityTooLargeError;
import dev.goblet.Route;
import dev.goblet.event.DynamoDbRecord;
import dev.goblet.event.OnDynamoDbRecord;
import dev.goblet.event.OnSqsMessage;
import dev.goblet.event.Schedule;
import dev.goblet.event.ScheduledEvent;
import dev.goblet.event.SnsTopic;
import dev.goblet.event.SqsQueue;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The users service of the walkthrough: create, read, update, delete and list users kept in DynamoDB.
 *
 * <p>Lambda builds one instance per container through the no-argument constructor, so the DynamoDB client is
 * created once and reused by every request the container serves.
 *
 * <p>Reads are public; writes are behind IAM, so that only callers with AWS credentials allowed to
 * {@code execute-api:Invoke} them can create, change or delete users. The local server lets them through with a
 * note, so the walkthrough's requests work there unsigned.
 *
 * <p>The event side, each a Lambda function of its own: {@link #onUserChange} reads the table's stream, queues a
 * welcome mail for each new user and tells the {@code user-events} topic who was created or deleted;
 * {@link #sendWelcomeMail} sends the queued mails; {@link #reportUserCount} publishes the number of users once a
 * day. The queue and the topic are declared here, so the template makes them; each names the functions that use
 * it, so that each function's role holds only what its code does (the stream's reader, for one, may not touch the
 * table's items).
 */
@App(name = "web-api", description = "Manage the users of a service: a Goblet port of the Chalice and CDK walkthrough.")
@DynamoDbTable(resource = "UsersTable", partitionKey = "username", environmentVariable = "DYNAMODB_TABLE_NAME",
        actions = {"GetItem", "PutItem", "UpdateItem", "DeleteItem", "Scan"}, stream = "NEW_AND_OLD_IMAGES",
        functions = {"api_handler", "report_user_count"})
@SqsQueue(name = "welcome-mails", environmentVariable = UserEvents.QUEUE_VARIABLE, maxReceiveCount = 5,
        functions = "on_user_change")
@SnsTopic(name = "user-events", environmentVariable = UserEvents.TOPIC_VARIABLE,
        functions = {"on_user_change", "report_user_count"})
public final class UsersApi {
    /** The largest request body accepted; a user is a few hundred bytes at most. */
    public static final int MAX_BODY_BYTES = 4096;
    /** The most users on one page of {@code GET /users}. */
    public static final int MAX_PAGE_SIZE = 100;

    private final UserStore store;
    private final CursorCodec cursors;
    private final UserEvents events;
    private final Mailer mailer;

    /** Configured from the environment: {@code DYNAMODB_TABLE_NAME}, {@code AWS_REGION}, {@code DYNAMODB_ENDPOINT}. */
    public UsersApi() {
        this(DynamoUserStore.fromEnvironment(System.getenv()));
    }

    /** Serves users kept in {@code store}, with cursors keyed from the environment. */
    public UsersApi(UserStore store) {
        this(store, CursorCodec.fromEnvironment(System.getenv()));
    }

    public UsersApi(UserStore store, CursorCodec cursors) {
        this(store, cursors, new UserEvents(System.getenv()), new LogMailer());
    }

    /** The service with its events sent by {@code events} and its mails by {@code mailer}. */
    public UsersApi(UserStore store, CursorCodec cursors, UserEvents events, Mailer mailer) {
        this.store = store;
        this.cursors = cursors;
        this.events = events;
        this.mailer = mailer;
    }

    /** Creates a user; 409 when the username is taken, decided by the store's conditional write. */
    @Authorized(Authorized.IAM)
    @Route(path = "/users", methods = HttpMethod.POST, status = 201)
    public User createUser(Request request, User user) throws ConflictError {
        checkSize(request);
        if (user == null) {
            throw new BadRequestError("The body must be a JSON object with 'username' and 'email'");
        }
        UserRules.checkUsername(user.username());
        UserRules.checkEmail(user.email());
        UserRules.checkDisplayName(user.displayName());
        if (!store.create(user)) {
            throw new ConflictError("User '" + user.username() + "' already exists");
        }
        return user;
    }

    @Route(path = "/users/{username}")
    public User getUser(String username) throws NotFoundError {
        UserRules.checkUsername(username);
        return store.find(username).orElseThrow(() -> notFound(username));
    }

    /**
     * Sets the attributes the body gives and answers with the user as stored. Attributes are written
     * independently, so concurrent updates of different attributes all keep; of concurrent updates of one
     * attribute, the last one DynamoDB applies wins.
     */
    @Authorized(Authorized.IAM)
    @Route(path = "/users/{username}", methods = HttpMethod.PUT)
    public User updateUser(String username, Request request, UserChanges changes) throws NotFoundError {
        checkSize(request);
        UserRules.checkUsername(username);
        if (changes == null || changes.isEmpty()) {
            throw new BadRequestError("Nothing to update: give 'email', 'displayName' or both");
        }
        if (changes.email() != null) {
            UserRules.checkEmail(changes.email());
        }
        UserRules.checkDisplayName(changes.displayName());
        return store.update(username, changes).orElseThrow(() -> notFound(username));
    }

    @Authorized(Authorized.IAM)
    @Route(path = "/users/{username}", methods = HttpMethod.DELETE, status = 204)
    public void deleteUser(String username) throws NotFoundError {
        UserRules.checkUsername(username);
        if (!store.delete(username)) {
            throw notFound(username);
        }
    }

    /** A page of users; pass the answer's {@code next} back to get the following one. */
    @Route(path = "/users")
    public UserPage listUsers(@Query(defaultValue = "25") int limit, @Query("next") Optional<String> next) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new BadRequestError("Invalid query parameter 'limit': use 1 to " + MAX_PAGE_SIZE);
        }
        String startAfter = next.map(cursor -> cursors.decode(cursor, limit)).orElse(null);
        UserStore.Page page = store.list(limit, startAfter);
        String cursor = page.lastUsername() == null ? null : cursors.encode(page.lastUsername(), limit);
        return new UserPage(page.users(), cursor);
    }

    /**
     * Each change of the users table, in order: a new user gets a welcome mail queued and a {@code UserCreated}
     * event, a deleted one a {@code UserDeleted} event; an update tells no one. A record that fails (SQS or SNS
     * unreachable) is delivered again with those after it, so each is handled at least once: a retried new user may
     * be queued two mails, which is why the worker's mails say nothing that harms when repeated.
     */
    @OnDynamoDbRecord(table = "UsersTable", startingPosition = "TRIM_HORIZON", batchSize = 100)
    public void onUserChange(DynamoDbRecord change) {
        switch (change.eventName()) {
            case "INSERT" -> {
                User user = new User(change.newImage().path("username").asText(),
                        change.newImage().path("email").asText(),
                        change.newImage().hasNonNull("displayName")
                                ? change.newImage().path("displayName").asText() : null);
                events.queueWelcomeMail(WelcomeMail.of(user));
                events.publish(UserEvents.UserEvent.created(user.username()));
            }
            case "REMOVE" -> events.publish(UserEvents.UserEvent.deleted(change.keys().path("username").asText()));
            default -> {
                // MODIFY: a changed email or display name is nobody else's business yet.
            }
        }
    }

    /**
     * Sends one queued welcome mail. A mail the mailer refuses fails alone: it is reported in the batch's
     * failures and, after the queue's {@code maxReceiveCount} deliveries, lands in its dead-letter queue, while the
     * other mails of the batch are done.
     */
    @OnSqsMessage(queue = "welcome-mails", batchSize = 10, maximumBatchingWindow = 5)
    public void sendWelcomeMail(WelcomeMail mail) {
        mailer.send(mail.email(), "Welcome, " + mail.greeting(), "Hello " + mail.greeting()
                + ",\n\nyour account '" + mail.username() + "' is ready.\n");
    }

    /**
     * Once a day, publishes how many users there are as a {@code UsersCounted} event, dated with the day the
     * schedule fired (UTC), for dashboards and billing that subscribe to the topic.
     */
    @Schedule(value = "rate(1 day)", description = "Publishes the number of users to the user-events topic")
    public void reportUserCount(ScheduledEvent event) {
        String day = event.time() == null || event.time().length() < 10
                ? LocalDate.now(ZoneOffset.UTC).toString() : event.time().substring(0, 10);
        events.publish(UserEvents.UserEvent.counted(store.count(), day));
    }

    private static void checkSize(Request request) {
        int size = request.rawBody().length;
        if (size > MAX_BODY_BYTES) {
            throw new RequestEntityTooLargeError("The request body is " + size + " bytes; the limit is "
                    + MAX_BODY_BYTES);
        }
    }

    private static NotFoundError notFound(String username) {
        return new NotFoundError("User '" + username + "' not found");
    }
}
