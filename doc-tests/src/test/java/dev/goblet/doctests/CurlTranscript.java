package dev.goblet.doctests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The curl sessions a page shows against the local server: fenced blocks whose lines start with {@code $ curl},
 * each command followed by what it prints. With {@code -i} that is the status line, headers, a blank line and the
 * body; without, the body alone. A page's headers may be abridged: those it shows must be there.
 */
final class CurlTranscript {
    /** The address the page's commands name; the test replaces it with the server's. */
    static final String PAGE_ADDRESS = "http://127.0.0.1:8000";

    /** One command of the page and the answer the page shows for it; a status of 0 means the page shows none. */
    record Exchange(String command, String method, String path, Map<String, String> requestHeaders, String data,
            int status, Map<String, String> headers, String body) {

        /** The command's request, sent to {@code base} instead of the page's address. */
        HttpRequest request(String base) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
            requestHeaders.forEach(request::header);
            HttpRequest.BodyPublisher body = data == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(data);
            return request.method(method, body).build();
        }
    }

    private CurlTranscript() {}

    static List<Exchange> read(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        List<Exchange> exchanges = new ArrayList<>();
        boolean inBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                inBlock = !inBlock;
                continue;
            }
            if (!inBlock || !line.startsWith("$ curl ")) {
                continue;
            }
            StringBuilder command = new StringBuilder(line.substring(2));
            while (command.toString().endsWith("\\")) {
                command.setLength(command.length() - 1);
                command.append(' ').append(lines.get(++i).strip());
            }
            List<String> output = new ArrayList<>();
            while (i + 1 < lines.size() && !lines.get(i + 1).startsWith("$ ") && !lines.get(i + 1).startsWith("```")) {
                output.add(lines.get(++i));
            }
            exchanges.add(exchange(command.toString(), output));
        }
        return exchanges;
    }

    private static Exchange exchange(String command, List<String> output) {
        List<String> words = words(command);
        String method = null;
        String data = null;
        String url = null;
        boolean withHeaders = false;
        Map<String, String> requestHeaders = new LinkedHashMap<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "-i" -> withHeaders = true;
                case "-X" -> method = words.get(++i);
                case "-d" -> data = words.get(++i);
                case "-H" -> {
                    String header = words.get(++i);
                    int colon = header.indexOf(':');
                    requestHeaders.put(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
                }
                default -> {
                    if (!word.startsWith(PAGE_ADDRESS)) {
                        throw new IllegalArgumentException("The page's command uses '" + word + "', which this test"
                                + " does not know: " + command);
                    }
                    url = word;
                }
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("The page's command names no " + PAGE_ADDRESS + " address: " + command);
        }
        if (method == null) {
            method = data == null ? "GET" : "POST"; // as curl does
        }
        if (data != null && requestHeaders.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            requestHeaders.put("Content-Type", "application/x-www-form-urlencoded"); // curl's -d sends a form
        }
        int status = 0;
        Map<String, String> headers = new LinkedHashMap<>();
        int at = 0;
        if (withHeaders && !output.isEmpty() && output.get(0).startsWith("HTTP/")) {
            status = Integer.parseInt(output.get(0).split(" ")[1]);
            for (at = 1; at < output.size() && !output.get(at).isBlank(); at++) {
                String header = output.get(at);
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
            }
        }
        String body = String.join("\n", output.subList(Math.min(at, output.size()), output.size())).strip();
        return new Exchange(command, method, url.substring(PAGE_ADDRESS.length()), requestHeaders, data, status,
                headers, body);
    }

    /** The command's words as a POSIX shell splits them, for the quoting the page uses: '...' and "...". */
    private static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : command.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
