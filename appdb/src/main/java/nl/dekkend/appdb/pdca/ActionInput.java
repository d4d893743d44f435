package nl.dekkend.appdb.pdca;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** What a form or the demo gives for an action, as typed; {@link #validate()} checks it with Dutch messages. */
public record ActionInput(
        String omschrijving, String eigenaar, String gemeente, String deadline, String status, String evaluatie) {

    private static final Pattern GEMEENTE = Pattern.compile("GM\\d{4}");
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-uuuu");

    /** The checked values; {@link Invalid} names every field that is wrong. */
    Valid validate() {
        Map<String, String> fouten = new LinkedHashMap<>();
        String omschrijvingText = text(omschrijving);
        if (omschrijvingText.isEmpty()) {
            fouten.put("omschrijving", "Beschrijf de actie.");
        } else if (omschrijvingText.length() > 2000) {
            fouten.put("omschrijving", "De omschrijving is te lang (ten hoogste 2000 tekens).");
        }
        String eigenaarText = text(eigenaar);
        if (eigenaarText.isEmpty()) {
            fouten.put("eigenaar", "Noem de eigenaar van de actie.");
        } else if (eigenaarText.length() > 200) {
            fouten.put("eigenaar", "De eigenaar is te lang (ten hoogste 200 tekens).");
        }
        String gemeenteText = text(gemeente).toUpperCase(java.util.Locale.ROOT);
        if (!gemeenteText.isEmpty() && !GEMEENTE.matcher(gemeenteText).matches()) {
            fouten.put("gemeente", "Een gemeentecode is GM met vier cijfers, bijvoorbeeld GM0034.");
        }
        LocalDate date = date(text(deadline));
        if (date == null) {
            fouten.put("deadline", "Geef een deadline als datum, bijvoorbeeld 1-3-2025.");
        }
        String statusText = text(status).isEmpty() ? Action.OPEN : text(status);
        if (!Action.STATUSSEN.contains(statusText)) {
            fouten.put("status", "Kies een status: open, lopend, afgerond of vervallen.");
        }
        String evaluatieText = text(evaluatie);
        if ((statusText.equals(Action.AFGEROND) || statusText.equals(Action.VERVALLEN)) && evaluatieText.isEmpty()) {
            fouten.put("evaluatie", "Een afgeronde of vervallen actie krijgt een evaluatie: wat heeft ze opgeleverd?");
        } else if (evaluatieText.length() > 4000) {
            fouten.put("evaluatie", "De evaluatie is te lang (ten hoogste 4000 tekens).");
        }
        Invalid.throwIfAny(fouten);
        return new Valid(
                omschrijvingText,
                eigenaarText,
                gemeenteText.isEmpty() ? null : gemeenteText,
                date,
                statusText,
                evaluatieText.isEmpty() ? null : evaluatieText);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, DUTCH}) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    record Valid(
            String omschrijving,
            String eigenaar,
            String gemeente,
            LocalDate deadline,
            String status,
            String evaluatie) {}
}
