/*
 * @fileoverview Bidirectional iteration over text (the interface only; no implementation is
 * provided yet). It exists because AttributedCharacterIterator, whose Attribute is the base of
 * Format.Field, extends it.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.text;

/** Iterates over a range of characters in both directions. */
public interface CharacterIterator extends Cloneable {
    /** Returned when the index is outside the text. */
    char DONE = '\uFFFF';

    char first();

    char last();

    char current();

    char next();

    char previous();

    char setIndex(int position);

    int getBeginIndex();

    int getEndIndex();

    int getIndex();

    Object clone();
}
