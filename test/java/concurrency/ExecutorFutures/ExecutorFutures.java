import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Fixed, single and cached pools: submit/invokeAll/invokeAny, futures, cancellation, shutdown. */
public class ExecutorFutures {
    static long fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Long>> futures = new ArrayList<>();
        for (int i = 10; i < 20; i++) {
            final int n = i;
            futures.add(pool.submit(() -> fib(n)));
        }
        long total = 0;
        for (Future<Long> f : futures) {
            total += f.get();
        }
        System.out.println("sum of fib(10..19) = " + total);

        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            final int id = i;
            calls.add(() -> "task" + id + ":" + (id * id));
        }
        for (Future<String> f : pool.invokeAll(calls)) {
            System.out.println(f.isDone() + " " + f.get());
        }
        String any = pool.invokeAny(List.of(() -> "only"));
        System.out.println("invokeAny -> " + any);

        Future<?> runnable = pool.submit(() -> { });
        System.out.println("runnable result: " + runnable.get());
        Future<String> withResult = pool.submit(() -> { }, "fixed");
        System.out.println("runnable with result: " + withResult.get());

        // A task that blocks until released, then a queued task that gets cancelled.
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService single = Executors.newSingleThreadExecutor();
        Future<String> blocker = single.submit(() -> {
            release.await();
            return Thread.currentThread().getName();
        });
        Future<String> queued = single.submit(() -> "never");
        System.out.println("cancel queued: " + queued.cancel(false) + " cancelled=" + queued.isCancelled()
                + " done=" + queued.isDone());
        try {
            queued.get();
        } catch (CancellationException e) {
            System.out.println("get on cancelled: " + e);
        }
        release.countDown();
        System.out.println("blocker ran on " + blocker.get());
        single.shutdown();
        System.out.println("single terminated: " + single.awaitTermination(5, TimeUnit.SECONDS));
        try {
            single.submit(() -> "late");
        } catch (RejectedExecutionException e) {
            System.out.println("rejected after shutdown: " + e.getClass().getName());
        }

        // Exceptions inside tasks.
        Future<Integer> failing = pool.submit(() -> Integer.parseInt("x1"));
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("cause: " + e.getCause());
            System.out.println("message: " + e.getMessage());
        }

        // Completion service: tasks are released one at a time in the order 2, 1, 0.
        ExecutorCompletionService<Integer> ecs = new ExecutorCompletionService<>(pool);
        CountDownLatch[] gates = new CountDownLatch[3];
        for (int i = 0; i < 3; i++) {
            gates[i] = new CountDownLatch(1);
        }
        for (int i = 0; i < 3; i++) {
            final int id = i;
            ecs.submit(() -> {
                gates[id].await();
                return id;
            });
        }
        System.out.println("nothing completed yet: " + (ecs.poll() == null));
        StringBuilder order = new StringBuilder();
        for (int i = 2; i >= 0; i--) {
            gates[i].countDown();
            order.append(ecs.take().get());
        }
        System.out.println("completion order: " + order);

        // A FutureTask run directly.
        FutureTask<String> ft = new FutureTask<>(() -> "direct");
        ft.run();
        System.out.println("FutureTask: " + ft.get() + " done=" + ft.isDone());

        // Cached pool with many short tasks.
        ExecutorService cached = Executors.newCachedThreadPool();
        AtomicInteger counter = new AtomicInteger();
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            fs.add(cached.submit(counter::incrementAndGet));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        System.out.println("cached counter = " + counter.get());
        cached.shutdown();
        System.out.println("cached terminated: " + cached.awaitTermination(5, TimeUnit.SECONDS));

        ThreadPoolExecutor tpe = (ThreadPoolExecutor) pool;
        System.out.println("core=" + tpe.getCorePoolSize() + " max=" + tpe.getMaximumPoolSize()
                + " largest=" + tpe.getLargestPoolSize());
        List<Runnable> pending = pool.shutdownNow();
        System.out.println("pending after shutdownNow: " + pending.size());
        System.out.println("terminated: " + pool.awaitTermination(5, TimeUnit.SECONDS) + " " + pool.isShutdown()
                + " " + pool.isTerminated());
        System.out.println("completed tasks: " + tpe.getCompletedTaskCount());
    }
}
