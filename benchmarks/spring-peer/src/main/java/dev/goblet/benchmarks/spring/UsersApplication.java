package dev.goblet.benchmarks.spring;

import dev.goblet.benchmarks.users.InMemoryUserStore;
import dev.goblet.example.users.UserStore;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The Spring Boot application: the controller, and users kept in memory as in the other two handlers. */
@SpringBootApplication
public class UsersApplication {
    @Bean
    public UserStore userStore() {
        return new InMemoryUserStore();
    }
}
