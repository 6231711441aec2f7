/** Shutdown hooks run when main returns normally; output printed by the hook comes after main's. */
public class ShutdownHooks {
    public static void main(String[] args) {
        StringBuilder summary = new StringBuilder();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook: flushing " + summary)));
        for (int i = 1; i <= 3; i++) {
            summary.append("job").append(i).append(' ');
            System.out.println("main: finished job " + i);
        }
        Thread removed = new Thread(() -> System.out.println("removed hook (must not print)"));
        Runtime.getRuntime().addShutdownHook(removed);
        System.out.println("main: removed hook " + Runtime.getRuntime().removeShutdownHook(removed));
        System.out.println("main: returning");
    }
}
