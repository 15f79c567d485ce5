package test.openapi;

import dev.goblet.App;
import dev.goblet.Route;
import java.util.List;

/** Generic types are resolved: each use of Page is its own component. Recursive types end in a $ref. */
@App(name = "generics")
public class GenericsApp {
    public record Page<T>(List<T> items, String next) {}

    public record Pair<A, B>(A first, B second) {}

    public record User(String name) {}

    /** A folder holds folders: the schema refers to itself. */
    public record Folder(String name, List<Folder> children, Folder parent) {}

    public record Node(String id, Edge out) {}

    public record Edge(Node to) {}

    @Route(path = "/users")
    public Page<User> users() {
        return null;
    }

    @Route(path = "/names")
    public Page<String> names() {
        return null;
    }

    @Route(path = "/pairs")
    public Pair<User, Page<User>> pair() {
        return null;
    }

    @Route(path = "/folders")
    public Folder root() {
        return null;
    }

    @Route(path = "/graph")
    public Node graph() {
        return null;
    }
}
