package nl.dekkend.dashboard.pdca;

/** A cycle code in a URL: {@code 2024-2025 H1} ↔ {@code 2024-2025-H1}. */
public final class Slug {

    private Slug() {}

    static String of(String code) {
        return code.replace(' ', '-');
    }

    public static String code(String slug) {
        return slug.length() == 12 ? slug.substring(0, 9) + " " + slug.substring(10) : slug;
    }
}
