/*
 * Why this exists: on a busy machine wall-clock times of HotSpot runs are inflated by other
 * processes. This wrapper calls a bench/java kernel's static run(int) and reports the main
 * thread's CPU time instead of System.nanoTime(), in the kernels' output format, so that
 * bench/interp/compare.mjs can compare CPU times of java -Xint with Tern's (whose launcher can
 * likewise make nanoTime a CPU clock).
 */
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;

public final class CpuRun {
    /** Usage: CpuRun KernelClass iterations. */
    public static void main(String[] args) throws Exception {
        Class<?> kernel = Class.forName(args[0]);
        int n = Integer.parseInt(args[1]);
        Method run = kernel.getDeclaredMethod("run", int.class);
        run.setAccessible(true);
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long start = bean.getCurrentThreadCpuTime();
        Object checksum = run.invoke(null, n);
        long elapsed = bean.getCurrentThreadCpuTime() - start;
        System.out.println("checksum=" + checksum);
        System.out.println("time_ns=" + elapsed);
    }
}
