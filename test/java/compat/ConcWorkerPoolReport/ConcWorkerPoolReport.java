import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A batch job runner: checksum jobs on a fixed pool via invokeAll, failures surfaced as ExecutionException, a cached pool, shutdown. */
public class ConcWorkerPoolReport {
    record Job(String name, int size, boolean poisoned) {}
    record Result(String job, long checksum, int primes) {}

    static final class JobFailedException extends Exception {
        JobFailedException(String msg) { super(msg); }
    }

    static Result process(Job job) throws JobFailedException {
        if (job.poisoned()) throw new JobFailedException("job " + job.name() + " has corrupt input");
        long h = 1125899906842597L;
        int primes = 0;
        for (int i = 0; i < job.size(); i++) {
            h = 31 * h + (i ^ job.name().hashCode());
            if (isPrime(i)) primes++;
        }
        return new Result(job.name(), h, primes);
    }

    static boolean isPrime(int n) {
        if (n < 2) return false;
        for (int d = 2; d * d <= n; d++) if (n % d == 0) return false;
        return true;
    }

    public static void main(String[] args) throws InterruptedException {
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 12; i++) jobs.add(new Job("job-" + (char) ('a' + i), 500 + 350 * i, i == 7));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Result>> tasks = new ArrayList<>();
        for (Job j : jobs) tasks.add(() -> process(j));
        List<Future<Result>> futures = pool.invokeAll(tasks);
        Map<String, String> report = new TreeMap<>();
        long total = 0;
        for (int i = 0; i < futures.size(); i++) {
            Future<Result> f = futures.get(i);
            try {
                Result r = f.get();
                report.put(r.job(), Long.toHexString(r.checksum()) + " primes=" + r.primes());
                total += r.primes();
            } catch (ExecutionException e) {
                report.put(jobs.get(i).name(), "FAILED " + e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage());
            }
        }
        report.forEach((k, v) -> System.out.println(k + " " + v));
        System.out.println("primes found " + total + ", all done " + futures.stream().allMatch(Future::isDone));

        Future<Integer> slow = pool.submit(() -> {
            Thread.sleep(2000);
            return 1;
        });
        try {
            slow.get(50, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("timed out waiting; cancel=" + slow.cancel(true) + " cancelled=" + slow.isCancelled());
        } catch (ExecutionException e) {
            System.out.println("unexpected " + e);
        }
        pool.shutdown();
        System.out.println("terminated in time: " + pool.awaitTermination(5, TimeUnit.SECONDS) + ", isShutdown " + pool.isShutdown());
        try {
            pool.submit(() -> 1);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            System.out.println("rejected after shutdown");
        }

        ExecutorService cached = Executors.newCachedThreadPool();
        List<Future<String>> names = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            names.add(cached.submit(() -> "task" + n + ":" + Integer.toBinaryString(n * 37)));
        }
        StringBuilder sb = new StringBuilder();
        for (Future<String> f : names) {
            try { sb.append(f.get()).append(' '); } catch (ExecutionException e) { sb.append("? "); }
        }
        System.out.println(sb.toString().trim());
        try {
            String any = cached.invokeAny(List.of(() -> { throw new IllegalStateException("first fails"); }, () -> "second wins"));
            System.out.println("invokeAny -> " + any);
        } catch (ExecutionException e) {
            System.out.println("invokeAny failed " + e.getCause());
        }
        cached.shutdownNow();
        System.out.println("cached terminated " + cached.awaitTermination(5, TimeUnit.SECONDS));
    }
}
