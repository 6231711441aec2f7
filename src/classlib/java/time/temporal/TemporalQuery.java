/*
 * Tern class library: a query over a temporal (java.time.temporal.TemporalQuery).
 */
package java.time.temporal;

@FunctionalInterface
public interface TemporalQuery<R> {
    R queryFrom(TemporalAccessor temporal);
}
