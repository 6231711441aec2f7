package java.lang;

/** The superclass of records; the VM links their equals/hashCode/toString (ObjectMethods). */
public abstract class Record {
    protected Record() {
    }

    @Override
    public abstract boolean equals(Object obj);

    @Override
    public abstract int hashCode();

    @Override
    public abstract String toString();
}
