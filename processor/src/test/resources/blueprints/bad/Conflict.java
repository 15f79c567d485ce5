package test;

import dev.goblet.App;
import dev.goblet.Blueprint;
import dev.goblet.RegisterBlueprint;
import dev.goblet.Route;

@App(name = "bad")
@RegisterBlueprint(value = Conflict.Users.class, urlPrefix = "/users")
public class Conflict {
    @Route(path = "/users/{name}")
    public String byName(String name) { return name; }

    @Blueprint
    public static class Users {
        public Users() {}

        @Route(path = "/{id}")
        public String byId(String id) { return id; }
    }
}
