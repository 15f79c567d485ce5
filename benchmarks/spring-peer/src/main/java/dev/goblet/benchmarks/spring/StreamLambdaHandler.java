package dev.goblet.benchmarks.spring;

import com.amazonaws.serverless.exceptions.ContainerInitializationException;
import com.amazonaws.serverless.proxy.model.AwsProxyRequest;
import com.amazonaws.serverless.proxy.model.AwsProxyResponse;
import com.amazonaws.serverless.proxy.spring.SpringBootLambdaContainerHandler;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** The Lambda entry point as the library's quick start writes it: the Spring context starts when the class loads. */
public class StreamLambdaHandler implements RequestStreamHandler {
    private static final SpringBootLambdaContainerHandler<AwsProxyRequest, AwsProxyResponse> HANDLER = start();

    private static SpringBootLambdaContainerHandler<AwsProxyRequest, AwsProxyResponse> start() {
        try {
            return SpringBootLambdaContainerHandler.getAwsProxyHandler(UsersApplication.class);
        } catch (ContainerInitializationException e) {
            throw new IllegalStateException("Spring did not start", e);
        }
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        HANDLER.proxyStream(input, output, context);
    }
}
