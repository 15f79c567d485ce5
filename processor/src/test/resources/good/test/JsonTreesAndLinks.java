package test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.App;
import dev.goblet.HttpMethod;
import dev.goblet.Query;
import dev.goblet.Route;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

@App(name = "trees")
public class JsonTreesAndLinks {
    /** A record holding free-form JSON. */
    public record Document(String name, JsonNode content, ObjectNode meta) {}

    @Route(path = "/documents", methods = HttpMethod.POST)
    public Document create(Document document) { return document; }

    @Route(path = "/trees", methods = HttpMethod.POST)
    public ObjectNode tree(JsonNode body) { return null; }

    @Route(path = "/links")
    public Map<String, String> link(@Query URI target, @Query Optional<URI> back) { return Map.of(); }
}
