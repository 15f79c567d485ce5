package dev.goblet.example.users;

import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The default {@link Mailer}: writes each mail as one JSON line to the function's log (CloudWatch Logs, in Lambda),
 * and claims no more than that. This example has no sending identity verified in SES, so sending for real cannot
 * work out of the box; a service that has one implements {@code Mailer} with SES's {@code SendEmail} and passes it
 * to {@link UsersApi}. The log line is then the record an operator reads to see who was welcomed, and what tests
 * read.
 *
 * <p>It refuses, as a mail server would bounce them, addresses whose domain is under a name reserved never to
 * resolve ({@code .invalid}, {@code .test}, {@code .example}, {@code .localhost}: RFC 2606 and RFC 6761). Users
 * with such an address can be created, as the API checks only the address's shape.
 */
public final class LogMailer implements Mailer {
    private static final Set<String> RESERVED = Set.of("invalid", "test", "example", "localhost");

    private final Consumer<String> log;

    /** A mailer that writes to standard output, which Lambda sends to the function's log. */
    public LogMailer() {
        this(System.out::println);
    }

    /** A mailer that writes each mail's line to {@code log}. */
    public LogMailer(Consumer<String> log) {
        this.log = log;
    }

    @Override
    public void send(String to, String subject, String text) {
        String domain = to.substring(to.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        String topLevel = domain.substring(domain.lastIndexOf('.') + 1);
        if (RESERVED.contains(topLevel)) {
            throw new MailRefusedException("No mail can reach " + to + ": ." + topLevel + " is a reserved name");
        }
        log.accept("{\"mail\": {\"to\": " + quoted(to) + ", \"subject\": " + quoted(subject) + ", \"text\": "
                + quoted(text) + "}}");
    }

    /** {@code value} as a JSON string. */
    private static String quoted(String value) {
        StringBuilder json = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
