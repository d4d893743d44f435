package nl.dekkend.warehouse.publish;

import java.nio.file.Path;
import java.time.Clock;
import nl.dekkend.warehouse.WarehouseLayout;

/** A publish in a JVM of its own, so a test can kill it mid-way: args warehouseDir exportDir runId. */
public final class PublishProcess {

    private PublishProcess() {}

    public static void main(String[] args) {
        new Publisher(new WarehouseLayout(Path.of(args[0])), Clock.systemUTC())
                .publish(Path.of(args[1]), args[2], line -> {});
    }
}
