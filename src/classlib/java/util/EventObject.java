/*
 * @fileoverview The root of event state objects (listener-based APIs). Tern class library.
 */
package java.util;

/** An event: remembers the object on which it initially occurred. */
public class EventObject implements java.io.Serializable {
    private static final long serialVersionUID = 5516075349620653480L;

    /** The object on which the event initially occurred. */
    protected transient Object source;

    /** Creates an event; throws IllegalArgumentException("null source") when {@code source} is null, as the JDK does. */
    public EventObject(Object source) {
        if (source == null) {
            throw new IllegalArgumentException("null source");
        }
        this.source = source;
    }

    /** The object on which the event initially occurred. */
    public Object getSource() {
        return source;
    }

    /** {@code ClassName[source=...]}. */
    public String toString() {
        return getClass().getName() + "[source=" + source + "]";
    }
}
