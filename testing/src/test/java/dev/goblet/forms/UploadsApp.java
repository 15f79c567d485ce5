package dev.goblet.forms;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Forms of every kind: fields one by one, a record of fields, files, and tight size limits. */
@App(name = "uploads")
public final class UploadsApp {
    public enum Topic { SALES, SUPPORT }

    /** A contact form, bound as a whole. */
    public record Contact(@NotBlank String name, @Email String email, Topic topic, Optional<String> message) {}

    @Route(path = "/contact", methods = HttpMethod.POST)
    public Contact contact(@Form Contact contact) {
        return contact;
    }

    @Route(path = "/votes", methods = HttpMethod.POST)
    public Map<String, Object> vote(@Form @Min(1) @Max(5) int stars, @Form(defaultValue = "anonymous") String voter,
            @Form("tag") List<String> tags) {
        return Map.of("stars", stars, "voter", voter, "tags", tags);
    }

    @FormLimits(maxBytes = 4096, maxPartBytes = 1024)
    @Route(path = "/avatars", methods = HttpMethod.POST, status = 201)
    public Map<String, Object> upload(@Form FilePart avatar, @Form @Size(max = 20) Optional<String> caption,
            @Form List<FilePart> extras) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("field", avatar.name());
        answer.put("filename", avatar.filename());
        answer.put("contentType", avatar.contentType());
        answer.put("size", avatar.size());
        answer.put("first", avatar.bytes()[0] & 0xff);
        answer.put("caption", caption.orElse(""));
        answer.put("extras", extras.stream().map(FilePart::filename).toList());
        return answer;
    }
}
