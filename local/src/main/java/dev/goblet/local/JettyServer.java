package dev.goblet.local;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.time.Duration;
import java.util.function.IntFunction;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP server under the local server and the WebSocket management API: Jetty's core server (no servlet API),
 * HTTP/1.1 on one port, set up as API Gateway behaves where a development server could differ:
 *
 * <ul>
 *   <li>header names go out as the handler wrote them, and reach the handler as the client sent them;
 *   <li>the request path reaches the handler raw, as API Gateway routes it: an encoded slash or dot segment is the
 *       app's to judge, while a percent-encoding that is not one (such as {@code %zz}) is refused;
 *   <li>every error the server answers itself is Chalice's JSON body ({@link JsonErrors}), never Jetty's page, and
 *       no {@code Server} header names it;
 *   <li>a client has {@code requestTime} to send each request ({@link RequestDeadline}) and may stay silent that
 *       long (the idle timeout), so that slow clients cannot hold the server; request headers are at most
 *       {@link #REQUEST_HEADER_BYTES};
 *   <li>TCP_NODELAY on every connection, so that a keep-alive answer does not wait for the client's delayed ACK.
 * </ul>
 */
final class JettyServer {
    /** The largest request line and headers: 64 KB, against API Gateway's 10 KB, so a real app never meets it. */
    static final int REQUEST_HEADER_BYTES = 64 * 1024;
    /** Threads reading and answering requests; the gateway lets {@link ServerOptions#threads()} run the app. */
    static final int MAX_THREADS = 256;

    private JettyServer() {}

    /**
     * A started server on {@code address:port} (port 0 takes a free one) serving the handler {@code handler} makes
     * for the port it is bound to; its threads are daemons named {@code name}.
     */
    static Server start(InetAddress address, int port, IntFunction<Handler> handler, String name,
            Duration requestTime, PrintStream log) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4, 30_000);
        threads.setName(name);
        threads.setDaemon(true);
        Server server = new Server(threads);
        server.setStopAtShutdown(false); // the local server's own shutdown hook stops it, with its grace
        server.setStopTimeout(0);

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(REQUEST_HEADER_BYTES);
        // Names as the client wrote them: a REST API passes them to the function so.
        http.setHeaderCacheCaseSensitive(true);
        http.setHttpCompliance(HttpCompliance.RFC9110.with("GOBLET_LOCAL",
                HttpCompliance.Violation.CASE_SENSITIVE_FIELD_NAME));
        // The gateway routes on the raw path and never maps it to files; ambiguous paths are the app's to answer.
        http.setUriCompliance(UriCompliance.DEFAULT.with("GOBLET_LOCAL",
                UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR, UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING,
                UriCompliance.Violation.AMBIGUOUS_PATH_SEGMENT, UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT,
                UriCompliance.Violation.AMBIGUOUS_PATH_PARAMETER,
                UriCompliance.Violation.SUSPICIOUS_PATH_CHARACTERS));

        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getHostAddress());
        connector.setPort(port);
        connector.setAcceptQueueSize(1024);
        connector.setIdleTimeout(requestTime.toMillis());
        connector.setAcceptedTcpNoDelay(true);
        connector.setReuseAddress(true);
        RequestDeadline deadline = new RequestDeadline(requestTime);
        connector.addEventListener(deadline);
        server.addBean(deadline);
        server.addConnector(connector);
        server.setErrorHandler(new JsonErrors(log));
        try {
            // Bound before the handler is made, so that it knows the port taken for port 0.
            connector.open();
            // Stopping waits for requests in progress, up to the stop timeout that stop() sets.
            server.setHandler(new GracefulHandler(handler.apply(connector.getLocalPort())));
            server.start();
        } catch (IOException | RuntimeException e) {
            stopQuietly(server);
            connector.close();
            throw e;
        } catch (Exception e) {
            stopQuietly(server);
            connector.close();
            throw new IOException("The server on " + address.getHostAddress() + ":" + port + " could not start: "
                    + e.getMessage(), e);
        }
        return server;
    }

    /** The port the server listens on. */
    static int port(Server server) {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** Stops taking connections, waits up to {@code grace} for requests in progress, then stops. */
    static void stop(Server server, Duration grace) {
        server.setStopTimeout(grace.toMillis());
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping what may not have started: nothing left to free.
        }
    }
}
