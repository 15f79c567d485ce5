package test;

import dev.goblet.App;
import dev.goblet.event.OnS3Event;

@App(name = "s3-with-body")
public class S3WithBody {
    @OnS3Event(bucket = "avatars")
    public void resize(String key) {}
}
