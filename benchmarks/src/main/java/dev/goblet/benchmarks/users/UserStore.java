package dev.goblet.benchmarks.users;

import java.util.List;
import java.util.Optional;

/** Where users are kept. Each write is atomic and decided by the store, so callers never read before writing. */
public interface UserStore {
    /** Stores {@code user} unless its username is taken; false, and nothing changed, when it is. */
    boolean create(User user);

    Optional<User> find(String username);

    /** Sets the non-null attributes of {@code changes}; empty when there is no such user. */
    Optional<User> update(String username, UserChanges changes);

    /** Deletes the user; false when there was none. */
    boolean delete(String username);

    /** Up to {@code limit} users after {@code startAfter} (null for the first page), in username order. */
    Page list(int limit, String startAfter);

    /** One page of {@link #list}, with the last username when more may follow. */
    record Page(List<User> users, String lastUsername) {}
}
