package nl.dekkend.dashboard.toegang;

/**
 * Where an area lies ({@code gebied_hierarchie}): the codes of the areas above it, null where a level does not apply
 * or is unknown.
 */
public record Place(
        String niveau, String gebied, String wijk, String stadsdeel, String gemeente, String bestuur, String swv) {

    /** The code of the area above this one at the given level, or null. */
    String above(String level) {
        return switch (level) {
            case "wijk" -> wijk;
            case "stadsdeel" -> stadsdeel;
            case "gemeente" -> gemeente;
            case "bestuur" -> bestuur;
            case "swv" -> swv;
            default -> null;
        };
    }
}
