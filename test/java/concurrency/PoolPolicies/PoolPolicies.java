import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** ThreadPoolExecutor sizing, saturation policies, hooks, thread factories and pool numbering. */
public class PoolPolicies {
    static final class CountingPool extends ThreadPoolExecutor {
        final AtomicInteger before = new AtomicInteger();
        final AtomicInteger after = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        volatile boolean terminatedHook;

        CountingPool() {
            super(2, 2, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(100));
        }

        @Override
        protected void beforeExecute(Thread t, Runnable r) {
            before.incrementAndGet();
        }

        @Override
        protected void afterExecute(Runnable r, Throwable t) {
            after.incrementAndGet();
            if (t != null) {
                failures.incrementAndGet();
            }
        }

        @Override
        protected void terminated() {
            terminatedHook = true;
        }
    }

    public static void main(String[] args) throws Exception {
        // Thread names: every default thread factory takes the next pool number.
        List<String> names = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 3; i++) {
            ExecutorService es = Executors.newSingleThreadExecutor();
            es.submit(() -> names.add(Thread.currentThread().getName())).get();
            es.shutdown();
        }
        ExecutorService two = Executors.newFixedThreadPool(2);
        CountDownLatch both = new CountDownLatch(2);
        for (int i = 0; i < 2; i++) {
            two.execute(() -> {
                names.add(Thread.currentThread().getName());
                both.countDown();
                try {
                    both.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        both.await();
        two.shutdown();
        Collections.sort(names);
        System.out.println(names);

        // A custom thread factory.
        AtomicInteger made = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "worker-" + made.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService custom = Executors.newFixedThreadPool(1, factory);
        System.out.println(custom.submit(() -> Thread.currentThread().getName() + " daemon=" + Thread.currentThread().isDaemon()).get());
        custom.shutdown();

        // Saturation: core 1, max 2, queue 1 -> the 4th concurrent task is rejected.
        CountDownLatch hold = new CountDownLatch(1);
        Runnable blocker = () -> {
            try {
                hold.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        ThreadPoolExecutor small = new ThreadPoolExecutor(1, 2, 1, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
        small.execute(blocker);
        System.out.println("after 1: pool=" + small.getPoolSize() + " queued=" + small.getQueue().size());
        small.execute(blocker);
        System.out.println("after 2: pool=" + small.getPoolSize() + " queued=" + small.getQueue().size());
        small.execute(blocker);
        System.out.println("after 3: pool=" + small.getPoolSize() + " queued=" + small.getQueue().size());
        try {
            small.execute(blocker);
        } catch (RejectedExecutionException e) {
            System.out.println("4th rejected by " + small.getRejectedExecutionHandler().getClass().getSimpleName());
        }
        small.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        String[] ranOn = new String[1];
        small.execute(() -> ranOn[0] = Thread.currentThread().getName());
        System.out.println("caller-runs ran on " + ranOn[0]);
        small.setRejectedExecutionHandler(new ThreadPoolExecutor.DiscardPolicy());
        small.execute(() -> System.out.println("discarded task ran?!"));
        small.setRejectedExecutionHandler(new ThreadPoolExecutor.DiscardOldestPolicy());
        AtomicInteger newest = new AtomicInteger();
        small.execute(newest::incrementAndGet);
        System.out.println("discard-oldest queued=" + small.getQueue().size() + " active=" + small.getActiveCount());
        hold.countDown();
        small.shutdown();
        System.out.println("small terminated=" + small.awaitTermination(5, TimeUnit.SECONDS) + " newest ran=" + newest.get()
                + " largest=" + small.getLargestPoolSize() + " completed=" + small.getCompletedTaskCount());

        // Hooks.
        CountingPool counting = new CountingPool();
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            final int n = i;
            fs.add(counting.submit(() -> {
                if (n % 4 == 0) {
                    throw new IllegalStateException("task " + n);
                }
            }));
        }
        int failed = 0;
        for (Future<?> f : fs) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failed++;
            }
        }
        counting.shutdown();
        counting.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("before=" + counting.before.get() + " after=" + counting.after.get() + " hook failures="
                + counting.failures.get() + " future failures=" + failed + " terminated hook=" + counting.terminatedHook);

        // Prestart, resizing, core time-out.
        ThreadPoolExecutor sized = new ThreadPoolExecutor(3, 5, 50, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(10));
        System.out.println("prestarted=" + sized.prestartAllCoreThreads() + " pool=" + sized.getPoolSize());
        sized.allowCoreThreadTimeOut(true);
        long deadline = System.currentTimeMillis() + 5000;
        while (sized.getPoolSize() > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        System.out.println("after idle timeout pool=" + sized.getPoolSize() + " keepAlive=" + sized.getKeepAliveTime(TimeUnit.MILLISECONDS));
        sized.setMaximumPoolSize(8);
        sized.setCorePoolSize(4);
        System.out.println("core=" + sized.getCorePoolSize() + " max=" + sized.getMaximumPoolSize() + " allows timeout=" + sized.allowsCoreThreadTimeOut());
        sized.shutdownNow();
        System.out.println("terminating or terminated: " + (sized.isTerminating() || sized.isTerminated()));
    }
}
