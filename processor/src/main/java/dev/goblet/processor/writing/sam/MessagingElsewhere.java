package dev.goblet.processor.writing.sam;

import static dev.goblet.processor.writing.sam.TemplateValues.NODES;
import static dev.goblet.processor.writing.sam.TemplateValues.getAtt;
import static dev.goblet.processor.writing.sam.TemplateValues.object;
import static dev.goblet.processor.writing.sam.TemplateValues.ref;
import static dev.goblet.processor.writing.sam.TemplateValues.sub;
import static dev.goblet.processor.writing.sam.TemplateValues.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.goblet.processor.config.ConfigValue;
import dev.goblet.processor.config.StageConfig;
import dev.goblet.processor.model.AppModel;
import dev.goblet.processor.model.FunctionModel;
import dev.goblet.processor.model.QueueModel;
import dev.goblet.processor.model.TopicModel;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The declared queues and topics as one stage sees them: the template makes each, unless a function's config in the
 * stage sets its environment variable (a queue's URL, a topic's ARN), as a table's is: then it is made elsewhere
 * (another stack, CDK), and every reference to it (the variable, the policies, the event source) is that value.
 */
final class MessagingElsewhere {
    /** A queue's URL, {@code https://sqs.<region>.amazonaws.com/<account>/<name>}, or a legacy endpoint's. */
    private static final Pattern QUEUE_URL = Pattern.compile(
            "https://(?:sqs\\.)?([a-z0-9-]+)\\.(?:queue\\.)?amazonaws\\.com(?:\\.cn)?/(\\d{12})/([A-Za-z0-9_.-]+)");

    private final AppModel app;
    private final StageConfig stage;
    private final TemplateParameters parameters;

    MessagingElsewhere(AppModel app, StageConfig stage, TemplateParameters parameters) {
        this.app = app;
        this.stage = stage;
        this.parameters = parameters;
    }

    /** The URL a function's config gives the queue's variable in this stage; empty when the template makes it. */
    Optional<ConfigValue> queueUrl(QueueModel queue) {
        return given(queue.environmentVariable());
    }

    /** The ARN a function's config gives the topic's variable in this stage; empty when the template makes it. */
    Optional<ConfigValue> topicArn(TopicModel topic) {
        return given(topic.environmentVariable());
    }

    boolean madeHere(QueueModel queue) {
        return queueUrl(queue).isEmpty();
    }

    boolean madeHere(TopicModel topic) {
        return topicArn(topic).isEmpty();
    }

    /** What the code gets in the queue's variable: its URL. */
    JsonNode urlValue(QueueModel queue) {
        return queueUrl(queue).map(url -> value(parameters.use(url, "the URL of queue " + queue.name())))
                .orElseGet(() -> ref(queue.logicalId()));
    }

    /** What the code gets in the topic's variable, and what policies and subscriptions name: its ARN. */
    JsonNode arnValue(TopicModel topic) {
        return topicArn(topic).map(arn -> value(parameters.use(arn, "the ARN of topic " + topic.name())))
                .orElseGet(() -> ref(topic.logicalId()));
    }

    /**
     * The queue's ARN, for policies and its event source: its {@code Arn} when the template makes it; else built from
     * its URL, at build time when the URL is written out, by {@code Fn::Split} of it when left to a parameter.
     */
    JsonNode arnValue(QueueModel queue) {
        Optional<ConfigValue> url = queueUrl(queue);
        if (url.isEmpty()) {
            return getAtt(queue.logicalId(), "Arn");
        }
        Matcher written = QUEUE_URL.matcher(url.get().text());
        if (url.get().parameters().isEmpty() && written.matches()) {
            return sub("arn:${AWS::Partition}:sqs:" + written.group(1) + ":" + written.group(2) + ":"
                    + written.group(3));
        }
        JsonNode text = urlValue(queue);
        ArrayNode parts = NODES.arrayNode().add("arn").add(ref("AWS::Partition")).add("sqs");
        // https:, "", sqs.<region>.amazonaws.com, <account>, <name>
        parts.add(select(1, split(".", select(2, split("/", text)))));
        parts.add(select(3, split("/", text)));
        parts.add(select(4, split("/", text)));
        ObjectNode join = object();
        join.putArray("Fn::Join").add(":").add(parts);
        return join;
    }

    /** Whether the resource of this logical id is a declared queue or topic this stage takes from elsewhere. */
    Optional<JsonNode> declared(String logicalId) {
        for (QueueModel queue : app.queues()) {
            if (queue.logicalId().equals(logicalId) && !madeHere(queue)) {
                return Optional.of(arnValue(queue));
            }
        }
        for (TopicModel topic : app.topics()) {
            if (topic.logicalId().equals(logicalId) && !madeHere(topic)) {
                return Optional.of(arnValue(topic));
            }
        }
        return Optional.empty();
    }

    private Optional<ConfigValue> given(String variable) {
        return app.functions().stream().map(FunctionModel::name)
                .map(name -> stage.function(name).environment().get(variable))
                .filter(value -> value != null).findFirst();
    }

    private static ObjectNode split(String separator, JsonNode text) {
        ObjectNode split = object();
        split.putArray("Fn::Split").add(separator).add(text.deepCopy());
        return split;
    }

    private static ObjectNode select(int index, JsonNode list) {
        ObjectNode select = object();
        select.putArray("Fn::Select").add(index).add(list);
        return select;
    }
}
