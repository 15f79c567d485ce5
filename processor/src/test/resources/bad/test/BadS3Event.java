package test;

import dev.goblet.App;
import dev.goblet.event.OnS3Event;
import dev.goblet.event.S3ObjectEvent;

@App(name = "bad-s3-event")
public class BadS3Event {
    @OnS3Event(bucket = "avatars",
            events = {"s3:ObjectCreated:*", "ObjectRemoved"})
    public void resize(S3ObjectEvent upload) {}
}
