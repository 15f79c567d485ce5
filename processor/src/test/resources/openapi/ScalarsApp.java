package test.openapi;

import dev.goblet.App;
import dev.goblet.Route;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Primitive and boxed numbers with their formats; java.time and UUID as strings with formats. */
@App(name = "scalars")
public class ScalarsApp {
    public record Numbers(byte b, short s, int i, long l, float f, double d, boolean flag, char c,
            Byte boxedB, Short boxedS, Integer boxedI, Long boxedL, Float boxedF, Double boxedD, Boolean boxedFlag,
            BigDecimal decimal, BigInteger big) {}

    public record Times(Instant instant, OffsetDateTime offset, LocalDateTime local, LocalDate date, LocalTime time,
            Duration duration, UUID id, URI link) {}

    @Route(path = "/numbers")
    public Numbers numbers() {
        return null;
    }

    @Route(path = "/times")
    public Times times() {
        return null;
    }
}
