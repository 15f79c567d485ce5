package dev.goblet.benchmarks.users;

import dev.goblet.example.users.User;
import dev.goblet.example.users.UserChanges;
import dev.goblet.example.users.UserStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The users service's {@link UserStore} in a sorted concurrent map: the store behind every handler in the dispatch
 * figures, so that the time measured is the handler's own and not a network's.
 */
public final class InMemoryUserStore implements UserStore {
    private final ConcurrentSkipListMap<String, User> users = new ConcurrentSkipListMap<>();

    @Override
    public boolean create(User user) {
        return users.putIfAbsent(user.username(), user) == null;
    }

    @Override
    public Optional<User> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    @Override
    public Optional<User> update(String username, UserChanges changes) {
        return Optional.ofNullable(users.computeIfPresent(username, (name, old) -> new User(name,
                changes.email() != null ? changes.email() : old.email(),
                changes.displayName() != null ? changes.displayName() : old.displayName())));
    }

    @Override
    public boolean delete(String username) {
        return users.remove(username) != null;
    }

    @Override
    public Page list(int limit, String startAfter) {
        ConcurrentNavigableMap<String, User> tail = startAfter == null ? users : users.tailMap(startAfter, false);
        List<User> page = new ArrayList<>(limit);
        for (Map.Entry<String, User> entry : tail.entrySet()) {
            if (page.size() == limit) {
                return new Page(page, page.get(page.size() - 1).username());
            }
            page.add(entry.getValue());
        }
        return new Page(page, null);
    }
}
