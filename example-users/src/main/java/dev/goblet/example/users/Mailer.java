package dev.goblet.example.users;

/** Sends one mail. The welcome-mail worker's seam: {@link LogMailer} by default, SES's SendEmail in a real inbox. */
public interface Mailer {
    /**
     * Sends a plain-text mail to {@code to}, or throws {@link MailRefusedException} when the address can never
     * receive it; any other exception is a failure to try again later.
     */
    void send(String to, String subject, String text);

    /** The address was refused: retrying the same message cannot succeed. */
    final class MailRefusedException extends RuntimeException {
        public MailRefusedException(String message) {
            super(message);
        }
    }
}
