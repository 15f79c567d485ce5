package test;

import dev.goblet.App;
import dev.goblet.Blueprint;
import dev.goblet.RegisterBlueprint;
import dev.goblet.Route;

@App(name = "bad")
@RegisterBlueprint(value = BadPrefixes.Users.class, urlPrefix = "/users/", namePrefix = "users-")
public class BadPrefixes {
    @Blueprint
    public static class Users {
        @Route(path = "/{id}")
        public String byId(String id) { return id; }
    }
}
