package dev.goblet.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.goblet.BadRequestError;
import dev.goblet.FilePart;
import dev.goblet.Headers;
import dev.goblet.Request;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The form parser on bodies as clients write them, and as they break them. */
class FormReaderTest {
    private static final int LIMIT = 1 << 20;

    @Test
    void aPreambleAndAnEpilogueAreIgnoredAndHeaderNamesTakeAnyCase() {
        FormFields form = multipart("simple boundary", "This is the preamble.\r\n"
                + "--simple boundary\r\ncontent-disposition: form-data; name=\"a\"\r\n\r\none\r\n"
                + "--simple boundary\r\nCONTENT-DISPOSITION: Form-Data; name=b\r\n\r\ntwo\r\n"
                + "--simple boundary--\r\nThis is the epilogue.");

        assertThat(form.field("a")).isEqualTo("one");
        assertThat(form.field("b")).isEqualTo("two");
    }

    @Test
    void aQuotedBoundaryAndFileNamesAsBrowsersAndCurlWriteThem() {
        FormFields form = multipart("\"a:b\"", "--a:b\r\nContent-Disposition: form-data; name=\"f\";"
                + " filename=\"C:\\temp\\x.txt\"\r\nContent-Type: text/plain\r\n\r\nx\r\n"
                + "--a:b\r\nContent-Disposition: form-data; name=\"g\"; filename=\"say \\\"hi\\\".txt\"\r\n\r\n"
                + "\r\n--a:b--");

        FilePart f = form.file("f");
        assertThat(f.filename()).isEqualTo("C:\\temp\\x.txt");
        assertThat(f.contentType()).isEqualTo("text/plain");
        assertThat(f.text()).isEqualTo("x");
        // No Content-Type is multipart's default; a part with no bytes but a name is still a file.
        assertThat(form.file("g").filename()).isEqualTo("say \"hi\".txt");
        assertThat(form.file("g").contentType()).isEqualTo("application/octet-stream");
        assertThat(form.file("g").size()).isZero();
    }

    @Test
    void contentThatLooksLikeABoundaryButIsNotOneIsKept() {
        FormFields form = multipart("xyz", "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n"
                + "--xy\r\n-xyz--xyz\r\n\r\n--xyz--");

        assertThat(form.field("a")).isEqualTo("--xy\r\n-xyz--xyz\r\n");
    }

    @Test
    void urlEncodedFieldsDecodeAsUtf8AndRepeat() {
        FormFields form = FormReader.read(request("application/x-www-form-urlencoded; charset=UTF-8",
                "a=1&a=2&caf%C3%A9=cr%C3%A8me+br%C3%BBl%C3%A9e&flag&&b="), LIMIT, LIMIT);

        assertThat(form.fields("a")).isEqualTo(List.of("1", "2"));
        assertThat(form.field("café")).isEqualTo("crème brûlée");
        assertThat(form.field("flag")).isEmpty();
        assertThat(form.field("b")).isEmpty();
        assertThat(form.field("none")).isNull();
    }

    @Test
    void brokenBodiesSayWhatIsWrong() {
        assertMalformed("x", "--x\r\nContent-Disposition: form-data\r\n\r\nv\r\n--x--",
                "a part's Content-Disposition has no name");
        assertMalformed("x", "--x\r\nContent-Disposition: form-data; name=a\r\nv\r\n--x--",
                "a part's headers do not end in a blank line");
        assertMalformed("x", "--x garbage\r\n", "a boundary line goes on after the boundary");
        assertMalformed("x", "no boundary at all", "the body does not start with the boundary of its Content-Type");
        assertMalformed("x", "--x\r\nContent-Disposition: form-data; name=a\r\n\r\nv\r\n--x",
                "the body ends before its closing boundary");
        assertMalformed("y".repeat(71), "--", "the Content-Type gives no boundary of 1 to 70 characters");
    }

    private static void assertMalformed(String boundary, String body, String reason) {
        assertThatThrownBy(() -> multipart(boundary, body)).isInstanceOf(BadRequestError.class)
                .hasMessage("Malformed multipart body: " + reason);
    }

    private static FormFields multipart(String boundary, String body) {
        return FormReader.read(request("multipart/form-data; boundary=" + boundary, body), LIMIT, LIMIT);
    }

    private static Request request(String contentType, String body) {
        return Request.builder("POST", "/").headers(Headers.of(Map.of("Content-Type", List.of(contentType))))
                .body(body.getBytes(StandardCharsets.UTF_8)).build();
    }
}
