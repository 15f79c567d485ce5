package test.catalog;

import dev.goblet.Blueprint;
import dev.goblet.event.OnS3Event;
import dev.goblet.event.S3ObjectEvent;
import dev.goblet.event.Schedule;

/** Event functions in a blueprint: each a function of the app that registers it, named with its prefix. */
@Blueprint
public class Imports {
    private final Catalog catalog;

    public Imports(Catalog catalog) {
        this.catalog = catalog;
    }

    @OnS3Event(bucket = "catalog-imports-eu", events = "s3:ObjectCreated:*", suffix = ".csv")
    public void onUpload(S3ObjectEvent upload) {}

    @Schedule("rate(1 day)")
    public void reindex() {}
}
