/*
 * Why this exists: the start-up benchmark. It does the least a program can do (print one line)
 * so that the runner's wall-clock time is almost all VM start-up and shutdown.
 */
public final class Hello {
    /** Prints one line. */
    public static void main(String[] args) {
        System.out.println("Hello from the Tern benchmark suite");
    }
}
