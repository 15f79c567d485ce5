package dev.goblet.local;

import dev.goblet.internal.GatewayError;
import dev.goblet.testing.ProxyResponse;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What the HTTP server answers itself, for a request it cannot hand to the gateway (a malformed request line or URI,
 * headers over the limit, an HTTP version it does not speak) or one whose handling failed: Chalice's error body,
 * {@code {"Code": "BadRequestError", "Message": ...}}, as API Gateway's default 4XX and 5XX gateway responses give
 * it. In place of Jetty's HTML page, which names the server and echoes the request.
 */
final class JsonErrors extends ErrorHandler {
    /** Jetty's own reasons worth passing on, such as {@code Illegal character VCHAR='@'}; never a class name. */
    private static final Pattern PLAIN_REASON = Pattern.compile("[A-Za-z0-9 ,.:;'=/_-]{1,100}");

    private final PrintStream log;

    JsonErrors(PrintStream log) {
        this.log = log;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        String reason = (String) request.getAttribute(ERROR_MESSAGE);
        Throwable cause = (Throwable) request.getAttribute(ERROR_EXCEPTION);
        if (cause instanceof HttpException http) {
            status = http.getCode();
            reason = http.getReason();
        }
        if (status < 400) {
            status = 500;
        }
        response.setStatus(status);
        // A 505 is the client's doing, as a 4xx is; other 5xx are the server's.
        boolean serverFault = status >= 500 && status != 505;
        String message = message(status, reason);
        log.println((serverFault ? "Failed to answer a request: " : "Refused a malformed request: ") + status + " "
                + message);
        ProxyResponse answer = GatewayAnswer.error(status, (serverFault ? GatewayError.DEFAULT_5XX
                : GatewayError.DEFAULT_4XX).code(), message);
        if (HttpStatus.hasNoBody(status)) {
            callback.succeeded();
            return true;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
        return true;
    }

    /** The message for {@code status}, with {@code reason} (Jetty's) only where it is plain words. */
    private static String message(int status, String reason) {
        return switch (status) {
            case 400 -> "Malformed request: the request line, a header or the URI's percent-encoding is not valid"
                    + " HTTP" + (plain(reason) ? " (" + reason + ")" : "");
            case 414 -> "Request URI too long";
            case 431 -> "Request headers are over the local server's limit of " + JettyServer.REQUEST_HEADER_BYTES
                    + " bytes";
            case 505 -> "HTTP version not supported: use HTTP/1.1";
            default -> status >= 500 ? GatewayError.DEFAULT_5XX.message() : HttpStatus.getMessage(status);
        };
    }

    private static boolean plain(String reason) {
        if (reason == null || !PLAIN_REASON.matcher(reason).matches()) {
            return false;
        }
        String lower = reason.toLowerCase(Locale.ROOT);
        return !lower.equals("bad request") && !lower.contains("jetty") && !lower.contains("exception")
                && !lower.contains("java");
    }
}
