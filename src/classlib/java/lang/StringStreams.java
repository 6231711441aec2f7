/*
 * @fileoverview The sources of String.chars/codePoints/lines and the CharSequence defaults:
 * spliterators over a CharSequence's chars (ORDERED, SIZED), its code points (unpaired
 * surrogates come out as themselves; ORDERED only) and, for String.lines, its lines
 * (terminated by \n, \r or \r\n; no empty last line after a final terminator).
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.lang;

import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/** Holder of the character-sequence spliterators. */
final class StringStreams {
    private StringStreams() {
    }

    /** The chars {@code [index, fence)} of {@code seq} as ints. */
    static final class Chars implements Spliterator.OfInt {
        private final CharSequence seq;
        private int index;
        private final int fence;
        private final int characteristics;

        Chars(CharSequence seq, int index, int fence, int characteristics) {
            this.seq = seq;
            this.index = index;
            this.fence = fence;
            this.characteristics = characteristics | Spliterator.ORDERED | Spliterator.SIZED | Spliterator.SUBSIZED;
        }

        @Override public boolean tryAdvance(IntConsumer action) {
            if (action == null) {
                throw new NullPointerException();
            }
            if (index < fence) {
                action.accept(seq.charAt(index++));
                return true;
            }
            return false;
        }

        @Override public void forEachRemaining(IntConsumer action) {
            if (action == null) {
                throw new NullPointerException();
            }
            int i = index;
            int hi = fence;
            index = hi;
            for (; i < hi; i++) {
                action.accept(seq.charAt(i));
            }
        }

        @Override public Spliterator.OfInt trySplit() {
            int lo = index;
            int mid = (lo + fence) >>> 1;
            return lo >= mid ? null : new Chars(seq, lo, index = mid, characteristics);
        }

        @Override public long estimateSize() {
            return fence - index;
        }

        @Override public int characteristics() {
            return characteristics;
        }
    }

    /** The code points of {@code seq}, from {@code index} to its length at creation. */
    static final class CodePoints implements Spliterator.OfInt {
        private final CharSequence seq;
        private int index;
        private final int fence;
        private final int characteristics;

        CodePoints(CharSequence seq, int characteristics) {
            this.seq = seq;
            this.fence = seq.length();
            this.characteristics = characteristics | Spliterator.ORDERED;
        }

        /** The code point at {@link #index}; advances past it. */
        private int next() {
            char c = seq.charAt(index++);
            if (Character.isHighSurrogate(c) && index < fence) {
                char d = seq.charAt(index);
                if (Character.isLowSurrogate(d)) {
                    index++;
                    return Character.toCodePoint(c, d);
                }
            }
            return c;
        }

        @Override public boolean tryAdvance(IntConsumer action) {
            if (action == null) {
                throw new NullPointerException();
            }
            if (index < fence) {
                action.accept(next());
                return true;
            }
            return false;
        }

        @Override public void forEachRemaining(IntConsumer action) {
            if (action == null) {
                throw new NullPointerException();
            }
            while (index < fence) {
                action.accept(next());
            }
        }

        @Override public Spliterator.OfInt trySplit() {
            return null;
        }

        @Override public long estimateSize() {
            return fence - index;
        }

        @Override public int characteristics() {
            return characteristics;
        }
    }

    /** The lines of {@code s}. */
    static final class Lines implements Spliterator<String> {
        private final String s;
        private int index;
        private final int fence;

        Lines(String s) {
            this.s = s;
            this.fence = s.length();
        }

        @Override public boolean tryAdvance(Consumer<? super String> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            if (index >= fence) {
                return false;
            }
            int start = index;
            int end = start;
            while (end < fence && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
                end++;
            }
            index = end;
            if (index < fence) {
                if (s.charAt(index++) == '\r' && index < fence && s.charAt(index) == '\n') {
                    index++;
                }
            }
            action.accept(s.substring(start, end));
            return true;
        }

        @Override public Spliterator<String> trySplit() {
            return null;
        }

        @Override public long estimateSize() {
            return fence - index + 1;
        }

        @Override public int characteristics() {
            return Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL;
        }
    }
}
