package test.openapi;

import dev.goblet.App;
import dev.goblet.HttpMethod;
import dev.goblet.NotFoundError;
import dev.goblet.Query;
import dev.goblet.Route;
import java.util.List;

/**
 * Javadoc as javadoc reads it: inline tags, {@literal <p>} paragraphs, and docs inherited from the interface the app
 * implements.
 */
@App(name = "javadoc")
public class JavadocApp implements Directory {
    // No Javadoc of its own: it takes the interface's, parameter names and all.
    @Override
    @Route(path = "/users/{username}")
    public String find(String username) throws NotFoundError {
        return username;
    }

    /**
     * {@inheritDoc} Cheap: one query.
     *
     * @param starting {@inheritDoc}, ignoring case
     */
    @Override
    @Route(path = "/users/count")
    public int count(@Query String starting) {
        return 0;
    }

    /**
     * Lists users {@literal <=} {@code limit} at a time, as {@link List#of() a list}; see {@link #find}.
     * More in {@link Directory}.
     *
     * @param limit at most this many, {@value Integer#MAX_VALUE} by default
     */
    @Route(path = "/users", methods = HttpMethod.GET)
    public List<String> list(@Query(defaultValue = "20") int limit) {
        return List.of();
    }
}

/** What the routes of the app promise, documented once. */
interface Directory {
    /**
     * Finds a user by {@code username}, such as {@code alice}.
     *
     * <p>Names are compared in lower case &amp; without spaces.
     *
     * @param name the user's name, as in {@code /users/alice}
     * @return the user
     * @throws NotFoundError when nobody has that name
     */
    String find(String name) throws NotFoundError;

    /**
     * Counts the users.
     *
     * @param prefix only names that start with it
     * @return how many there are
     */
    int count(String prefix);
}
