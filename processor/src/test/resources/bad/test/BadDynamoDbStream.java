package test;

import dev.goblet.App;
import dev.goblet.event.DynamoDbRecord;
import dev.goblet.event.OnDynamoDbRecord;

@App(name = "bad-dynamodb-stream")
public class BadDynamoDbStream {
    @OnDynamoDbRecord(batchSize = 10,
            streamArn = "arn:aws:dynamodb:us-east-1:123456789012:table/Users")
    public void onChange(DynamoDbRecord change) {}
}
