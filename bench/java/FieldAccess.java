/*
 * Why this exists: instance field reads and writes (getfield/putfield of int, long and reference
 * fields) and a static field update (getstatic/putstatic), JVMS 6.5. Three particles linked in a
 * ring bounce inside a box; the loop follows the ring through a reference field, so the object
 * being touched changes every trip.
 */
public final class FieldAccess {
    private static final int LIMIT = 1000;
    /** Bounces seen so far: a static field written inside the loop. */
    static int bounces;

    /** A point with a velocity, its accumulated energy and the next particle in the ring. */
    static final class Particle {
        int x;
        int y;
        int vx;
        int vy;
        long energy;
        Particle next;
    }

    /** Runs the kernel for the iteration count in args[0] and prints checksum and time. */
    public static void main(String[] args) {
        int n = Harness.iterations(args);
        long start = System.nanoTime();
        long checksum = run(n);
        long elapsed = System.nanoTime() - start;
        Harness.report(checksum, elapsed);
    }

    /** n steps; each moves one particle, reflects it at the walls and charges the next one. */
    static long run(int n) {
        Particle first = particle(3, 7);
        Particle second = particle(-5, 2);
        Particle third = particle(11, -13);
        first.next = second;
        second.next = third;
        third.next = first;
        bounces = 0;
        Particle p = first;
        for (int i = 0; i < n; i++) {
            p.x += p.vx;
            p.y += p.vy;
            if (p.x > LIMIT || p.x < -LIMIT) {
                p.vx = -p.vx;
                bounces++;
            }
            if (p.y > LIMIT || p.y < -LIMIT) {
                p.vy = -p.vy;
                bounces++;
            }
            p.next.energy += (long) p.x * p.y;
            p = p.next;
        }
        return first.energy ^ (second.energy << 1) ^ (third.energy << 2) ^ bounces;
    }

    /** A particle at the origin with the given velocity. */
    static Particle particle(int vx, int vy) {
        Particle p = new Particle();
        p.vx = vx;
        p.vy = vy;
        return p;
    }
}
