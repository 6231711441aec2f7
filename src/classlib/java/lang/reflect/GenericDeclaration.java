package java.lang.reflect;

/** An entity that declares type variables (in Tern: classes). */
public interface GenericDeclaration extends AnnotatedElement {
    TypeVariable<?>[] getTypeParameters();
}
