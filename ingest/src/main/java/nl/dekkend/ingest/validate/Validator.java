package nl.dekkend.ingest.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.dekkend.ingest.DutchCount;
import nl.dekkend.ingest.LoadStatus;
import nl.dekkend.ingest.contract.BronzeColumn;
import nl.dekkend.ingest.contract.ColumnSpec;
import nl.dekkend.ingest.contract.ColumnType;
import nl.dekkend.ingest.contract.Contract;
import nl.dekkend.ingest.privacy.Pseudonymiser;
import nl.dekkend.ingest.read.FileReadException;
import nl.dekkend.ingest.read.HeaderNames;
import nl.dekkend.ingest.read.RawRow;
import nl.dekkend.ingest.read.RawTable;
import nl.dekkend.ingest.read.ValueException;
import nl.dekkend.ingest.read.ValueParser;

/**
 * Checks a read file against its contract: a missing required column rejects the file; a bad value
 * sends its row to quarantine; a repeated key sends the later row to quarantine. Every data row ends
 * up either accepted or quarantined. Pupil ids are pseudonymised and birth dates and home postcodes
 * minimised here, before anything leaves memory.
 */
public final class Validator {

    static final String HIDDEN = "(verborgen)";
    private static final int MAX_SHOWN_VALUE = 200;
    private static final int EXAMPLES_IN_MELDING = 3;

    private final Contract contract;
    private final Supplier<Pseudonymiser> pseudonymiser;

    /** @param pseudonymiser asked only when the contract has pupil-id columns and a file has rows */
    public Validator(Contract contract, Supplier<Pseudonymiser> pseudonymiser) {
        this.contract = contract;
        this.pseudonymiser = pseudonymiser;
    }

    public ValidatedFile validate(FileReadException unreadable) {
        return ValidatedFile.rejected(0, unreadable.getMessage());
    }

    public ValidatedFile validate(RawTable table) {
        HeaderMapping mapping = HeaderMapping.of(contract, table.header());
        long rijen = table.rows().size();
        if (!mapping.duplicates().isEmpty()) {
            return ValidatedFile.rejected(
                    rijen, "kolom komt twee keer voor: " + String.join(", ", mapping.duplicates()));
        }
        if (!mapping.missing().isEmpty()) {
            String which =
                    mapping.missing().size() == 1 ? "verplichte kolom ontbreekt: " : "verplichte kolommen ontbreken: ";
            return ValidatedFile.rejected(rijen, which + String.join(", ", mapping.missing()) + unknownNote(mapping));
        }
        if (contract.unpivot() != null && mapping.wide().isEmpty()) {
            return ValidatedFile.rejected(
                    rijen, "geen kolommen " + contract.unpivot().kolomPrefix().toUpperCase() + "<jaar> gevonden");
        }
        if (rijen == 0) {
            return ValidatedFile.rejected(0, "bestand bevat alleen een kopregel en geen gegevens");
        }
        Pseudonymiser pseudo = contract.leerlingIdKolommen().isEmpty() ? null : pseudonymiser.get();
        List<BronzeRow> rows = new ArrayList<>();
        List<QuarantineEntry> quarantine = new ArrayList<>();
        Map<List<Object>, Integer> keys = new HashMap<>();
        long accepted = 0;
        long rejected = 0;
        for (RawRow raw : table.rows()) {
            List<QuarantineEntry> errors = new ArrayList<>();
            Map<String, Object> values = parseRow(raw, table, mapping, pseudo, errors);
            List<Object[]> wide = parseWide(raw, mapping, errors);
            if (errors.isEmpty() && !contract.sleutel().isEmpty()) {
                List<Object> key = contract.sleutel().stream().map(values::get).toList();
                Integer first = keys.putIfAbsent(key, raw.rij());
                if (first != null) {
                    String shown =
                            String.join("|", key.stream().map(Validator::asText).toList());
                    errors.add(new QuarantineEntry(
                            raw.rij(),
                            String.join(",", contract.sleutel()),
                            shown,
                            "dubbele sleutel: dezelfde waarde staat al op rij " + first));
                }
            }
            if (!errors.isEmpty()) {
                rejected++;
                quarantine.addAll(errors);
                continue;
            }
            accepted++;
            String periode = periode(values);
            List<Object> base = bronzeValues(values);
            if (contract.unpivot() == null) {
                rows.add(new BronzeRow(raw.rij(), periode, base));
            } else {
                for (Object[] w : wide) {
                    List<Object> v = new ArrayList<>(base);
                    v.add(w[0]);
                    v.add(w[1]);
                    if (contract.unpivot().afgeschermdKolom() != null) {
                        v.add(w[2]);
                    }
                    rows.add(new BronzeRow(raw.rij(), periode, v));
                }
            }
        }
        String status =
                rejected == 0 ? LoadStatus.GELADEN : accepted == 0 ? LoadStatus.AFGEWEZEN : LoadStatus.DEELS_GELADEN;
        return new ValidatedFile(
                status,
                rijen,
                accepted,
                rejected,
                melding(table, mapping, accepted, rejected, quarantine),
                rows,
                quarantine);
    }

