import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.ReentrantLock;

/** The exception types and messages of java.util.concurrent, as HotSpot prints them. */
public class ExceptionMessages {
    interface Action {
        void run() throws Exception;
    }

    static void attempt(String label, Action a) {
        try {
            a.run();
            System.out.println(label + ": no exception");
        } catch (Exception e) {
            System.out.println(label + ": " + e);
            if (e.getCause() != null) {
                System.out.println("  cause: " + e.getCause());
            }
        }
    }

    public static void main(String[] args) throws Exception {
        attempt("ExecutionException(cause)", () -> { throw new ExecutionException(new IllegalArgumentException("bad arg")); });
        attempt("ExecutionException(msg, cause)", () -> { throw new ExecutionException("wrapped", new RuntimeException("inner")); });
        attempt("CompletionException(cause)", () -> { throw new CompletionException(new ArithmeticException("/ by zero")); });
        attempt("CancellationException", () -> { throw new CancellationException("stopped"); });
        attempt("TimeoutException", () -> { throw new TimeoutException("too slow"); });
        attempt("BrokenBarrierException", () -> { throw new BrokenBarrierException(); });
        attempt("RejectedExecutionException", () -> { throw new RejectedExecutionException("full"); });
        attempt("latch(-1)", () -> new CountDownLatch(-1));
        attempt("barrier(0)", () -> new CyclicBarrier(0));
        attempt("abq(0)", () -> new ArrayBlockingQueue<String>(0));
        attempt("abq full add", () -> {
            ArrayBlockingQueue<String> q = new ArrayBlockingQueue<>(1);
            q.add("a");
            q.add("b");
        });
        attempt("abq remove empty", () -> new ArrayBlockingQueue<String>(1).remove());
        attempt("abq null", () -> new ArrayBlockingQueue<String>(1).offer(null));
        attempt("unlock unowned", () -> new ReentrantLock().unlock());
        attempt("await unowned", () -> new ReentrantLock().newCondition().await());
        attempt("semaphore release(-1)", () -> new Semaphore(1).release(-1));
        attempt("atomic array index", () -> new AtomicIntegerArray(3).get(3));
        attempt("atomic array negative", () -> new AtomicIntegerArray(3).set(-2, 1));
        attempt("chm null key", () -> new ConcurrentHashMap<String, String>().get(null));
        attempt("chm null value", () -> new ConcurrentHashMap<String, String>().put("k", null));
        attempt("tpe bad sizes", () -> new ThreadPoolExecutor(2, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1)));
        attempt("keepalive", () -> new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1)).allowCoreThreadTimeOut(true));
        attempt("fixed pool 0", () -> Executors.newFixedThreadPool(0));

        ExecutorService pool = Executors.newSingleThreadExecutor();
        attempt("future get", () -> pool.submit(() -> { throw new UnsupportedOperationException("nope"); }).get());
        attempt("future checked", () -> pool.submit(() -> { throw new java.io.IOException("disk"); }).get());
        attempt("future timeout", () -> pool.submit(() -> { Thread.sleep(200); return 1; }).get(10, TimeUnit.MILLISECONDS));
        FutureTask<String> cancelled = new FutureTask<>(() -> "x");
        cancelled.cancel(true);
        attempt("cancelled future", cancelled::get);
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
        attempt("submit after shutdown", () -> {
            try {
                pool.execute(() -> { });
            } catch (RejectedExecutionException e) {
                throw new RejectedExecutionException(e.getClass().getSimpleName() + " caught");
            }
        });

        attempt("cf join", () -> CompletableFuture.supplyAsync(() -> { throw new IllegalStateException("cf"); }).join());
        attempt("cf get", () -> CompletableFuture.supplyAsync(() -> { throw new IllegalStateException("cf"); }).get());
        attempt("cf failed join", () -> CompletableFuture.failedFuture(new RuntimeException("raw")).join());
        attempt("cf failed chained", () -> CompletableFuture.failedFuture(new RuntimeException("raw")).thenApply(x -> x).join());
        attempt("cf completion passthrough", () -> CompletableFuture.failedFuture(new CompletionException("already", null)).join());
        attempt("cf cancelled get", () -> {
            CompletableFuture<String> f = new CompletableFuture<>();
            f.cancel(true);
            f.get();
        });
        attempt("cf timeout", () -> new CompletableFuture<String>().get(5, TimeUnit.MILLISECONDS));
        attempt("cf null ex", () -> new CompletableFuture<String>().completeExceptionally(null));
        CompletableFuture<Integer> wc = CompletableFuture.<Integer>failedFuture(new IllegalStateException("first"))
                .whenComplete((v, t) -> { throw new IllegalArgumentException("second"); });
        try {
            wc.join();
        } catch (CompletionException e) {
            System.out.println("whenComplete: " + e + " suppressed=" + e.getCause().getSuppressed().length + " "
                    + e.getCause().getSuppressed()[0]);
        }
        CyclicBarrier barrier = new CyclicBarrier(2);
        Thread t = new Thread(() -> {
            try {
                barrier.await();
            } catch (Exception e) {
                System.out.println("barrier waiter: " + e);
            }
        });
        t.start();
        while (barrier.getNumberWaiting() == 0) {
            Thread.sleep(1);
        }
        t.interrupt();
        t.join();
        attempt("broken barrier", barrier::await);
    }
}
