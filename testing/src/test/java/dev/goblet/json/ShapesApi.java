package dev.goblet.json;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.goblet.App;
import dev.goblet.BadRequestError;
import dev.goblet.HttpMethod;
import dev.goblet.Response;
import dev.goblet.Route;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** An app whose bodies and answers take every shape generated JSON code binds, and some it leaves to databind. */
@App(name = "json-shapes")
public class ShapesApi {
    /** An enum, one constant renamed on the wire. */
    public enum Size { SMALL, @JsonProperty("x-large") EXTRA_LARGE }

    /** A nested record. */
    public record Address(String street, @Nullable String city) {}

    /** Every scalar, collection and nesting generated code binds. */
    public record Everything(String text, int count, long big, double ratio, float fraction, boolean flag,
            short small, byte tiny, char letter, Integer boxed, BigDecimal price, BigInteger huge, UUID id, URI link,
            Instant at, OffsetDateTime offset, LocalDate day, LocalDateTime local, LocalTime time, Size size,
            @JsonProperty("renamed") String original, Optional<String> maybe, @Nullable String nothing,
            List<Address> addresses, Set<String> tags, Map<String, Integer> scores, List<List<Integer>> matrix,
            Map<String, Address> byName, Optional<Address> home) {}

    /** Null properties left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Sparse(String a, @Nullable String b, Optional<String> c) {}

    /** Null and empty properties left out. */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record Absent(String a, @Nullable String b, Optional<String> c) {}

    /** A recursive record. */
    public record Tree(String name, List<Tree> children) {}

    /** A record with a property only databind can bind: the record is generated, the property databind's. */
    public record Tagged(String name, JsonNode extra) {}

    /** A record whose annotation only databind understands: the whole record is databind's. */
    public record Formatted(@JsonAlias("num") int number) {}

    /** A record with a compact constructor that refuses some values, as a user's checks do. */
    public record Checked(String code) {
        public Checked {
            if (code.isBlank()) {
                throw new BadRequestError("code must not be blank");
            }
        }
    }

    @Route(path = "/everything", methods = HttpMethod.POST)
    public Everything everything(Everything body) {
        return body;
    }

    @Route(path = "/sparse", methods = HttpMethod.POST)
    public Sparse sparse(Sparse body) {
        return body;
    }

    @Route(path = "/absent", methods = HttpMethod.POST)
    public Absent absent(Absent body) {
        return body;
    }

    @Route(path = "/tree", methods = HttpMethod.POST)
    public Tree tree(Tree body) {
        return body;
    }

    @Route(path = "/tagged", methods = HttpMethod.POST)
    public Tagged tagged(Tagged body) {
        return body;
    }

    @Route(path = "/formatted", methods = HttpMethod.POST)
    public Formatted formatted(Formatted body) {
        return body;
    }

    @Route(path = "/checked", methods = HttpMethod.POST)
    public Checked checked(Checked body) {
        return body;
    }

    @Route(path = "/sizes", methods = HttpMethod.POST)
    public List<Size> sizes(List<Size> body) {
        return body;
    }

    @Route(path = "/optional-body", methods = HttpMethod.POST)
    public String optionalBody(Optional<Address> body) {
        return body.map(Address::street).orElse("none");
    }

    /** A {@code Response} whose body's class shows only at run time. */
    @Route(path = "/address")
    public Response address() {
        return Response.ok(new Address("Main St", null));
    }
}
