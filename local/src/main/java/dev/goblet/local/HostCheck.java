package dev.goblet.local;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which {@code Host} and {@code Origin} a request may carry, against DNS rebinding: a web page on another site
 * whose name is made to resolve to 127.0.0.1 reaches the server with its own name in {@code Host}, and a page's
 * form or script posts with its own {@code Origin}. The server answers only requests that name it as
 * {@code 127.0.0.1}, {@code localhost}, {@code [::1]} or its configured host, on its port; and refuses a
 * state-changing request from any other origin, unless the app's CORS allows that origin the path (which the gateway
 * asks the app).
 */
final class HostCheck {
    /** Methods a browser may send from any page without asking first, and which must not change anything. */
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Set<String> hosts;
    private final String port;
    private final boolean anyAddress;

    HostCheck(String configuredHost, int port) {
        String configured = configuredHost.toLowerCase(Locale.ROOT);
        if (configured.contains(":") && !configured.startsWith("[")) {
            configured = "[" + configured + "]";
        }
        this.hosts = Stream.of("127.0.0.1", "localhost", "[::1]", configured).map(name -> name + ":" + port)
                .collect(Collectors.toUnmodifiableSet());
        this.port = String.valueOf(port);
        this.anyAddress = isWildcard(configuredHost);
    }

    /** Whether {@code host}, the request's {@code Host} header, names this server. */
    boolean allowsHost(String host) {
        if (host == null) {
            return false;
        }
        String name = withPort(host.trim().toLowerCase(Locale.ROOT));
        // Bound to every address, the server is also reached by this machine's IP addresses; a literal address
        // in Host cannot be rebound, as only DNS names can.
        int colon = name.lastIndexOf(':');
        return hosts.contains(name) || anyAddress && colon > 0 && name.substring(colon + 1).equals(port)
                && isAddressLiteral(name.substring(0, colon));
    }

    /** Whether a request with this method and {@code Origin} header, its Host allowed, may go on. */
    boolean allowsOrigin(String method, String origin, String host) {
        if (origin == null || SAFE_METHODS.contains(method)) {
            return true;
        }
        String given = origin.trim().toLowerCase(Locale.ROOT);
        return given.startsWith("http://")
                && withPort(given.substring("http://".length())).equals(withPort(host.trim().toLowerCase(Locale.ROOT)));
    }

    /** A browser leaves out port 80, the default of {@code http}. */
    private static String withPort(String host) {
        int colon = host.lastIndexOf(':');
        return colon < 0 || host.endsWith("]") ? host + ":80" : host;
    }

    private static boolean isAddressLiteral(String name) {
        String address = name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
        return address.matches("[0-9.]+") && address.chars().filter(c -> c == '.').count() == 3
                || address.contains(":") && address.matches("[0-9a-f:.]+");
    }

    private static boolean isWildcard(String host) {
        try {
            return InetAddress.getByName(host).isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
