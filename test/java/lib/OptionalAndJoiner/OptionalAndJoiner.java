import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.StringJoiner;

/** Optional in a lookup service, OptionalInt, and StringJoiner for building reports. */
public class OptionalAndJoiner {
    record Customer(String id, String name, String referrerId) {}

    static final List<Customer> DB = new ArrayList<>();

    static Optional<Customer> find(String id) {
        for (Customer c : DB) if (c.id().equals(id)) return Optional.of(c);
        return Optional.empty();
    }

    static OptionalInt indexOf(String name) {
        for (int i = 0; i < DB.size(); i++) if (DB.get(i).name().equals(name)) return OptionalInt.of(i);
        return OptionalInt.empty();
    }

    public static void main(String[] args) {
        DB.add(new Customer("c1", "Ada", null));
        DB.add(new Customer("c2", "Grace", "c1"));
        DB.add(new Customer("c3", "Linus", "c9"));
        for (String id : new String[] {"c1", "c2", "c3", "c4"}) {
            String referrer = find(id).map(Customer::referrerId).flatMap(OptionalAndJoiner::find).map(Customer::name).orElse("nobody");
            String name = find(id).map(Customer::name).orElseGet(() -> "unknown " + id);
            System.out.println(id + ": " + name + " referred by " + referrer);
        }
        Optional<Customer> ada = find("c1");
        System.out.println("present " + ada.isPresent() + " empty " + find("zz").isEmpty() + " filter " + ada.filter(c -> c.name().startsWith("G")).isPresent());
        System.out.println("toString " + Optional.of("x") + " " + Optional.empty() + " " + OptionalInt.of(3) + " " + OptionalInt.empty());
        System.out.println("or " + find("zz").or(() -> find("c2")).get().name() + " ofNullable " + Optional.ofNullable(null).isPresent());
        StringBuilder seen = new StringBuilder();
        ada.ifPresent(c -> seen.append("saw ").append(c.name()));
        find("zz").ifPresentOrElse(c -> seen.append(" impossible"), () -> seen.append(", missing handled"));
        System.out.println(seen);
        try {
            find("zz").get();
        } catch (NoSuchElementException e) {
            System.out.println("get on empty: " + e.getMessage());
        }
        try {
            find("zz").orElseThrow(() -> new IllegalArgumentException("no such customer"));
        } catch (IllegalArgumentException e) {
            System.out.println("orElseThrow: " + e.getMessage());
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("Optional.of(null) throws NPE");
        }
        System.out.println("indexOf Linus " + indexOf("Linus").getAsInt() + " Bob " + indexOf("Bob").orElse(-1) + " equals " + Optional.of(1).equals(Optional.of(1)));
        StringJoiner joiner = new StringJoiner(", ", "{", "}");
        System.out.println("empty joiner " + joiner + " length " + joiner.length());
        joiner.setEmptyValue("EMPTY");
        System.out.println("empty value " + joiner);
        for (Customer c : DB) joiner.add(c.id() + "=" + c.name());
        System.out.println(joiner + " length " + joiner.length());
        StringJoiner other = new StringJoiner("|", "[", "]");
        other.add("x").add("y");
        joiner.merge(other);
        System.out.println("merged " + joiner);
    }
}
