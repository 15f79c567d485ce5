package dev.goblet.benchmarks.goblet;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.goblet.benchmarks.users.InMemoryUserStore;
import dev.goblet.example.users.UsersApi;
import dev.goblet.example.users.WebApiHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The users service's generated {@link WebApiHandler} over an in-memory store. The service's own no-argument
 * constructor connects to DynamoDB; Lambda can only call a no-argument constructor, so this one passes the call on.
 */
public final class InMemoryWebApiHandler implements RequestStreamHandler {
    private final WebApiHandler handler = new WebApiHandler(new UsersApi(new InMemoryUserStore()));

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        handler.handleRequest(input, output, context);
    }
}
