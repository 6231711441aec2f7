package jdk.internal.reflect;

/**
 * Makes one reflective call. The VM generates an implementation per constructor or method
 * (src/runtime/indy/reflect-accessor.ts); java.lang.reflect checks and converts the arguments
 * before calling it, so anything it throws comes from the member itself.
 */
public interface MethodAccessor {
    /** Calls the member: {@code target} is ignored for static members and constructors. */
    Object invoke(Object target, Object[] args) throws Throwable;
}
