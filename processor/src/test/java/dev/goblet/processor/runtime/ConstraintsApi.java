package dev.goblet.processor.runtime;

import dev.goblet.App;
import dev.goblet.HttpMethod;
import dev.goblet.Query;
import dev.goblet.Route;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** An app whose bodies and parameters carry Bean Validation constraints, checked by its generated handler. */
@App(name = "constraints-sample")
public final class ConstraintsApi {
    /** A signup: every kind of constraint on a record's components, and a nested record through {@code @Valid}. */
    public record Signup(
            @Pattern(regexp = "[a-z0-9_]{3,16}") String username,
            @Email String email,
            @Nullable @Size(max = 20, message = "is too long for a name tag") String displayName,
            @Min(13) @Max(130) int age,
            @Positive @Nullable Integer referrals,
            @NotEmpty List<String> interests,
            @Valid @Nullable Address address,
            @Valid @Nullable List<Address> formerAddresses,
            @Nullable @NotBlank String nickname) {}

    public record Address(@NotBlank String city, @Size(min = 2, max = 2) String country) {}

    @Route(path = "/signups", methods = HttpMethod.POST, status = 201)
    public Signup signUp(Signup signup) {
        return signup;
    }

    @Route(path = "/signups/{code}")
    public String code(@Pattern(regexp = "[A-Z]{4}") String code,
            @Query(defaultValue = "10") @Min(1) @Max(50) int limit,
            @Query("tag") List<@Size(max = 5) String> tags, @Query @Size(min = 2) Optional<String> search) {
        return code + " " + limit + " " + tags + " " + search.orElse("-");
    }
}
