package test.constraints;

import dev.goblet.App;
import dev.goblet.HttpMethod;
import dev.goblet.Query;
import dev.goblet.Route;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Constraints as the document states them. */
@App(name = "constraints")
public class ConstraintsApp {
    public record Member(
            @Pattern(regexp = "[a-z]{3,16}") String name,
            @Email String email,
            @Nullable @Size(min = 1, max = 40) String motto,
            @Min(18) @Max(120) int age,
            @Nullable @Positive Integer invitations,
            @NotEmpty @Size(max = 5) List<String> roles,
            @Valid @Nullable List<Badge> badges) {}

    public record Badge(@Size(min = 2, max = 2) String code) {}

    @Route(path = "/members", methods = HttpMethod.POST, status = 201)
    public Member join(Member member) {
        return member;
    }

    @Route(path = "/members")
    public List<Member> list(@Query(defaultValue = "10") @Min(1) @Max(100) int limit) {
        return List.of();
    }
}
