package test;

import dev.goblet.App;
import dev.goblet.event.OnKinesisRecord;

@App(name = "bad-starting-position")
public class BadStartingPosition {
    @OnKinesisRecord(stream = "clicks",
            startingPosition = "EARLIEST")
    public void count(String click) {}
}
