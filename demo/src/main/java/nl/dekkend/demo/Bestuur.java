package nl.dekkend.demo;

/** A school board (bevoegd gezag) with its 5-digit number. */
record Bestuur(int nummer, String naam, String denominatie) {}
