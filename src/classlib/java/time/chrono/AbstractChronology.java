/*
 * Tern class library: the base of calendar systems (java.time.chrono.AbstractChronology):
 * identity by ID for ordering, equality and hashing.
 */
package java.time.chrono;

public abstract class AbstractChronology implements Chronology {
    protected AbstractChronology() {
    }

    @Override
    public int compareTo(Chronology other) {
        return getId().compareTo(other.getId());
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj instanceof AbstractChronology) {
            return compareTo((AbstractChronology) obj) == 0;
        }
        return false;
    }

    @Override
    public int hashCode() {
        return getClass().hashCode() ^ getId().hashCode();
    }

    @Override
    public String toString() {
        return getId();
    }
}
