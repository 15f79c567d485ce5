package dev.goblet.example.users;

import java.util.List;
import java.util.Optional;

/**
 * Where users are kept. Every write is atomic and decided by the store itself (no read-then-write in the
 * caller), so concurrent requests cannot both create the same user or bring a deleted one back.
 */
public interface UserStore {
    /** Stores {@code user} unless one with its username exists; returns false, and changes nothing, if one does. */
    boolean create(User user);

    /** The user with this username, read consistently (a write that returned is seen). */
    Optional<User> find(String username);

    /**
     * Sets the non-null attributes of {@code changes} on an existing user and returns it as stored after the
     * change; empty, and nothing written, when there is no such user.
     */
    Optional<User> update(String username, UserChanges changes);

    /** Deletes the user; false when there was none. */
    boolean delete(String username);

    /**
     * Up to {@code limit} users following {@code startAfter} (exclusive; null for the first page) in the store's
     * own order, with the username to start after for the next page, null when there is no more.
     */
    Page list(int limit, String startAfter);

    /** How many users there are, by paging through {@link #list}; a store may count more cheaply. */
    default long count() {
        long count = 0;
        String after = null;
        do {
            Page page = list(100, after);
            count += page.users().size();
            after = page.lastUsername();
        } while (after != null);
        return count;
    }

    /** One page of {@link #list}. */
    record Page(List<User> users, String lastUsername) {}
}
