package test;

import dev.goblet.App;
import dev.goblet.FilePart;
import dev.goblet.Form;
import dev.goblet.FormLimits;
import dev.goblet.HttpMethod;
import dev.goblet.Route;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

@App(name = "forms")
public class FormsApp {
    /** A contact form, bound field by field. */
    public record Contact(@NotBlank String name, @Email String email, Optional<String> message) {}

    /**
     * Takes a contact form.
     *
     * @param contact who writes
     */
    @Route(path = "/contact", methods = HttpMethod.POST, status = 204)
    public void contact(@Form Contact contact) {}

    /**
     * Uploads an avatar.
     *
     * @param avatar the picture
     * @param caption what it shows
     */
    @FormLimits(maxBytes = 2_000_000, maxPartBytes = 1_000_000)
    @Route(path = "/avatars", methods = HttpMethod.POST)
    public String upload(@Form FilePart avatar, @Form @Size(max = 40) Optional<String> caption,
            @Form("tag") List<String> tags, @Form List<FilePart> extras) {
        return avatar.filename();
    }

    @Route(path = "/votes", methods = HttpMethod.POST, contentTypes = "application/x-www-form-urlencoded")
    public int vote(@Form @Min(1) @Max(5) int stars, @Form(defaultValue = "anonymous") String voter) {
        return stars;
    }
}
