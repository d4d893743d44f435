package nl.dekkend.transform;

import java.nio.file.Path;
import java.util.List;
import nl.dekkend.transform.runner.DataTestResult;
import nl.dekkend.transform.runner.ModelRunner;

/** What a transform run produced: the export snapshot, the time per model, and every data test. */
public record TransformReport(
        String runId, Path exportDir, List<ModelRunner.Timing> timings, List<DataTestResult> tests) {

    public TransformReport {
        timings = List.copyOf(timings);
        tests = List.copyOf(tests);
    }

    public List<DataTestResult> failedTests() {
        return tests.stream().filter(t -> !t.geslaagd()).toList();
    }
}
