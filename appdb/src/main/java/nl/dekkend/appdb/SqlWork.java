package nl.dekkend.appdb;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done inside one transaction of the app database. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
