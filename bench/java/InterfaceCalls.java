/*
 * Why this exists: interface dispatch (invokeinterface, JVMS 6.5 and 5.4.6). Three unrelated
 * classes implement the same interface; they also implement a second interface in different
 * orders and one extends an unrelated base class, so the method cannot sit at one fixed vtable
 * index in all three. A default method (JVMS 5.4.3.3 maximally-specific) is called too.
 */
public final class InterfaceCalls {
    /** The interface called in the loop; mixTwice is a default method calling mix. */
    interface Mixer {
        int mix(int hash, int value);

        default int mixTwice(int hash, int value) {
            return mix(mix(hash, value), value ^ 0x5bd1e995);
        }
    }

    /** A second interface so that the implementations' interface tables differ. */
    interface Tagged {
        int tag();
    }

    /** An unrelated superclass with a field, for one of the implementations. */
    abstract static class Counted {
        int uses;
    }

    /** Polynomial (multiply-add) mixing. */
    static final class MultiplyMixer implements Mixer, Tagged {
        @Override
        public int mix(int hash, int value) {
            return hash * 31 + value;
        }

        @Override
        public int tag() {
            return 1;
        }
    }

    /** Shift-xor mixing; Tagged comes first here. */
    static final class ShiftMixer implements Tagged, Mixer {
        @Override
        public int tag() {
            return 2;
        }

        @Override
        public int mix(int hash, int value) {
            return (hash << 5) ^ (hash >>> 27) ^ value;
        }
    }

    /** Rotating mixing that also counts its uses in an inherited field. */
    static final class RotateMixer extends Counted implements Mixer {
        @Override
        public int mix(int hash, int value) {
            uses++;
            return Integer.rotateLeft(hash ^ value, 7) + uses;
        }
    }

    /** Runs the kernel for the iteration count in args[0] and prints checksum and time. */
    public static void main(String[] args) {
        int n = Harness.iterations(args);
        long start = System.nanoTime();
        long checksum = run(n);
        long elapsed = System.nanoTime() - start;
        Harness.report(checksum, elapsed);
    }

    /** n trips over seven mixers of three classes; every eighth trip uses the default method. */
    static long run(int n) {
        Mixer[] mixers = {
            new MultiplyMixer(), new ShiftMixer(), new RotateMixer(), new ShiftMixer(),
            new MultiplyMixer(), new RotateMixer(), new RotateMixer(),
        };
        int hash = 17;
        long sum = 0L;
        int index = 0;
        for (int i = 0; i < n; i++) {
            Mixer m = mixers[index];
            hash = (i & 7) == 0 ? m.mixTwice(hash, i) : m.mix(hash, i);
            sum += hash & 0xffff;
            index = index == mixers.length - 1 ? 0 : index + 1;
        }
        return sum ^ ((long) hash << 32);
    }
}
