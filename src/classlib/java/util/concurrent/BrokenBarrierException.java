package java.util.concurrent;

/** A thread tried to wait on a barrier that is broken, or that broke while it waited. */
public class BrokenBarrierException extends Exception {
    private static final long serialVersionUID = 7117394618823254244L;

    public BrokenBarrierException() {
    }

    public BrokenBarrierException(String message) {
        super(message);
    }
}
