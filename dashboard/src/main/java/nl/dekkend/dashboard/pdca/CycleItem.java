package nl.dekkend.dashboard.pdca;

import java.time.Instant;
import java.time.ZoneId;
import nl.dekkend.appdb.pdca.Cycle;
import nl.dekkend.dashboard.format.DutchFormat;

/** A cycle in a list: code, link and the Dutch texts of its state. */
public record CycleItem(
        String code,
        String link,
        boolean open,
        String status,
        String geopend,
        String gesloten,
        String publicatie,
        String niveaus) {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    static CycleItem of(Cycle cycle) {
        return new CycleItem(
                cycle.code(),
                "/pdca/cycli/" + Slug.of(cycle.code()),
                cycle.isOpen(),
                cycle.isOpen() ? "open" : "gesloten",
                moment(cycle.geopendOp()) + " door " + cycle.geopendDoor(),
                cycle.geslotenOp() == null ? "" : moment(cycle.geslotenOp()) + " door " + cycle.geslotenDoor(),
                cycle.publicatie() == null ? "" : cycle.publicatie(),
                cycle.niveaus().isEmpty() ? "swv" : "swv, " + String.join(", ", cycle.niveaus()));
    }

    static String moment(Instant instant) {
        return instant == null ? "" : DutchFormat.dateTime(instant.atZone(NL).toLocalDateTime());
    }
}
