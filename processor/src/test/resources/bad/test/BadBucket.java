package test;

import dev.goblet.App;
import dev.goblet.event.OnS3Event;
import dev.goblet.event.S3ObjectEvent;

@App(name = "bad-bucket")
public class BadBucket {
    @OnS3Event(prefix = "in/",
            bucket = "Avatars_Upload")
    public void resize(S3ObjectEvent upload) {}
}
