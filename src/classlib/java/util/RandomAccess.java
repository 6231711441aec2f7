/*
 * @fileoverview Marker interface: the List supports fast (constant-time) indexed access, so
 * algorithms such as Collections.reverse pick index loops over iterators.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** Marks lists with fast indexed access. */
public interface RandomAccess {
}
