/*
 * @fileoverview Wraps an exception thrown by a reflectively invoked method or constructor. Tern class library.
 */
package java.lang.reflect;

/** A checked exception that wraps an exception thrown by an invoked method or constructor. */
public class InvocationTargetException extends ReflectiveOperationException {
    private static final long serialVersionUID = 4085088731926701167L;

    private final Throwable target;

    /** Constructs an instance with null as the target exception. */
    protected InvocationTargetException() {
        super((Throwable) null);
        target = null;
    }

    /** Constructs an instance with a target exception. */
    public InvocationTargetException(Throwable target) {
        super((Throwable) null);
        this.target = target;
    }

    /** Constructs an instance with a target exception and a detail message. */
    public InvocationTargetException(Throwable target, String s) {
        super(s, null);
        this.target = target;
    }

    /** The thrown target exception. */
    public Throwable getTargetException() {
        return target;
    }

    /** The cause: the target exception. */
    @Override
    public Throwable getCause() {
        return target;
    }
}
