package test.openapi;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.goblet.App;
import dev.goblet.HttpMethod;
import dev.goblet.Route;
import java.util.Optional;

/** Bean-style classes and Jackson's annotations on records and beans. */
@App(name = "beans")
public class BeansApp {
    public record Account(@JsonProperty("account_id") String id, @JsonIgnore String secret,
            @JsonProperty(value = "display", required = true) Optional<String> displayName) {}

    public static class Base {
        private String createdBy;

        public String getCreatedBy() {
            return createdBy;
        }

        public void setCreatedBy(String createdBy) {
            this.createdBy = createdBy;
        }
    }

    /** A product, as a bean. */
    @JsonIgnoreProperties({"internal"})
    public static class Product extends Base {
        /** What the product is called. */
        private String name;
        private int stock;
        private boolean active;
        @JsonProperty("price_cents")
        private long price;
        @JsonIgnore
        private String password;
        private String internal;
        public String publicField;
        private String hidden;

        public String getName() {
            return name;
        }

        public int getStock() {
            return stock;
        }

        public boolean isActive() {
            return active;
        }

        public String getPassword() {
            return password;
        }

        public String getInternal() {
            return internal;
        }

        /** @return whether any is left */
        public boolean isAvailable() {
            return stock > 0;
        }
    }

    @Route(path = "/accounts", methods = HttpMethod.PUT)
    public Account account(Account account) {
        return account;
    }

    @Route(path = "/products", methods = HttpMethod.POST)
    public Product product(Product product) {
        return product;
    }
}
