package test;

import dev.goblet.App;
import dev.goblet.Query;
import dev.goblet.Route;
import java.net.URL;

@App(name = "bad")
public class UrlQueryParameter {
    @Route(path = "/links")
    public String link(@Query URL target) { return "ok"; }
}
