package nl.dekkend.ingest.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dekkend.ingest.contract.ColumnSpec;
import nl.dekkend.ingest.contract.Contract;
import nl.dekkend.ingest.read.HeaderNames;

/**
 * Which file column feeds which contract column, matched on normalised names and aliases; plus the
 * wide columns of an unpivot layout, the unknown columns and the missing required ones.
 */
record HeaderMapping(
        Map<String, Integer> indexByColumn,
        List<WideColumn> wide,
        List<String> unknown,
        List<String> missing,
        List<String> duplicates) {

    record WideColumn(int index, String header, int suffix) {}

    static HeaderMapping of(Contract contract, List<String> header) {
        Map<String, ColumnSpec> byName = new HashMap<>();
        for (ColumnSpec c : contract.kolommen()) {
            byName.put(HeaderNames.normalise(c.naam()), c);
            for (String alias : c.aliassen()) {
                byName.put(HeaderNames.normalise(alias), c);
            }
        }
        String prefix = contract.unpivot() == null
                ? null
                : HeaderNames.normalise(contract.unpivot().kolomPrefix());
        Map<String, Integer> index = new LinkedHashMap<>();
        List<WideColumn> wide = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            String norm = HeaderNames.normalise(h);
            ColumnSpec spec = byName.get(norm);
            if (spec != null) {
                Integer earlier = index.putIfAbsent(spec.naam(), i);
                if (earlier != null) {
                    duplicates.add("'" + spec.naam() + "' (kolom " + (earlier + 1) + " en " + (i + 1) + ")");
                }
            } else if (prefix != null
                    && norm.startsWith(prefix)
                    && norm.substring(prefix.length()).matches("\\d{4}")) {
                wide.add(new WideColumn(i, h, Integer.parseInt(norm.substring(prefix.length()))));
            } else if (!norm.isEmpty()) {
                unknown.add(h);
            }
        }
        List<String> missing = new ArrayList<>();
        for (ColumnSpec c : contract.kolommen()) {
            if (c.verplicht() && !index.containsKey(c.naam())) {
                missing.add(c.naam());
            }
        }
        return new HeaderMapping(index, wide, unknown, missing, duplicates);
    }
}
