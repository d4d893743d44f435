package nl.dekkend.dashboard.trend;

/** The id of a chart element, its title and its short text alternative. */
public record ChartText(String id, String title, String label) {}
