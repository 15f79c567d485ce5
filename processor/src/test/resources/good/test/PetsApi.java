package test;

import dev.goblet.App;
import dev.goblet.Header;
import dev.goblet.HttpMethod;
import dev.goblet.NotFoundError;
import dev.goblet.Query;
import dev.goblet.Request;
import dev.goblet.Response;
import dev.goblet.Route;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@App(name = "pet-store")
public class PetsApi {
    public record Pet(String name, String kind) {}

    public enum Sort { NAME, AGE }

    @Route(path = "/pets", methods = HttpMethod.POST, status = 201)
    public Pet create(Pet pet) {
        return pet;
    }

    @Route(path = "/pets/{id}")
    public Pet get(UUID id) throws NotFoundError {
        throw new NotFoundError("No pet " + id);
    }

    @Route(path = "/pets")
    public List<Pet> list(@Query(defaultValue = "20") int limit, @Query Optional<String> next, @Query List<Sort> sort,
            @Header("X-Tenant") String tenant) {
        return List.of();
    }

    @Route(path = "/pets/{id}", methods = {HttpMethod.PUT, HttpMethod.PATCH})
    public Pet update(UUID id, List<Pet> pets, Request request) {
        return pets.get(0);
    }

    @Route(path = "/pets/{id}", methods = HttpMethod.DELETE)
    public void delete(UUID id) {}

    @Route(path = "/pets/{id}/photo", methods = HttpMethod.PUT, contentTypes = {"image/png", "image/jpeg"})
    public Response photo(UUID id, byte[] photo) {
        return Response.noContent();
    }
}
