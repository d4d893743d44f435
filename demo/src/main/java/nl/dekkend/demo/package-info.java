/**
 * Deterministic demo and benchmark data: a fictional samenwerkingsverband PO9901 Lindewaard, simulated from
 * one pupil population and written into an inbox in the contract formats of BRONNEN.md. Entry point:
 * {@link nl.dekkend.demo.DemoData}; command line: {@link nl.dekkend.demo.DemoDataMain}. At national scale
 * ({@link nl.dekkend.demo.NationalData}) every PO SWV of the fictional {@link nl.dekkend.demo.Nation} gets an inbox
 * of its own, its region a relabelled copy of Lindewaard's.
 *
 * <p>Stories in the data: SBO and SO participation above the national figures, SBO slowly falling and SO
 * rising; wijken De Weide (WK990105) and Hofstede (WK990108) with very few special placements (small cells);
 * thuiszitters lasting over a year; vestiging change of bestuur on 1-8-2020 (Oosterbroek); a vestiging closed
 * on 31-7-2021 (Binnenstad) and one opened on 1-8-2018 (Zandhorst); a TOS-groep with a growing waiting list
 * and no gedrag group in stadsdeel Zuidwest; one school zeer zwak (2023) and one onvoldoende (2024); a
 * budget deficit in 2022 and a reserve far above the signaleringswaarde.
 *
 * <p>Deliberate problems (also returned in {@link nl.dekkend.demo.DemoSummary#problems()} with file
 * and row): an empty {@code leerling_id} and a begindatum {@code 31-02-2019} in {@code inschrijvingen}; an
 * unknown TLV soort {@code OPDC}; SO {@code categorie} 4 in {@code duo_so_leeftijd}; a negative
 * {@code woonachtig_sbo} in {@code duo_leerlingen_gemeente}; a duplicate {@code melding_id} in
 * {@code thuiszitters}; and {@code arrangementen/arrangementen_correctie_2023.csv} without the required
 * column {@code vestiging}, which must be rejected as a whole.
 */
package nl.dekkend.demo;
