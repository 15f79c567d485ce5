package test;

import dev.goblet.App;
import dev.goblet.BadRequestError;
import dev.goblet.HttpMethod;
import dev.goblet.Response;
import dev.goblet.Route;

/** Body records with compact constructors, beside routes whose bodies make calls. */
@App(name = "compact")
public class CompactConstructors {
    /** A record that checks its value, as users' records do. */
    public record Code(String value) {
        public Code {
            if (value.isBlank()) {
                throw new BadRequestError("value must not be blank");
            }
        }
    }

    @Route(path = "/codes", methods = HttpMethod.POST)
    public Code create(Code code) {
        return code;
    }

    @Route(path = "/codes/first")
    public Response first() {
        return Response.ok(new Code("a".repeat(2)));
    }
}
