package dev.goblet.local;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.component.AbstractLifeCycle;

/**
 * Closes the connection of a client that takes longer than the request time to send a request, headers and body.
 * Jetty's idle timeout cuts off a client that sends nothing, but never one that sends a byte a second, and Jetty has
 * no limit on the time a request takes to arrive: without this, such clients hold their connections (and, while
 * their bodies trickle in, the threads reading them) for as long as they like.
 *
 * <p>A request's time runs from the first byte the connection receives after the last request was read until the
 * gateway has read its body ({@link #bodyRead}). The app's own time does not count, nor does a keep-alive
 * connection's wait between requests, which the idle timeout governs. Each connection is looked at twice a second,
 * from the byte and request counts Jetty keeps for it, so a client is cut off within half a second of its time.
 */
final class RequestDeadline extends AbstractLifeCycle implements Connection.Listener {
    private static final long TICK_MILLIS = 500;

    private final Duration limit;
    private final Map<Connection, Watch> connections = new ConcurrentHashMap<>();
    private ScheduledExecutorService ticks;

    RequestDeadline(Duration limit) {
        this.limit = limit;
    }

    Duration limit() {
        return limit;
    }

    @Override
    public void onOpened(Connection connection) {
        connections.put(connection, new Watch());
    }

    @Override
    public void onClosed(Connection connection) {
        connections.remove(connection);
    }

    /**
     * {@code request} has been read, body and all: its connection's time stops until the connection receives more.
     * Does nothing on a server without a deadline.
     */
    static void bodyRead(Request request) {
        RequestDeadline deadline = request.getConnectionMetaData().getConnector().getServer()
                .getBean(RequestDeadline.class);
        if (deadline != null) {
            deadline.bodyRead(request.getConnectionMetaData().getConnection());
        }
    }

    private void bodyRead(Connection connection) {
        Watch watch = connections.get(connection);
        if (watch != null) {
            watch.read(connection.getMessagesIn(), connection.getBytesIn());
        }
    }

    @Override
    protected void doStart() {
        ticks = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "goblet-local-deadline");
            thread.setDaemon(true);
            return thread;
        });
        ticks.scheduleWithFixedDelay(this::check, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() {
        ticks.shutdownNow();
        connections.clear();
    }

    private void check() {
        long now = System.nanoTime();
        connections.forEach((connection, watch) -> {
            if (watch.overdue(connection.getMessagesIn(), connection.getBytesIn(), now, limit.toNanos())) {
                connections.remove(connection);
                connection.getEndPoint().close(new TimeoutException("The request was not sent within "
                        + limit.toSeconds() + " s"));
            }
        });
    }

    /** One connection's counts when its last request had been read, and since when it has been receiving another. */
    private static final class Watch {
        private long messagesRead;
        private long bytesRead;
        private boolean receiving;
        private long since;

        synchronized void read(long messages, long bytes) {
            messagesRead = messages;
            bytesRead = bytes;
            receiving = false;
        }

        /**
         * Whether the connection has been receiving a request for longer than {@code limit}: it got bytes, or
         * the headers of a request (the message count grows when they are complete) whose body is not read yet.
         */
        synchronized boolean overdue(long messages, long bytes, long now, long limit) {
            if (messages == messagesRead && bytes == bytesRead) {
                receiving = false;
                return false;
            }
            if (!receiving) {
                receiving = true;
                since = now;
                return false;
            }
            return now - since > limit;
        }
    }
}
