import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** CompletableFuture pipelines: async stages, composition, combination, errors and callback order. */
public class CompletableChains {
    public static void main(String[] args) throws Exception {
        CompletableFuture<Integer> base = CompletableFuture.supplyAsync(() -> 6);
        CompletableFuture<String> chain = base.thenApply(x -> x * 7)
                .thenCompose(x -> CompletableFuture.supplyAsync(() -> "answer=" + x))
                .thenApply(String::toUpperCase);
        System.out.println(chain.join());

        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> 20);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> 22);
        System.out.println("combined: " + a.thenCombine(b, Integer::sum).get());
        StringBuilder both = new StringBuilder();
        a.thenAcceptBoth(b, (x, y) -> both.append(x).append('+').append(y)).join();
        System.out.println("acceptBoth: " + both);

        List<CompletableFuture<Integer>> parts = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            final int n = i;
            parts.add(CompletableFuture.supplyAsync(() -> n * n));
        }
        CompletableFuture.allOf(parts.toArray(new CompletableFuture<?>[0])).join();
        int sum = 0;
        for (CompletableFuture<Integer> p : parts) {
            sum += p.join();
        }
        System.out.println("allOf sum of squares: " + sum);

        CompletableFuture<String> never = new CompletableFuture<>();
        Object first = CompletableFuture.anyOf(never, CompletableFuture.completedFuture("fast")).join();
        System.out.println("anyOf: " + first);

        // Errors: wrapping, recovery, handle, whenComplete.
        CompletableFuture<Integer> boom = CompletableFuture.supplyAsync(() -> {
            throw new IllegalStateException("boom");
        });
        try {
            boom.join();
        } catch (CompletionException e) {
            System.out.println("join: " + e.getMessage() + " | cause " + e.getCause().getClass().getSimpleName());
        }
        try {
            boom.get();
        } catch (ExecutionException e) {
            System.out.println("get: " + e.getMessage());
        }
        System.out.println("exceptionally: " + boom.exceptionally(t -> -1).join());
        System.out.println("handle: " + boom.handle((v, t) -> t == null ? "ok" : "failed with " + t.getCause().getMessage()).join());
        System.out.println("isCompletedExceptionally: " + boom.isCompletedExceptionally());
        CompletableFuture<Integer> explicit = new CompletableFuture<>();
        explicit.completeExceptionally(new ArithmeticException("explicit"));
        System.out.println("explicit exceptionally sees: " + explicit.exceptionally(t -> {
            System.out.println("  recovering from " + t);
            return 0;
        }).join());
        System.out.println("dependent sees: " + explicit.thenApply(x -> x + 1).handle((v, t) -> String.valueOf(t)).join());
        StringBuilder seen = new StringBuilder();
        CompletableFuture<Integer> wc = CompletableFuture.completedFuture(5).whenComplete((v, t) -> seen.append("v=").append(v).append(" t=").append(t));
        System.out.println("whenComplete: " + wc.join() + " " + seen);

        // Callback order on one future: the JDK's stack runs the newest dependent first.
        CompletableFuture<String> trigger = new CompletableFuture<>();
        StringBuilder order = new StringBuilder();
        trigger.thenAccept(s -> order.append("A"));
        trigger.thenAccept(s -> order.append("B"));
        trigger.thenApply(s -> { order.append("C"); return s; }).thenAccept(s -> order.append("D"));
        trigger.thenRun(() -> order.append("E"));
        System.out.println("dependents before complete: " + trigger.getNumberOfDependents());
        System.out.println("complete: " + trigger.complete("go") + " again: " + trigger.complete("again"));
        System.out.println("callback order: " + order);
        System.out.println("value: " + trigger.getNow("none") + " " + new CompletableFuture<String>().getNow("none"));

        // Stages added after completion run immediately in the caller.
        StringBuilder late = new StringBuilder();
        trigger.thenAccept(late::append);
        System.out.println("late stage: " + late);

        // Explicit executor and async variants.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CompletableFuture<String> onPool = CompletableFuture.supplyAsync(() -> Thread.currentThread().getName(), pool)
                .thenApplyAsync(n -> n.startsWith("pool-") ? "pool thread" : "other: " + n, pool);
        System.out.println(onPool.get(5, TimeUnit.SECONDS));
        CompletableFuture<Void> run = CompletableFuture.runAsync(() -> { }, pool);
        System.out.println("runAsync: " + run.get() + " done=" + run.isDone());
        pool.shutdown();

        CompletableFuture<Integer> either = new CompletableFuture<Integer>().applyToEither(CompletableFuture.completedFuture(9), x -> x * 2);
        System.out.println("applyToEither: " + either.join());
        System.out.println("cancel: " + new CompletableFuture<String>().cancel(true));
        CompletableFuture<String> cancelled = new CompletableFuture<>();
        cancelled.cancel(false);
        try {
            cancelled.join();
        } catch (java.util.concurrent.CancellationException e) {
            System.out.println("cancelled join: " + e + " isCancelled=" + cancelled.isCancelled());
        }
        System.out.println("completeOnTimeout: " + new CompletableFuture<String>().completeOnTimeout("default", 20, TimeUnit.MILLISECONDS).join());
        try {
            new CompletableFuture<String>().orTimeout(20, TimeUnit.MILLISECONDS).join();
        } catch (CompletionException e) {
            System.out.println("orTimeout: " + e.getMessage());
        }
        System.out.println("failedFuture: " + CompletableFuture.failedFuture(new RuntimeException("f")).handle((v, t) -> t.getMessage()).join());
    }
}
