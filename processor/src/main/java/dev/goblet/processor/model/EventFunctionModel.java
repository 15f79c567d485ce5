package dev.goblet.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * A method of the app that is a Lambda function of its own, invoked by an event source or directly:
 * {@code @Schedule}, {@code @OnSqsMessage}, {@code @OnSnsMessage}, {@code @LambdaFunction}.
 *
 * @param name its {@code lambda_functions} key: the annotation's name, else the method's name in snake case
 * @param logicalId its logical id in the template: the name in CamelCase, as Chalice writes it
 * @param entryPoint the generated entry point, {@code <AppName><LogicalId>Handler}
 * @param methodName the app's method it calls
 * @param source what invokes it
 * @param parameters the method's parameters, in order
 * @param answer the type the method returns, the result of a pure function; empty for {@code void}
 * @param policy what the function may do: read its queue, use the app's tables
 * @param middleware the app's {@code @EventMiddleware} methods that cover it, outermost first
 * @param blueprint the registration of the blueprint whose method it calls; empty for a method of the app
 */
public record EventFunctionModel(String name, String logicalId, ClassRef entryPoint, String methodName,
        EventSource source, List<EventParameter> parameters, Optional<TypeRef> answer,
        List<PolicyStatement> policy, List<String> middleware, Optional<BlueprintModel> blueprint)
        implements FunctionModel {
    public EventFunctionModel {
        parameters = List.copyOf(parameters);
        policy = List.copyOf(policy);
        middleware = List.copyOf(middleware);
    }

    /** A function no {@code @EventMiddleware} covers. */
    public EventFunctionModel(String name, String logicalId, ClassRef entryPoint, String methodName,
            EventSource source, List<EventParameter> parameters, Optional<TypeRef> answer,
            List<PolicyStatement> policy) {
        this(name, logicalId, entryPoint, methodName, source, parameters, answer, policy, List.of(),
                Optional.empty());
    }

    /** This function inside the app's {@code @EventMiddleware} methods {@code middleware}, outermost first. */
    public EventFunctionModel withMiddleware(List<String> middleware) {
        return new EventFunctionModel(name, logicalId, entryPoint, methodName, source, parameters, answer,
                policy, middleware, blueprint);
    }

    /** This function calling its method on an instance of {@code registration}'s blueprint. */
    public EventFunctionModel inBlueprint(BlueprintModel registration) {
        return new EventFunctionModel(name, logicalId, entryPoint, methodName, source, parameters, answer,
                policy, middleware, Optional.of(registration));
    }

    @Override
    public EventFunctionModel withPolicy(List<PolicyStatement> policy) {
        return new EventFunctionModel(name, logicalId, entryPoint, methodName, source, parameters, answer,
                policy, middleware, blueprint);
    }

    /** Its kind as {@code @EventMiddleware} names it: {@code SQS}, {@code PURE}...; empty for an authorizer. */
    public String middlewareKind() {
        if (source instanceof EventSource.Stream stream) {
            return stream.service() == EventSource.Stream.Service.DYNAMODB ? "DYNAMODB" : "KINESIS";
        }
        return source instanceof EventSource.Sqs ? "SQS" : source instanceof EventSource.Sns ? "SNS"
                : source instanceof EventSource.Schedule ? "SCHEDULE" : source instanceof EventSource.S3 ? "S3"
                : source instanceof EventSource.EventBridge ? "EVENTBRIDGE"
                : source instanceof EventSource.WebSocket ? "WEBSOCKET"
                : source instanceof EventSource.Direct ? "PURE" : "";
    }

    /** Whether the method returns a value, the result of a pure function. */
    public boolean returnsValue() {
        return answer.isPresent();
    }
}
