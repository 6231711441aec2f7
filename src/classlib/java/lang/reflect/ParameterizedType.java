package java.lang.reflect;

/** A parameterized type such as {@code Map<String, List<Integer>>}. */
public interface ParameterizedType extends Type {
    Type[] getActualTypeArguments();

    Type getRawType();

    Type getOwnerType();
}
