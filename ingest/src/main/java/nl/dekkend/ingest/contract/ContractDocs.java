package nl.dekkend.ingest.contract;

import java.util.List;

/** Renders the contracts as the Dutch user page {@code ingest/BRONNEN.md}. */
public final class ContractDocs {

    private ContractDocs() {}

    public static String markdown(Contracts contracts) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Bronnen: welke bestanden Dekkend inleest\n\n")
                .append(
                        "_Deze pagina is gemaakt uit de contracten in `src/main/resources/contracts/`; pas die aan, niet deze pagina._\n\n")
                .append("Zet elk bestand in de map van zijn bron: `inbox/<bron>/bestand.csv` of `.xlsx`.")
                .append(" Meer samenwerkingsverbanden in één lake (landelijk): één complete inbox per SWV,")
                .append(" `inbox/<SWV-code>/<bron>/bestand.csv` (bijvoorbeeld `inbox/PO2001/tlv/tlv.csv`). Een bestand")
                .append(
                        " zonder SWV-code hoort dan bij het SWV van zijn map; een bestand dat in meer inboxen gelijk is")
                .append(" (DUO's landelijke bestanden) wordt één keer ingelezen.\n\n")
                .append(
                        "- **Formaat**: CSV (UTF-8 met of zonder BOM, of Windows-1252; scheidingsteken `;` of `,`, wordt herkend;")
                .append(" aanhalingstekens `\"`) of XLSX (eerste werkblad, kopregel op rij 1).\n")
                .append(
                        "- **Kolomnamen**: hoofdletters, spaties, `_` en `-` tellen niet (`Teldatum`, `TEL-DATUM` en `tel_datum` zijn gelijk);")
                .append(
                        " andere namen (aliassen) staan per kolom vermeld. Onbekende kolommen worden genegeerd en gemeld.\n")
                .append(
                        "- **Getallen**: `1.234,56`, `1234,56` en `1234.56`. In een bestand met `;` betekent `2.100` tweeduizend honderd.\n")
                .append(
                        "- **Datums**: `dd-mm-jjjj`, `d-m-jjjj` of `jjjj-mm-dd`; een datum die niet bestaat (31-02-2015) wordt afgekeurd.\n")
                .append(
                        "- **Ja/nee**: `ja`/`nee`, `j`/`n`, `1`/`0`, `true`/`false`. Een leeg veld (ook één spatie) is leeg.\n")
                .append(
                        "- **Fouten**: ontbreekt een verplichte kolom, dan wordt het hele bestand afgewezen. Een foute waarde zet die rij in")
                .append(
                        " quarantaine met kolom, waarde en reden; de andere rijen worden geladen. Geladen + quarantaine = rijen in het bestand.\n")
                .append(
                        "- **Opnieuw aanleveren**: hetzelfde bestand nog eens inlezen verandert niets (`ongewijzigd`). Een verbeterd bestand")
                .append(" voor dezelfde bron en periode vervangt het vorige; de geschiedenis blijft bewaard.\n")
                .append(
                        "- **Privacy**: leerlingnummers worden bij binnenkomst vervangen door een sleutel-hash (HMAC-SHA-256). Van een")
                .append(
                        " geboortedatum blijven jaar en maand over, van een woonpostcode de vier cijfers. Namen en BSN worden nooit opgeslagen.\n\n");
        sb.append("| bron | korrel | vervanging |\n|---|---|---|\n");
        for (Contract c : contracts.all()) {
            sb.append("| [`")
                    .append(c.bron())
                    .append("`](#")
                    .append(c.bron())
                    .append(") | ")
                    .append(c.korrel())
                    .append(" | ")
                    .append(vervanging(c))
                    .append(" |\n");
        }
        for (Contract c : contracts.all()) {
            sb.append("\n## ")
                    .append(c.bron())
                    .append("\n\n")
                    .append(c.beschrijving())
                    .append("\n\n");
            sb.append("Korrel: ")
                    .append(c.korrel())
                    .append(". Vervanging: ")
                    .append(vervanging(c))
                    .append(".");
            if (c.zonderSwvCode()) {
                sb.append(" Zonder SWV-code: de rijen horen bij het SWV dat het bestand aanlevert (zijn map in een")
                        .append(" landelijke inbox), anders bij het eigen samenwerkingsverband.");
            }
            if (!c.sleutel().isEmpty()) {
                sb.append(" Sleutel (uniek per bestand): ")
                        .append(code(c.sleutel()))
                        .append(".");
            }
            sb.append(
                    "\n\n| kolom | type | verplicht | toegestane waarden | ook herkend als | betekenis |\n|---|---|---|---|---|---|\n");
            for (ColumnSpec k : c.kolommen()) {
                sb.append("| `")
                        .append(k.naam())
                        .append("` | ")
                        .append(k.type().dutch())
                        .append(" | ")
                        .append(k.verplicht() ? "ja" : "nee")
                        .append(" | ")
                        .append(k.codes().isEmpty() ? "" : code(k.codes()))
                        .append(k.minimum() == null ? "" : "≥ " + k.minimum().toPlainString())
                        .append(" | ")
                        .append(k.aliassen().isEmpty() ? "" : code(k.aliassen()))
                        .append(" | ")
                        .append(k.beschrijving().replace("|", "\\|"))
                        .append(
                                c.isPupilId(k.naam()) && !k.beschrijving().contains("gepseudonimiseerd")
                                        ? " Wordt gepseudonimiseerd."
                                        : "")
                        .append(" |\n");
            }
            if (c.unpivot() != null) {
                sb.append("| `")
                        .append(c.unpivot().kolomPrefix().toUpperCase())
                        .append("<jaar>` | geheel getal of `<5` | ja (minstens één) | | | ")
                        .append(c.unpivot().beschrijving())
                        .append(" |\n");
            }
        }
        return sb.toString();
    }

    private static String vervanging(Contract c) {
        return c.perPeriode()
                ? "per periode (" + String.join(" + ", c.periodeKolom())
                        + "): een nieuw bestand vervangt de rijen van de periodes die erin staan"
                : "volledig: elk nieuw bestand vervangt de hele bron";
    }

    private static String code(List<String> values) {
        return String.join(", ", values.stream().map(v -> "`" + v + "`").toList());
    }
}
