package dev.goblet.processor.reading;

import dev.goblet.event.SnsTopic;
import dev.goblet.event.SqsQueue;
import dev.goblet.processor.model.QueueModel;
import dev.goblet.processor.model.TopicModel;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.TypeElement;

/** Reads the queues and topics an app declares with {@code @SqsQueue} and {@code @SnsTopic}, in declared order. */
final class MessagingReader {
    private MessagingReader() {}

    static List<QueueModel> queues(TypeElement type) {
        return Arrays.stream(type.getAnnotationsByType(SqsQueue.class)).map(queue -> new QueueModel(queue.name(),
                queue.environmentVariable(), queue.visibilityTimeout(), queue.maxReceiveCount(),
                List.of(queue.functions()))).toList();
    }

    static List<TopicModel> topics(TypeElement type) {
        return Arrays.stream(type.getAnnotationsByType(SnsTopic.class))
                .map(topic -> new TopicModel(topic.name(), topic.environmentVariable(), List.of(topic.functions())))
                .toList();
    }
}
