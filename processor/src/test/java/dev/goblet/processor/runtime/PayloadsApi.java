package dev.goblet.processor.runtime;

import dev.goblet.App;
import dev.goblet.HttpMethod;
import dev.goblet.Request;
import dev.goblet.Response;
import dev.goblet.Route;
import java.util.LinkedHashMap;
import java.util.Map;

/** An app that says what it saw of a request, for events of every payload version and source. */
@App(name = "payloads")
public class PayloadsApi {
    @Route(path = "/my/{rest+}", methods = {HttpMethod.GET, HttpMethod.POST}, contentTypes = "*/*")
    public Response seen(String rest, Request request) {
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("method", request.method());
        seen.put("path", request.path());
        seen.put("rest", rest);
        seen.put("stage", request.stage());
        seen.put("header2", request.headers().all("Header2"));
        seen.put("cookie", request.headers().all("Cookie"));
        seen.put("query", request.queryParameters());
        seen.put("body", request.bodyText());
        seen.put("sourceIp", request.identity().sourceIp());
        seen.put("principal", request.authorizer().principalId());
        seen.put("claims", request.authorizer().claims());
        return Response.status(200)
                .header("X-Seen", "one")
                .header("X-Seen", "two")
                .header("Set-Cookie", "session=abc; HttpOnly")
                .header("Set-Cookie", "theme=dark")
                .body(seen)
                .build();
    }
}
