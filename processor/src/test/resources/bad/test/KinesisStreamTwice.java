package test;

import dev.goblet.App;
import dev.goblet.event.OnKinesisRecord;

@App(name = "kinesis-stream-twice")
public class KinesisStreamTwice {
    @OnKinesisRecord(stream = "clicks", streamArn = "arn:aws:kinesis:us-east-1:123456789012:stream/clicks")
    public void count(String click) {}
}
