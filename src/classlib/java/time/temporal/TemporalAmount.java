/*
 * Tern class library: an amount of time such as a Period or Duration (java.time.temporal.TemporalAmount).
 */
package java.time.temporal;

import java.util.List;

public interface TemporalAmount {
    long get(TemporalUnit unit);

    List<TemporalUnit> getUnits();

    Temporal addTo(Temporal temporal);

    Temporal subtractFrom(Temporal temporal);
}
