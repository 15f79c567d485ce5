package test;

import dev.goblet.App;

@App(name = "bad")
public interface AppInterface {
}
