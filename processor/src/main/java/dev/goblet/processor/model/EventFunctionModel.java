package dev.goblet.processor.model;

import java.util.List;

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
 * @param returnsValue whether the method returns a value, the result of a pure function
 * @param policy what the function may do: read its queue, use the app's tables
 */
public record EventFunctionModel(String name, String logicalId, ClassRef entryPoint, String methodName,
        EventSource source, List<EventParameter> parameters, boolean returnsValue, List<PolicyStatement> policy)
        implements FunctionModel {
    public EventFunctionModel {
        parameters = List.copyOf(parameters);
        policy = List.copyOf(policy);
    }
}
