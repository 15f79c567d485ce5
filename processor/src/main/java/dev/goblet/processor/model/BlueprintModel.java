package dev.goblet.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * One registration of a {@code @Blueprint} on an app: the class, the prefixes, how its constructor is called, and
 * its routes once prefixed.
 *
 * @param type the blueprint's class
 * @param urlPrefix what its paths start with, empty for none
 * @param namePrefix what its operation ids start with, empty for none
 * @param constructorArguments per constructor parameter, the app's method that provides it; empty for the app itself
 * @param routes its routes, with the prefixes applied, in declaration order
 */
public record BlueprintModel(ClassRef type, String urlPrefix, String namePrefix,
        List<Optional<String>> constructorArguments, List<RouteModel> routes) {
    public BlueprintModel {
        constructorArguments = List.copyOf(constructorArguments);
        routes = List.copyOf(routes);
    }
}
