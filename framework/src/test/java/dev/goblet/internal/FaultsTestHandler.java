package dev.goblet.internal;

import dev.goblet.BadRequestError;
import dev.goblet.HttpMethod;
import dev.goblet.Request;
import dev.goblet.Response;

/**
 * A handler whose routes fail the ways app code fails: errors of the JVM, constructors that throw, headers that
 * cannot be written. Each must end in a well-formed 500 that reveals nothing, never in an exception out of the
 * entry point.
 */
final class FaultsTestHandler extends ApiEntryPoint {
    static final String SECRET = "Cannot reach db-7.internal";

    /** A body whose compact constructor fails the way app code does: a bug, not the caller's fault. */
    record Tag(String name) {
        Tag {
            if (name.equals("db")) {
                throw new IllegalStateException(SECRET);
            }
            if (name.isBlank()) {
                throw new BadRequestError("Invalid tag: must not be blank");
            }
        }
    }

    /** A type Jackson cannot create: binding to it is the app's bug. */
    static final class NoCreator {
        NoCreator(int size, String name) {}
    }

    FaultsTestHandler() {
        super(RouteTable.of(
                RouteSpec.of(0, "/out-of-memory", HttpMethod.GET),
                RouteSpec.of(1, "/internal-error", HttpMethod.GET),
                RouteSpec.of(2, "/stack-overflow", HttpMethod.GET),
                RouteSpec.of(3, "/null-header", HttpMethod.GET),
                RouteSpec.of(4, "/redirect", HttpMethod.GET),
                RouteSpec.of(5, "/tags", HttpMethod.POST).body(),
                RouteSpec.of(6, "/no-creator", HttpMethod.POST).body()));
    }

    @Override
    public String appName() {
        return "faults-test";
    }

    @Override
    protected Object dispatch(int routeId, Request request) throws Exception {
        switch (routeId) {
            case 0:
                throw new OutOfMemoryError("Java heap space near " + SECRET);
            case 1:
                throw new InternalError(SECRET);
            case 2:
                throw new StackOverflowError(SECRET);
            case 3:
                return Response.status(200).header(null, "x").build();
            case 4:
                return Response.status(302).header("Location", "/next?" + request.queryParameter("to")).build();
            case 5:
                return ParameterBinder.body(request, JsonBodies.type(Tag.class), "tag", true);
            case 6:
                return ParameterBinder.body(request, JsonBodies.type(NoCreator.class), "thing", true);
            default:
                throw new IllegalStateException("No route " + routeId);
        }
    }
}
