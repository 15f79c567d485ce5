package test;

import dev.goblet.App;
import dev.goblet.HttpMethod;
import dev.goblet.Route;

@App(name = "bad")
public class BadContentType {
    @Route(path = "/upload", methods = HttpMethod.POST, contentTypes = "json")
    public void upload(byte[] body) {}
}
