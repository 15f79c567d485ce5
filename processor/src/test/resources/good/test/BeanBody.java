package test;

import dev.goblet.App;
import dev.goblet.HttpMethod;
import dev.goblet.Route;

/** A body that is a bean, not a record: bound by databind. */
@App(name = "beans")
public class BeanBody {
    /** A bean. */
    public static class Pet {
        private String name;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    @Route(path = "/pets", methods = HttpMethod.POST)
    public String create(Pet pet) {
        return pet.getName();
    }
}
