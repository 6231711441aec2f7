/*
 * Tern class library: where zone rules come from (java.time.zone.ZoneRulesProvider). Tern has one
 * provider, the time-zone database built with it (TzdbZoneRulesProvider); registering others is
 * supported for IDs the database does not have.
 */
package java.time.zone;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;

public abstract class ZoneRulesProvider {
    private static final List<ZoneRulesProvider> PROVIDERS = new ArrayList<>();
    private static final TzdbZoneRulesProvider TZDB = new TzdbZoneRulesProvider();

    protected ZoneRulesProvider() {
    }

    public static Set<String> getAvailableZoneIds() {
        Set<String> ids = new HashSet<>(TZDB.provideZoneIds());
        synchronized (PROVIDERS) {
            for (ZoneRulesProvider p : PROVIDERS) {
                ids.addAll(p.provideZoneIds());
            }
        }
        return Collections.unmodifiableSet(ids);
    }

    public static ZoneRules getRules(String zoneId, boolean forCaching) {
        Objects.requireNonNull(zoneId, "zoneId");
        return getProvider(zoneId).provideRules(zoneId, forCaching);
    }

    public static NavigableMap<String, ZoneRules> getVersions(String zoneId) {
        Objects.requireNonNull(zoneId, "zoneId");
        return getProvider(zoneId).provideVersions(zoneId);
    }

    private static ZoneRulesProvider getProvider(String zoneId) {
        if (TZDB.has(zoneId)) {
            return TZDB;
        }
        synchronized (PROVIDERS) {
            for (ZoneRulesProvider p : PROVIDERS) {
                if (p.provideZoneIds().contains(zoneId)) {
                    return p;
                }
            }
        }
        throw new ZoneRulesException("Unknown time-zone ID: " + zoneId);
    }

    public static void registerProvider(ZoneRulesProvider provider) {
        Objects.requireNonNull(provider, "provider");
        for (String zoneId : provider.provideZoneIds()) {
            Objects.requireNonNull(zoneId, "zoneId");
            if (TZDB.has(zoneId)) {
                throw new ZoneRulesException("Unable to register zone as one already registered with that ID: "
                        + zoneId + ", currently loading from provider: " + provider);
            }
        }
        synchronized (PROVIDERS) {
            for (String zoneId : provider.provideZoneIds()) {
                for (ZoneRulesProvider p : PROVIDERS) {
                    if (p.provideZoneIds().contains(zoneId)) {
                        throw new ZoneRulesException("Unable to register zone as one already registered with that ID: "
                                + zoneId + ", currently loading from provider: " + provider);
                    }
                }
            }
            PROVIDERS.add(provider);
        }
    }

    public static boolean refresh() {
        boolean changed = false;
        synchronized (PROVIDERS) {
            for (ZoneRulesProvider p : PROVIDERS) {
                changed |= p.provideRefresh();
            }
        }
        return changed;
    }

    protected abstract Set<String> provideZoneIds();

    protected abstract ZoneRules provideRules(String zoneId, boolean forCaching);

    protected abstract NavigableMap<String, ZoneRules> provideVersions(String zoneId);

    protected boolean provideRefresh() {
        return false;
    }
}
