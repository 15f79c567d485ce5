package test;

import dev.goblet.App;
import dev.goblet.Blueprint;
import dev.goblet.RegisterBlueprint;
import dev.goblet.Route;

@App(name = "bad")
@RegisterBlueprint(value = MissingDependency.Users.class, urlPrefix = "/users")
public class MissingDependency {
    public String first() { return "a"; }
    public String second() { return "b"; }

    @Blueprint
    public static class Users {
        public Users(String table) {}

        @Route(path = "/{id}")
        public String byId(String id) { return id; }
    }
}
