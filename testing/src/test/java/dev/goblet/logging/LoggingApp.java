package dev.goblet.logging;

import dev.goblet.App;
import dev.goblet.AppLog;
import dev.goblet.Middleware;
import dev.goblet.Next;
import dev.goblet.Request;
import dev.goblet.Response;
import dev.goblet.Route;
import dev.goblet.event.LambdaFunction;
import java.util.List;

/** Logs through {@link AppLog} wherever an app's code runs. */
@App(name = "ledger")
public final class LoggingApp {
    private static final AppLog LOG = AppLog.get();

    @Route(path = "/entries/{id}")
    public String entry(String id) {
        LOG.debug("looking up " + id);
        LOG.info("entry \"" + id + "\" read");
        if (id.equals("broken")) {
            IllegalStateException failure = new IllegalStateException("no ledger");
            LOG.error("cannot read " + id, failure);
            throw failure;
        }
        return id;
    }

    @Middleware
    public Response audit(Request request, Next next) throws Exception {
        Response response = next.proceed(request);
        LOG.warn(request.method() + " " + request.path() + " answered " + response.status());
        return response;
    }

    /** A pure function: counts what it is given. */
    @LambdaFunction
    public int count(List<String> entries) {
        LOG.info("counting " + entries.size() + " entries");
        return entries.size();
    }
}
