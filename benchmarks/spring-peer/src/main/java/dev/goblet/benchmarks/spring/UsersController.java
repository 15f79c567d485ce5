package dev.goblet.benchmarks.spring;

import dev.goblet.benchmarks.baseline.PageCursors;
import dev.goblet.benchmarks.baseline.UserChecks;
import dev.goblet.example.users.User;
import dev.goblet.example.users.UserChanges;
import dev.goblet.example.users.UserPage;
import dev.goblet.example.users.UserStore;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The five routes of the users API, with the same checks, page cursors and error bodies as the baseline (whose
 * checks it shares: the service's own throw Goblet's errors).
 */
@RestController
public class UsersController {
    private final UserStore store;
    private final PageCursors cursors = new PageCursors(System.getenv());

    public UsersController(UserStore store) {
        this.store = store;
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    public User createUser(@RequestBody(required = false) User user) {
        check(UserChecks.newUser(user));
        if (!store.create(user)) {
            throw new Failure(HttpStatus.CONFLICT, "ConflictError", "User '" + user.username() + "' already exists");
        }
        return user;
    }

    @GetMapping("/users/{username}")
    public User getUser(@PathVariable String username) {
        check(UserChecks.username(username));
        return store.find(username).orElseThrow(() -> notFound(username));
    }

    @PutMapping("/users/{username}")
    public User updateUser(@PathVariable String username, @RequestBody(required = false) UserChanges changes) {
        check(UserChecks.username(username));
        check(UserChecks.changes(changes));
        return store.update(username, changes).orElseThrow(() -> notFound(username));
    }

    @DeleteMapping("/users/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void deleteUser(@PathVariable String username) {
        check(UserChecks.username(username));
        if (!store.delete(username)) {
            throw notFound(username);
        }
    }

    @GetMapping("/users")
    public UserPage listUsers(@RequestParam(defaultValue = "25") int limit,
            @RequestParam(required = false) String next) {
        check(UserChecks.limit(limit));
        String startAfter = next == null ? null : cursors.decode(next, limit);
        if (next != null && startAfter == null) {
            throw new Failure(HttpStatus.BAD_REQUEST, "BadRequestError", "Invalid cursor 'next'");
        }
        UserStore.Page page = store.list(limit, startAfter);
        return new UserPage(page.users(), page.lastUsername() == null ? null : cursors.encode(page.lastUsername(), limit));
    }

    @ExceptionHandler(Failure.class)
    public ResponseEntity<Map<String, String>> failure(Failure failure) {
        return ResponseEntity.status(failure.status)
                .body(Map.of("Code", failure.code, "Message", failure.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(Map.of("Code", "BadRequestError", "Message", "Invalid body"));
    }

    private static void check(String problem) {
        if (problem != null) {
            throw new Failure(HttpStatus.BAD_REQUEST, "BadRequestError", problem);
        }
    }

    private static Failure notFound(String username) {
        return new Failure(HttpStatus.NOT_FOUND, "NotFoundError", "User '" + username + "' not found");
    }

    /** An answer other than success, turned into Chalice's error body by {@link #failure}. */
    static final class Failure extends RuntimeException {
        final HttpStatus status;
        final String code;

        Failure(HttpStatus status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }
}
