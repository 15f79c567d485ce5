package dev.goblet.processor.writing.sam;

import static dev.goblet.processor.writing.sam.TemplateValues.getAtt;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.Authorized;
import dev.goblet.processor.model.ApiHandlerModel;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.CorsModel;
import dev.goblet.processor.model.RouteModel;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The app's routes behind a Lambda function URL, for {@code api_type} {@code FUNCTION_URL}: {@code FunctionUrlConfig}
 * on the one function that serves them, from which SAM makes {@code <Id>Url} and, for a public URL, the permissions
 * to call it. Its {@code AuthType} is {@code AWS_IAM} when every route is an IAM one, else {@code NONE} (the
 * processor refuses a mix). The app's CORS is the URL's {@code Cors} when every route shares one setting; otherwise
 * the function answers preflights itself, as every request reaches it. Output: {@code EndpointURL}, the URL.
 */
final class FunctionUrlResources {
    /** A function URL lists at most 6 methods, none of more than 6 letters: {@code OPTIONS} is out. */
    private static final int MAX_METHODS = 6;

    private final ApiHandlerModel function;
    private final List<RouteModel> routes;

    FunctionUrlResources(AppModel app) {
        this.function = app.api().orElseThrow();
        this.routes = app.routes();
    }

    /** Sets the URL's configuration on the function's resource. */
    void configure(ObjectNode resources) {
        ObjectNode properties = (ObjectNode) resources.path(function.logicalId()).path("Properties");
        boolean iam = !routes.isEmpty() && routes.stream()
                .allMatch(route -> route.security().authorizer().filter(Authorized.IAM::equals).isPresent());
        ObjectNode url = properties.putObject("FunctionUrlConfig").put("AuthType", iam ? "AWS_IAM" : "NONE");
        Optional<CorsModel> cors = GatewayCors.uniform(routes);
        if (cors.isPresent()) {
            Set<String> methods = GatewayCors.methods(routes);
            methods.remove("OPTIONS");
            url.set("Cors", GatewayCors.configuration(cors.get(), methods.size() > MAX_METHODS ? null : methods));
        }
    }

    void addOutputs(ObjectNode outputs) {
        // SAM names the URL resource after the function, and its FunctionUrl ends in '/', as the other APIs' do.
        outputs.putObject("EndpointURL").set("Value", getAtt(function.logicalId() + "Url", "FunctionUrl"));
    }
}
