package nl.dekkend.demo;

/** School type as the {@code scholen} contract spells it, with DUO's spelling in file 06. */
enum Soort {
    BAO("BO"),
    SBO("SBO"),
    SO("SO");

    private final String duoSoort;

    Soort(String duoSoort) {
        this.duoSoort = duoSoort;
    }

    String duoSoort() {
        return duoSoort;
    }
}
