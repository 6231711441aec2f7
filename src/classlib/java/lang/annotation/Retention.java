package java.lang.annotation;

/** How long annotations of the annotated interface are kept (CLASS when absent). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface Retention {
    RetentionPolicy value();
}
