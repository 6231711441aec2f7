/*
 * @fileoverview Marker interface that every event listener interface extends. Tern class library.
 */
package java.util;

/** Tagging interface for event listeners. */
public interface EventListener {
}
