package test;

import dev.goblet.App;
import dev.goblet.RegisterBlueprint;

@App(name = "bad")
@RegisterBlueprint(value = String.class, urlPrefix = "/users")
public class NotMarked {}
