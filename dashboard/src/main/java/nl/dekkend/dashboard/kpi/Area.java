package nl.dekkend.dashboard.kpi;

/** A gebied at some level, with its name when the publication has one. */
public record Area(String code, String naam) {

    /** {@code PO3009 De Kempen}, or just the code (also when the name only repeats it). */
    public String label() {
        return naam == null || naam.isBlank() || naam.equals(code) ? code : code + " " + naam;
    }
}
