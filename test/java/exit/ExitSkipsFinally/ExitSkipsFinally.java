/** System.exit inside nested calls and try/finally: finally blocks do not run, later code never runs. */
public class ExitSkipsFinally {
    static void shutdown(int depth) {
        try {
            if (depth == 0) {
                System.out.println("exiting from depth 0");
                System.exit(0);
            }
            shutdown(depth - 1);
        } finally {
            System.out.println("finally at depth " + depth + " (must not print)");
        }
    }

    public static void main(String[] args) {
        try {
            System.out.println("starting");
            shutdown(3);
        } catch (Throwable t) {
            System.out.println("caught " + t + " (must not print)");
        } finally {
            System.out.println("main finally (must not print)");
        }
        System.out.println("after (must not print)");
    }
}
