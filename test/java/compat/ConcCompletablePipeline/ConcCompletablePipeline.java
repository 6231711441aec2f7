import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/** An order-processing pipeline built from CompletableFuture stages: thenApply/Compose/Combine, allOf, exceptionally, handle. */
public class ConcCompletablePipeline {
    record Order(int id, String customer, List<String> items) {}
    record Priced(Order order, int cents) {}

    static final Map<String, Integer> PRICES = new TreeMap<>(Map.of("apple", 50, "bread", 250, "cheese", 700, "dates", 900, "eggs", 320));

    static int price(String item) {
        Integer p = PRICES.get(item);
        if (p == null) throw new IllegalArgumentException("unknown item " + item);
        return p;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Order> orders = List.of(
            new Order(1, "ann", List.of("apple", "bread")),
            new Order(2, "bob", List.of("cheese", "dates", "eggs")),
            new Order(3, "cy", List.of("apple", "caviar")),
            new Order(4, "di", List.of()),
            new Order(5, "ed", List.of("eggs", "eggs", "bread")));
        List<CompletableFuture<String>> receipts = orders.stream().map(o ->
            CompletableFuture.supplyAsync(() -> o, pool)
                .thenApply(ord -> {
                    if (ord.items().isEmpty()) throw new IllegalStateException("order " + ord.id() + " is empty");
                    return ord;
                })
                .thenApplyAsync(ord -> new Priced(ord, ord.items().stream().mapToInt(ConcCompletablePipeline::price).sum()), pool)
                .thenCompose(p -> CompletableFuture.supplyAsync(() -> p.cents() >= 1000 ? p.cents() * 9 / 10 : p.cents(), pool)
                    .thenApply(net -> "order " + p.order().id() + " for " + p.order().customer() + ": " + p.cents() + " -> " + net))
                .exceptionally(ex -> "order " + o.id() + " failed: " + (ex instanceof CompletionException ? ex.getCause() : ex)))
            .collect(Collectors.toList());
        CompletableFuture.allOf(receipts.toArray(new CompletableFuture[0])).join();
        receipts.forEach(r -> System.out.println(r.join()));

        CompletableFuture<Integer> stock = CompletableFuture.supplyAsync(() -> 42, pool);
        CompletableFuture<Integer> reserved = CompletableFuture.supplyAsync(() -> 17, pool);
        System.out.println("available " + stock.thenCombine(reserved, (a, b) -> a - b).get());
        CompletableFuture<String> handled = CompletableFuture.supplyAsync(() -> Integer.parseInt("12x"), pool)
            .handle((v, ex) -> ex == null ? "value " + v : "recovered from " + ex.getCause().getClass().getSimpleName() + ": " + ex.getCause().getMessage());
        System.out.println(handled.get());
        CompletableFuture<Object> failing = CompletableFuture.failedFuture(new UnsupportedOperationException("nope"));
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("get -> ExecutionException caused by " + e.getCause());
        }
        try {
            failing.join();
        } catch (CompletionException e) {
            System.out.println("join -> CompletionException caused by " + e.getCause().getMessage());
        }
        CompletableFuture<String> manual = new CompletableFuture<>();
        CompletableFuture<Integer> length = manual.thenApply(String::length);
        pool.submit(() -> manual.complete("completed by a pool thread"));
        System.out.println("length " + length.get() + ", done " + manual.isDone() + ", second complete " + manual.complete("again"));
        CompletableFuture<String> either = CompletableFuture.completedFuture("fast").applyToEither(new CompletableFuture<String>(), s -> s + "!");
        System.out.println("either " + either.join() + ", anyOf " + CompletableFuture.anyOf(CompletableFuture.completedFuture("x"), new CompletableFuture<>()).join());
        StringBuilder order = new StringBuilder();
        CompletableFuture.completedFuture(1).thenAccept(v -> order.append("accept").append(v)).thenRun(() -> order.append(",run")).join();
        System.out.println(order + ", whenComplete " + CompletableFuture.completedFuture(5).whenComplete((v, ex) -> order.append(v)).join() + " " + order);
        CompletableFuture<Integer> cancelled = new CompletableFuture<>();
        cancelled.cancel(false);
        System.out.println("cancelled " + cancelled.isCancelled() + " exceptionally " + cancelled.isCompletedExceptionally());
        pool.shutdown();
    }
}
