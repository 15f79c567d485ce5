package test;

import dev.goblet.App;
import dev.goblet.Blueprint;
import dev.goblet.RegisterBlueprint;
import dev.goblet.Route;

@App(name = "bad")
@RegisterBlueprint(value = InnerBlueprint.Users.class, urlPrefix = "/users")
public class InnerBlueprint {
    @Blueprint
    public class Users {
        @Route(path = "/{id}")
        public String byId(String id) { return id; }
    }
}
