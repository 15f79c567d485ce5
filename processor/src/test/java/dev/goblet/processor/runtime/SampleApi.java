package dev.goblet.processor.runtime;

import dev.goblet.App;
import dev.goblet.ConflictError;
import dev.goblet.Header;
import dev.goblet.HttpMethod;
import dev.goblet.Query;
import dev.goblet.Request;
import dev.goblet.Response;
import dev.goblet.Route;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** An app using every binding, compiled by the processor so that runtime tests drive its generated handler. */
@App(name = "sample")
public class SampleApi {
    /** A body type. */
    public record Item(String name, int quantity, List<String> tags) {}

    /** An enum query parameter. */
    public enum Color { RED, GREEN }

    @Route(path = "/items", methods = HttpMethod.POST, status = 201)
    public Item create(Item item) {
        return item;
    }

    @Route(path = "/items/{id}")
    public Map<String, Object> get(int id, @Query Optional<Color> color, @Query("tag") List<String> tags,
            @Header("X-Request-Id") Optional<UUID> requestId, @Query(defaultValue = "10") int limit) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("color", color.map(Enum::name).orElse(null));
        out.put("tags", tags);
        out.put("requestId", requestId.map(UUID::toString).orElse(null));
        out.put("limit", limit);
        return out;
    }

    @Route(path = "/items/special")
    public String special() {
        return "special";
    }

    @Route(path = "/items/{id}", methods = HttpMethod.DELETE)
    public void delete(int id) {}

    @Route(path = "/items/{id}", methods = HttpMethod.PUT, status = 202)
    public void replace(int id, Item item) {}

    @Route(path = "/files/{path+}")
    public Map<String, String> file(String path) {
        return Map.of("path", path);
    }

    @Route(path = "/users/{name}")
    public Map<String, String> user(String name, @Header("X-Flag") boolean flag) {
        return Map.of("name", name, "flag", String.valueOf(flag));
    }

    @Route(path = "/echo", methods = HttpMethod.POST, contentTypes = "application/octet-stream")
    public Response echo(byte[] body) {
        return Response.status(200).contentType("application/octet-stream").body(body).build();
    }

    @Route(path = "/request", methods = {HttpMethod.GET, HttpMethod.POST}, contentTypes = "*/*")
    public Map<String, Object> request(Request request) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", request.method());
        out.put("path", request.path());
        out.put("resourcePath", request.resourcePath());
        out.put("stage", request.stage());
        out.put("requestId", request.requestId());
        out.put("sourceIp", request.identity().sourceIp());
        out.put("userAgent", request.header("user-agent"));
        out.put("query", request.queryParameters());
        out.put("stageVariables", request.stageVariables());
        out.put("body", request.bodyText());
        return out;
    }

    @Route(path = "/cookies")
    public Response cookies() {
        return Response.status(200)
                .header("Set-Cookie", "a=1")
                .header("Set-Cookie", "b=2")
                .header("X-Multi", "one")
                .header("X-Multi", "two")
                .body(Map.of("ok", true))
                .build();
    }

    @Route(path = "/notes", methods = HttpMethod.POST)
    public Map<String, Object> note(Optional<Item> item) {
        return Map.of("present", item.isPresent(), "name", item.map(Item::name).orElse(""));
    }

    @Route(path = "/conflict", methods = HttpMethod.PUT)
    public void conflict() throws ConflictError {
        throw new ConflictError("Item already exists");
    }

    @Route(path = "/boom")
    public String boom() {
        throw new IllegalStateException("secret connection string");
    }
}
