package nl.dekkend.demo;

import java.util.List;
import java.util.Map;

/**
 * What {@link DemoData#writeTo} wrote, and truths other tests can assert against.
 *
 * @param files every file written, with its format and data row count
 * @param problems the deliberately bad rows and the one file that must be rejected
 * @param mainSwvCounts DUO counts of PO9901 per teldatum year (2015 = 1-10-2015)
 * @param pupils number of distinct simulated pupils in {@code inschrijvingen}
 * @param tlvs number of valid TLV rows (toegekend and afgewezen) in {@code tlv}
 * @param thuiszittersNieuw valid thuiszitter registrations started per schooljaar ("2015-2016")
 */
public record DemoSummary(
        long seed,
        double scale,
        List<WrittenFile> files,
        List<DeliberateProblem> problems,
        Map<Integer, SwvCounts> mainSwvCounts,
        int pupils,
        int tlvs,
        Map<String, Integer> thuiszittersNieuw) {

    public WrittenFile file(String bron) {
        return files.stream()
                .filter(f -> f.bron().equals(bron))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no file written for bron " + bron));
    }
}
