package dev.goblet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.goblet.HttpMethod;
import dev.goblet.NotFoundError;
import dev.goblet.Request;
import dev.goblet.Response;
import dev.goblet.function.ApiRoute;
import dev.goblet.function.GobletFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** What an API entry point tells tools of its routes, and the seam where middleware wraps its routing. */
class ApiFunctionTest {
    private static final RouteTable ROUTES = RouteTable.of(
            RouteSpec.of(0, "/items/{id}", HttpMethod.GET, HttpMethod.HEAD),
            RouteSpec.of(1, "/items", HttpMethod.POST).status(201).body());

    /** A handler as the processor writes one, with the middleware it is given. */
    private static final class ItemsHandler extends ApiEntryPoint {
        ItemsHandler(UnaryOperator<Invocation<Request, Response>> middleware) {
            super(ROUTES, middleware);
        }

        @Override
        public String appName() {
            return "items";
        }

        @Override
        protected Object dispatch(int routeId, Request request) {
            if (routeId == 0 && request.pathParameter("id").equals("missing")) {
                throw new NotFoundError("No item missing");
            }
            return Map.of("route", routeId);
        }
    }

    private final ItemsHandler plain = new ItemsHandler(UnaryOperator.identity());

    @Test
    void listsEveryMethodOfEveryRoute() {
        assertThat(plain.routes()).containsExactly(new ApiRoute(HttpMethod.GET, "/items/{id}"),
                new ApiRoute(HttpMethod.HEAD, "/items/{id}"), new ApiRoute(HttpMethod.POST, "/items"));
        assertThat(plain.functionName()).isEqualTo(GobletFunction.API_HANDLER);
    }

    @Test
    void matchesAsApiGatewayWouldWithoutThrowing() {
        assertThat(plain.match("GET", "/items/a%20b")).contains(new ApiRoute.Match(
                new ApiRoute(HttpMethod.GET, "/items/{id}"), Map.of("id", "a b")));
        assertThat(plain.match("DELETE", "/items/1")).isEmpty();
        assertThat(plain.match("GET", "/nothing")).isEmpty();
        assertThat(plain.match("PROPFIND", "/items/1")).isEmpty();
        assertThat(plain.hasPath("/items/1")).isTrue();
        assertThat(plain.hasPath("/items/1/parts")).isFalse();
    }

    @Test
    void middlewareSeesTheRequestAndTheAnswerAndCanReplaceIt() {
        List<String> seen = new ArrayList<>();
        ItemsHandler handler = new ItemsHandler(next -> request -> {
            seen.add(request.method() + " " + request.path());
            Response answer = next.proceed(request);
            seen.add(String.valueOf(answer.status()));
            return Response.status(answer.status()).header("X-Seen", "yes").body(answer.body()).build();
        });

        Response response = handler.handle(Request.builder("GET", "/items/7").build());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("X-Seen")).containsExactly("yes");
        assertThat(seen).containsExactly("GET /items/7", "200");
    }

    @Test
    void middlewareCanAnswerAloneAndSeesTheRoutesErrors() {
        List<String> errors = new ArrayList<>();
        ItemsHandler handler = new ItemsHandler(next -> request -> {
            if (request.method().equals("OPTIONS")) {
                return Response.status(204).build();
            }
            try {
                return next.proceed(request);
            } catch (NotFoundError e) {
                errors.add(e.code());
                throw e;
            }
        });

        assertThat(handler.handle(Request.builder("OPTIONS", "/anything").build()).status()).isEqualTo(204);
        Response missing = handler.handle(Request.builder("GET", "/items/missing").build());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(errors).containsExactly("NotFoundError");
    }
}
