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
 */
public record EventFunctionModel(String name, String logicalId, ClassRef entryPoint, String methodName,
        EventSource source, List<EventParameter> parameters, Optional<TypeRef> answer,
        List<PolicyStatement> policy)
        implements FunctionModel {
    public EventFunctionModel {
        parameters = List.copyOf(parameters);
        policy = List.copyOf(policy);
    }

    /** Whether the method returns a value, the result of a pure function. */
    public boolean returnsValue() {
        return answer.isPresent();
    }
}
