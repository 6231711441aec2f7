package jdk.internal.access;

/**
 * What java.lang.Class needs from java.lang.reflect's package-private parts (generic signature
 * parsing, record components). java.lang.reflect.Field registers the implementation when it is
 * initialized; see SharedSecrets.
 */
public interface JavaLangReflectAccess {
    /** The type variables declared by a class signature (empty when null or not generic). */
    java.lang.reflect.TypeVariable<?>[] typeParameters(String classSignature, Class<?> declaration);

    /** The record components of a record class whose declared fields are {@code declared}. */
    java.lang.reflect.RecordComponent[] recordComponents(java.lang.reflect.Field[] declared);

    /** The class of field descriptor {@code descriptor} (or V), loaded for {@code context}. */
    Class<?> typeOfDescriptor(Class<?> context, String descriptor);

    /** The superclass (index 0) and superinterfaces of a class signature. */
    java.lang.reflect.Type[] supertypes(String classSignature, Class<?> declaration);
}
