package test;

import dev.goblet.App;
import dev.goblet.Route;

@App(name = "bad")
public class ReturnTypeWithoutProperties {
    /** Holds a value Jackson cannot see: a private field, no getter. */
    public static final class Token {
        private final String value = "t";

        public String value() { return value; }
    }

    @Route(path = "/token")
    public Token token() { return new Token(); }
}
