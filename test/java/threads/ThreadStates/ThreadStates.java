/** Thread.getState through a thread's life: NEW, RUNNABLE, BLOCKED, WAITING, TIMED_WAITING, TERMINATED; names and priorities. */
public class ThreadStates {
    static void awaitState(Thread t, Thread.State s) throws InterruptedException {
        while (t.getState() != s) Thread.sleep(1);
    }

    public static void main(String[] args) throws InterruptedException {
        Object monitor = new Object();
        Object signal = new Object();
        Thread t = new Thread(() -> {
            synchronized (monitor) {
                System.out.println("worker acquired monitor");
            }
            synchronized (signal) {
                try {
                    signal.wait();
                    signal.wait(60_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "state-walker");
        System.out.println("before start: " + t.getState() + " alive " + t.isAlive());
        System.out.println("main itself: " + Thread.currentThread().getState() + " name " + Thread.currentThread().getName() + " priority " + Thread.currentThread().getPriority());
        synchronized (monitor) {
            t.start();
            awaitState(t, Thread.State.BLOCKED);
            System.out.println("while main holds the monitor: " + t.getState());
        }
        awaitState(t, Thread.State.WAITING);
        System.out.println("in wait(): " + t.getState());
        synchronized (signal) {
            signal.notify();
        }
        awaitState(t, Thread.State.TIMED_WAITING);
        System.out.println("in wait(60000): " + t.getState());
        synchronized (signal) {
            signal.notify();
        }
        t.join();
        System.out.println("after join: " + t.getState() + " alive " + t.isAlive());
        try {
            t.start();
        } catch (IllegalThreadStateException e) {
            System.out.println("restart rejected: " + e.getClass().getSimpleName());
        }
        Thread named = new Thread(() -> { });
        named.setName("renamed");
        named.setPriority(Thread.MAX_PRIORITY);
        System.out.println("name " + named.getName() + " priority " + named.getPriority() + " default priority " + new Thread(() -> { }).getPriority() + " group " + named.getThreadGroup().getName());
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                System.out.println("sleeper interrupted out of TIMED_WAITING");
            }
        });
        sleeper.start();
        awaitState(sleeper, Thread.State.TIMED_WAITING);
        System.out.println("sleeping: " + sleeper.getState());
        sleeper.interrupt();
        sleeper.join();
        System.out.println("states: " + java.util.Arrays.toString(Thread.State.values()));
    }
}
