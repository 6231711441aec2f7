import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Predicate;

/** Warehouse inventory with generics: bounded wildcards, a generic repository, reorder rules, and order fulfilment. */
public class OopInventorySystem {
    enum Category { TOOLS, GARDEN, KITCHEN, ELECTRONICS }

    interface Identified { String sku(); }

    static class Product implements Identified, Comparable<Product> {
        private final String sku, name;
        final Category category;
        final int priceCents;
        Product(String sku, String name, Category category, int priceCents) { this.sku = sku; this.name = name; this.category = category; this.priceCents = priceCents; }
        public String sku() { return sku; }
        String name() { return name; }
        public int compareTo(Product o) { return sku.compareTo(o.sku); }
        @Override public String toString() { return name + "#" + sku; }
    }

    static class Perishable extends Product {
        final int shelfDays;
        Perishable(String sku, String name, Category c, int price, int shelfDays) { super(sku, name, c, price); this.shelfDays = shelfDays; }
        @Override public String toString() { return super.toString() + "(" + shelfDays + "d)"; }
    }

    static class Repository<T extends Identified> implements Iterable<T> {
        private final Map<String, T> items = new LinkedHashMap<>();
        void add(T t) {
            if (items.putIfAbsent(t.sku(), t) != null) throw new IllegalStateException("duplicate sku " + t.sku());
        }
        Optional<T> find(String sku) { return Optional.ofNullable(items.get(sku)); }
        T get(String sku) { return find(sku).orElseThrow(() -> new NoSuchElementException("unknown sku " + sku)); }
        List<T> where(Predicate<? super T> p) {
            List<T> out = new ArrayList<>();
            for (T t : items.values()) if (p.test(t)) out.add(t);
            return out;
        }
        public Iterator<T> iterator() { return items.values().iterator(); }
        int size() { return items.size(); }
    }

    static final class Stock {
        final Map<String, Integer> onHand = new LinkedHashMap<>();
        final Map<String, Integer> reorderAt = new LinkedHashMap<>();
        void receive(String sku, int qty) { onHand.merge(sku, qty, Integer::sum); }
        boolean take(String sku, int qty) {
            int have = onHand.getOrDefault(sku, 0);
            if (have < qty) return false;
            onHand.put(sku, have - qty);
            return true;
        }
    }

    static long totalValue(Collection<? extends Product> products, Map<String, Integer> qty) {
        long sum = 0;
        for (Product p : products) sum += (long) p.priceCents * qty.getOrDefault(p.sku(), 0);
        return sum;
    }

    static void addAll(Collection<? super Perishable> target, List<? extends Perishable> src) { target.addAll(src); }

    static <T extends Comparable<? super T>> T maxOf(Iterable<? extends T> items) {
        Iterator<? extends T> it = items.iterator();
        T best = it.next();
        while (it.hasNext()) { T t = it.next(); if (t.compareTo(best) > 0) best = t; }
        return best;
    }

    record OrderLine(String sku, int qty) {}

    public static void main(String[] args) {
        Repository<Product> repo = new Repository<>();
        repo.add(new Product("T-100", "hammer", Category.TOOLS, 1599));
        repo.add(new Product("T-200", "wrench set", Category.TOOLS, 4250));
        repo.add(new Product("G-010", "rake", Category.GARDEN, 2199));
        repo.add(new Perishable("G-020", "tomato seeds", Category.GARDEN, 349, 365));
        repo.add(new Perishable("K-005", "coffee beans", Category.KITCHEN, 1299, 90));
        repo.add(new Product("K-100", "kettle", Category.KITCHEN, 3499));
        repo.add(new Product("E-777", "headphones", Category.ELECTRONICS, 8999));
        try {
            repo.add(new Product("T-100", "another hammer", Category.TOOLS, 1));
        } catch (IllegalStateException e) {
            System.out.println("rejected: " + e.getMessage());
        }
        Stock stock = new Stock();
        int q = 3;
        for (Product p : repo) { stock.receive(p.sku(), q); stock.reorderAt.put(p.sku(), 2); q = q * 3 % 11 + 1; }
        stock.receive("K-005", 20);
        System.out.println("on hand " + stock.onHand);
        System.out.println("stock value $" + totalValue(repo.where(p -> true), stock.onHand) / 100.0);

        List<OrderLine> order = List.of(new OrderLine("T-100", 2), new OrderLine("E-777", 5), new OrderLine("K-005", 12), new OrderLine("Z-999", 1), new OrderLine("G-020", 1));
        long billed = 0;
        for (OrderLine line : order) {
            try {
                Product p = repo.get(line.sku());
                if (stock.take(line.sku(), line.qty())) {
                    billed += (long) p.priceCents * line.qty();
                    System.out.println("shipped " + line.qty() + " x " + p);
                } else System.out.println("backorder " + line + " (have " + stock.onHand.get(line.sku()) + ")");
            } catch (NoSuchElementException e) {
                System.out.println("error: " + e.getMessage());
            }
        }
        System.out.println("billed $" + billed / 100 + "." + billed % 100);
        List<String> reorder = new ArrayList<>();
        stock.onHand.forEach((sku, n) -> { if (n <= stock.reorderAt.get(sku)) reorder.add(sku + "(" + n + ")"); });
        System.out.println("reorder: " + reorder);

        Map<Category, List<Product>> byCat = new EnumMap<>(Category.class);
        for (Product p : repo) byCat.computeIfAbsent(p.category, c -> new ArrayList<>()).add(p);
        byCat.forEach((c, ps) -> System.out.println(c + " " + ps));
        List<Object> shelf = new ArrayList<>();
        List<Perishable> fresh = new ArrayList<>();
        for (Product p : repo) if (p instanceof Perishable per) fresh.add(per);
        addAll(shelf, fresh);
        System.out.println("perishables " + shelf + ", soonest " + fresh.stream().min(Comparator.comparingInt(x -> x.shelfDays)).map(Product::name).orElse("-"));
        System.out.println("max sku " + maxOf(repo) + ", max name " + maxOf(repo.where(p -> p.priceCents > 2000).stream().map(Product::name).toList()));
        System.out.println("find X " + repo.find("X").map(Product::name).orElse("none") + ", find K-100 " + repo.find("K-100").map(Product::name).orElseGet(() -> "none"));
    }
}
