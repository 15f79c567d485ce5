package test.openapi;

import dev.goblet.App;
import dev.goblet.HttpMethod;
import dev.goblet.Query;
import dev.goblet.Route;
import java.util.Optional;

/** Enums are string components; Optional values are neither required nor null-free. */
@App(name = "enums")
public class EnumsApp {
    /** How urgent a ticket is. */
    public enum Priority { LOW, NORMAL, HIGH }

    public enum Status { OPEN, CLOSED }

    public record Ticket(String title, Priority priority, Optional<Priority> escalation, Optional<String> assignee,
            @Nullable String note) {}

    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    public @interface Nullable {}

    @Route(path = "/tickets", methods = HttpMethod.POST, status = 201)
    public Ticket open(Ticket ticket) {
        return ticket;
    }

    @Route(path = "/tickets")
    public Ticket[] list(@Query Optional<Status> status, @Query("min") Priority minimum) {
        return new Ticket[0];
    }
}
