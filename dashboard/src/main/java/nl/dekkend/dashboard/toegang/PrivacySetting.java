package nl.dekkend.dashboard.toegang;

/**
 * The catalog's privacy setting of one indicator ({@code kpi_onderdrukking}): whether its cells count pupils, the
 * threshold (cells with 1 to {@code drempel - 1} pupils are hidden) and the group of indicators whose tellers split
 * one noemer ({@code geheel}, null when none).
 */
public record PrivacySetting(String indicator, boolean onderdrukKlein, int drempel, String geheel) {

    /** An indicator without a setting: every cell hidden (the layer fails closed). */
    static PrivacySetting unknown(String indicator) {
        return new PrivacySetting(indicator, true, Integer.MAX_VALUE, null);
    }
}
