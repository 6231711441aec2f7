/*
 * Tern class library: a strategy that adjusts a temporal (java.time.temporal.TemporalAdjuster).
 */
package java.time.temporal;

@FunctionalInterface
public interface TemporalAdjuster {
    Temporal adjustInto(Temporal temporal);
}