    private Map<String, Object> parseRow(
            RawRow raw, RawTable table, HeaderMapping mapping, Pseudonymiser pseudo, List<QuarantineEntry> errors) {
        List<String> cells = raw.values();
        int width = table.header().size();
        if (cells.size() > width) {
            long extra = cells.subList(width, cells.size()).stream()
                    .filter(s -> !s.isBlank())
                    .count();
            if (extra > 0) {
                errors.add(new QuarantineEntry(
                        raw.rij(),
                        "",
                        "",
                        "rij heeft " + cells.size() + " velden maar de kopregel " + width
                                + " (verkeerd scheidingsteken of aanhalingstekens?)"));
            }
        }
        Map<String, Object> values = new HashMap<>();
        for (ColumnSpec spec : contract.kolommen()) {
            Integer index = mapping.indexByColumn().get(spec.naam());
            String cell = index == null || index >= cells.size() ? null : cells.get(index);
            String s = ValueParser.emptyToNull(cell);
            if (s == null) {
                if (spec.verplicht()) {
                    errors.add(new QuarantineEntry(raw.rij(), spec.naam(), "", "verplichte waarde ontbreekt"));
                }
                values.put(spec.naam(), null);
                continue;
            }
            try {
                values.put(spec.naam(), parseCell(spec, s, values, table, pseudo));
            } catch (ValueException e) {
                errors.add(new QuarantineEntry(raw.rij(), spec.naam(), shown(spec, s, pseudo), e.getMessage()));
            }
        }
        for (ColumnSpec spec : contract.kolommen()) {
            if (spec.schaalKolom() != null
                    && values.get(spec.naam()) instanceof BigDecimal amount
                    && values.get(spec.schaalKolom()) instanceof Number factor) {
                values.put(
                        spec.naam(),
                        amount.multiply(new BigDecimal(factor.toString())).setScale(4, RoundingMode.HALF_UP));
            }
        }
        return values;
    }

    private Object parseCell(
            ColumnSpec spec, String s, Map<String, Object> earlier, RawTable table, Pseudonymiser pseudo)
            throws ValueException {
        if (contract.isPupilId(spec.naam())) {
            ValueParser.parse(s, ColumnType.STRING, false);
            return pseudo.pseudonymise(s);
        }
        String text = s;
        if ("vestiging".equals(spec.formaat())
                && text.matches("\\d{1,2}")
                && earlier.get("instellingscode") instanceof String brin) {
            text = brin
                    + (text.length() == 1 ? "0" + text : text); // older DUO files: VESTIGINGSNUMMER is the volgnummer
        }
        if (spec.formaat() != null) {
            text = Formats.apply(spec.formaat(), text);
        }
        Object value = ValueParser.parse(text, spec.type(), table.plainNumbers(), table.semicolonSeparated());
        if (!spec.codes().isEmpty()) {
            value = code(spec, value);
        }
        if (spec.minimum() != null
                && value instanceof Number number
                && new BigDecimal(number.toString()).compareTo(spec.minimum()) < 0) {
            throw new ValueException(
                    "is kleiner dan het toegestane minimum " + spec.minimum().toPlainString());
        }
        if ("postcode4".equals(spec.minimaliseren())) {
            return Formats.apply(
                    "postcode", text); // the full postcode stays in memory only; bronzeValues keeps 4 digits
        }
        return value;
    }

    private static Object code(ColumnSpec spec, Object value) throws ValueException {
        String given = HeaderNames.normalise(asText(value));
        for (String code : spec.codes()) {
            if (HeaderNames.normalise(code).equals(given)) {
                return value instanceof String ? code : value;
            }
        }
        throw new ValueException("is geen toegestane waarde (toegestaan: " + String.join(", ", spec.codes()) + ")");
    }

