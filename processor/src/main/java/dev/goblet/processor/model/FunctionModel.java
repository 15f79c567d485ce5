package dev.goblet.processor.model;

import java.util.List;

/**
 * One Lambda function of an app. Routes share the API handler; each event source, pure Lambda function, authorizer
 * and websocket handler Goblet learns becomes one more permitted type here, so that every writer meets it as a
 * function first and as its kind only where the kind matters.
 */
public sealed interface FunctionModel permits ApiHandlerModel, EventFunctionModel {
    /** The function's key under {@code lambda_functions} in the stage config, as Chalice names it. */
    String name();

    /** The function's logical id in the SAM template, as Chalice names it; its outputs are named after it. */
    String logicalId();

    /** The generated class Lambda calls. */
    ClassRef entryPoint();

    /** What the function may do besides logging: its least-privilege policy, one statement per resource. */
    List<PolicyStatement> policy();

    /** This function with {@code policy} instead of its own. */
    FunctionModel withPolicy(List<PolicyStatement> policy);
}
