package test.files;

import dev.goblet.App;
import dev.goblet.HttpMethod;
import dev.goblet.Response;
import dev.goblet.Route;

/** Uploads and downloads: PDFs beside @App, an upload route of WebP images, a JSON route that stays text. */
@App(name = "files", binaryTypes = {"application/pdf", "font/*"})
public class FilesApp {
    public record Meta(String name) {}

    @Route(path = "/images", methods = HttpMethod.POST, contentTypes = {"image/webp", "image/png"})
    public Response upload(byte[] image) {
        return Response.status(201).contentType("image/webp").body(image).build();
    }

    @Route(path = "/meta", methods = HttpMethod.POST, contentTypes = {"application/json", "text/plain"})
    public Meta meta(Meta meta) { return meta; }
}
