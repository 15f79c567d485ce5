package test;

import dev.goblet.App;
import dev.goblet.HttpMethod;
import dev.goblet.Route;

@App(name = "bad")
public class TwoBodies {
    public record User(String username) {}

    @Route(path = "/users", methods = HttpMethod.POST)
    public User create(User user, User other) { return user; }
}
