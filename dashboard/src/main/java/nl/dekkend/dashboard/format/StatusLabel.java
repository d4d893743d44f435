package nl.dekkend.dashboard.format;

/**
 * The traffic-light status of a value as a CSS class and a Dutch text, so that colour is never the only
 * carrier of meaning.
 */
public record StatusLabel(String code, String text) {

    public static final StatusLabel NONE = new StatusLabel("geen", "geen norm");

    public static StatusLabel of(String status) {
        if (status == null || status.isBlank()) {
            return NONE;
        }
        switch (status.trim()) {
            case "groen":
                return new StatusLabel("groen", "Groen: voldoet aan de norm");
            case "oranje":
                return new StatusLabel("oranje", "Oranje: aandacht nodig");
            case "rood":
                return new StatusLabel("rood", "Rood: voldoet niet aan de norm");
            default:
                return new StatusLabel("geen", status.trim());
        }
    }

    /** The short word for a table cell: {@code Groen}, {@code Oranje}, {@code Rood}; empty without a status. */
    public String kort() {
        switch (code) {
            case "groen":
                return "Groen";
            case "oranje":
                return "Oranje";
            case "rood":
                return "Rood";
            default:
                return "";
        }
    }

    public boolean present() {
        return !"geen".equals(code);
    }
}
