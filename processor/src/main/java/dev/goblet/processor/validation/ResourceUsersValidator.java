package dev.goblet.processor.validation;

import dev.goblet.DynamoDbTable;
import dev.goblet.event.SnsTopic;
import dev.goblet.event.SqsQueue;
import dev.goblet.processor.model.QueueModel;
import dev.goblet.processor.model.TableModel;
import dev.goblet.processor.model.TopicModel;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * The functions a table, queue or topic names in {@code functions} are functions of the app: a misspelt name would
 * otherwise take the permission away from the function meant, and the mistake would show only once deployed.
 */
public final class ResourceUsersValidator {
    private final ValidationReport report;

    public ResourceUsersValidator(ValidationReport report) {
        this.report = report;
    }

    /** Whether every name the app's resources give is one of {@code functions}, the app's function names. */
    public boolean validate(TypeElement type, List<TableModel> tables, List<QueueModel> queues,
            List<TopicModel> topics, List<String> functions) {
        boolean clean = true;
        List<AnnotationMirror> tableMirrors = AnnotationMirrors.repeated(type, DynamoDbTable.class,
                DynamoDbTable.List.class);
        for (int i = 0; i < tables.size(); i++) {
            clean &= check(type, single(tableMirrors, tables.size(), i), "table " + tables.get(i).resource(),
                    tables.get(i).functions(), functions);
        }
        List<AnnotationMirror> queueMirrors = AnnotationMirrors.repeated(type, SqsQueue.class, SqsQueue.List.class);
        for (int i = 0; i < queues.size(); i++) {
            clean &= check(type, single(queueMirrors, queues.size(), i), "queue " + queues.get(i).name(),
                    queues.get(i).functions(), functions);
        }
        List<AnnotationMirror> topicMirrors = AnnotationMirrors.repeated(type, SnsTopic.class, SnsTopic.List.class);
        for (int i = 0; i < topics.size(); i++) {
            clean &= check(type, single(topicMirrors, topics.size(), i), "topic " + topics.get(i).name(),
                    topics.get(i).functions(), functions);
        }
        return clean;
    }

    private boolean check(TypeElement type, AnnotationMirror mirror, String resource, List<String> named,
            List<String> functions) {
        boolean clean = true;
        for (String name : named) {
            if (!functions.contains(name)) {
                report.error(ErrorMessages.unknownResourceUser(resource, name, functions,
                        Suggestions.closest(name, functions)), type, mirror,
                        AnnotationMirrors.written(mirror, "functions"));
                clean = false;
            }
        }
        return clean;
    }

    /**
     * The annotation's mirror when the class holds it once: javac gives no position to one inside the container it
     * makes for repeated annotations, so an error on one of several stays on the class.
     */
    private static AnnotationMirror single(List<AnnotationMirror> mirrors, int count, int index) {
        return count == 1 && index < mirrors.size() ? mirrors.get(index) : null;
    }
}