    private List<Object[]> parseWide(RawRow raw, HeaderMapping mapping, List<QuarantineEntry> errors) {
        List<Object[]> out = new ArrayList<>();
        if (contract.unpivot() == null) {
            return out;
        }
        List<String> suppressed = contract.unpivot().afgeschermdWaarden();
        for (HeaderMapping.WideColumn w : mapping.wide()) {
            String cell = w.index() < raw.values().size() ? raw.values().get(w.index()) : null;
            String s = ValueParser.emptyToNull(cell);
            if (s == null) {
                out.add(new Object[] {w.suffix(), null, Boolean.FALSE});
            } else if (suppressed.contains(s)) {
                out.add(new Object[] {w.suffix(), null, Boolean.TRUE});
            } else {
                try {
                    Object n = ValueParser.parse(s, ColumnType.INT, false);
                    if ((Integer) n < 0) {
                        throw new ValueException("is negatief; een aantal leerlingen kan niet negatief zijn");
                    }
                    out.add(new Object[] {w.suffix(), n, Boolean.FALSE});
                } catch (ValueException e) {
                    errors.add(new QuarantineEntry(raw.rij(), w.header(), shorten(s), e.getMessage()));
                }
            }
        }
        return out;
    }

    private String periode(Map<String, Object> values) {
        if (!contract.perPeriode()) {
            return "";
        }
        return String.join(
                "|",
                contract.periodeKolom().stream().map(c -> asText(values.get(c))).toList());
    }

    private List<Object> bronzeValues(Map<String, Object> values) {
        List<Object> out = new ArrayList<>();
        for (ColumnSpec spec : contract.kolommen()) {
            if (!spec.stored()) {
                continue;
            }
            Object v = values.get(spec.naam());
            if ("geboortejaar_maand".equals(spec.minimaliseren())) {
                LocalDate d = (LocalDate) v;
                out.add(d == null ? null : d.getYear());
                out.add(d == null ? null : d.getMonthValue());
            } else if ("postcode4".equals(spec.minimaliseren())) {
                String full = (String) v;
                out.add(full == null ? null : full.substring(0, 4));
            } else {
                out.add(v);
            }
        }
        return out;
    }

    /** The value as it may be stored in quarantine. */
    private String shown(ColumnSpec spec, String raw, Pseudonymiser pseudo) {
        if (contract.isPupilId(spec.naam())) {
            return pseudo.pseudonymise(raw);
        }
        if (spec.minimaliseren() != null) {
            return HIDDEN;
        }
        return shorten(raw);
    }

    private static String shorten(String s) {
        return s.length() <= MAX_SHOWN_VALUE ? s : s.substring(0, MAX_SHOWN_VALUE) + "… (" + s.length() + " tekens)";
    }

    static String asText(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }

    private String melding(
            RawTable table, HeaderMapping mapping, long accepted, long rejected, List<QuarantineEntry> quarantine) {
        List<String> parts = new ArrayList<>();
        parts.add(DutchCount.of(accepted) + (accepted == 1 ? " rij" : " rijen") + " geladen, " + DutchCount.of(rejected)
                + " in quarantaine");
        if (!quarantine.isEmpty()) {
            List<String> examples = quarantine.stream()
                    .limit(EXAMPLES_IN_MELDING)
                    .map(QuarantineEntry::describe)
                    .toList();
            parts.add((quarantine.size() > EXAMPLES_IN_MELDING ? "onder meer " : "") + String.join("; ", examples));
        }
        if (!mapping.unknown().isEmpty()) {
            parts.add("onbekende kolommen genegeerd: " + String.join(", ", mapping.unknown()));
        }
        if (table.blankLines() > 0) {
            parts.add(
                    table.blankLines() + (table.blankLines() == 1 ? " lege regel" : " lege regels") + " overgeslagen");
        }
        parts.add("gelezen als " + table.format());
        return String.join("; ", parts);
    }

    private static String unknownNote(HeaderMapping mapping) {
        return mapping.unknown().isEmpty() ? "" : "; onbekende kolommen: " + String.join(", ", mapping.unknown());
    }

    /** The bronze columns this validator fills, for callers that build schemas. */
    public List<BronzeColumn> columns() {
        return contract.bronzeColumns();
    }
}
