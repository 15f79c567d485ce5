package dev.goblet.benchmarks.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.goblet.benchmarks.users.InMemoryUserStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** The baseline over the in-memory store, passing each call on as {@code InMemoryWebApiHandler} does for Goblet. */
public final class InMemoryUsersStreamHandler implements RequestStreamHandler {
    private final UsersStreamHandler handler = new UsersStreamHandler(new InMemoryUserStore());

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        handler.handleRequest(input, output, context);
    }
}
