package dev.dynamos.data.io;

import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.ResultSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whole-vector access to the chunk a DuckDB JDBC result set is positioned on, so that a column of
 * 2048 int8 values is copied in one bulk read instead of 2048 {@code getByte} calls.
 *
 * <p>The JDBC driver (pinned in the POM) keeps each fetched chunk as an array of vectors holding a
 * little-endian buffer of fixed-width values and a null mask, but does not expose them; this class
 * reaches them by reflection once at start-up. When the driver's internals differ, {@link
 * #available()} is false and callers use plain JDBC getters, which give the same values more
 * slowly.
 */
final class DuckDbVectors {

    private static final Logger LOG = LoggerFactory.getLogger(DuckDbVectors.class);
    private static final Field CURRENT_CHUNK;
    private static final Field DATA;
    private static final Field NULL_MASK;
    private static final Field LENGTH;

    /** Whether readers use whole-vector access; tests switch it off to check the JDBC path. */
    static volatile boolean enabled;

    static {
        Field chunk = null;
        Field data = null;
        Field mask = null;
        Field length = null;
        try {
            Class<?> resultSet = Class.forName("org.duckdb.DuckDBResultSet");
            Class<?> vector = Class.forName("org.duckdb.DuckDBVector");
            chunk = accessible(resultSet.getDeclaredField("currentChunk"), vector.arrayType());
            data = accessible(vector.getDeclaredField("constlen_data"), ByteBuffer.class);
            mask = accessible(vector.getDeclaredField("nullmask"), boolean[].class);
            length = accessible(vector.getDeclaredField("length"), int.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("DuckDB vectors are not reachable; reading values through JDBC: {}", e);
            chunk = null;
        }
        CURRENT_CHUNK = chunk;
        DATA = data;
        NULL_MASK = mask;
        LENGTH = length;
        enabled = chunk != null;
    }

    private DuckDbVectors() {}

    /** Returns whether whole-vector access works with this driver and is switched on. */
    static boolean available() {
        return enabled && CURRENT_CHUNK != null;
    }

    /**
     * Returns the vectors of the chunk the result set is positioned on; the same array object until
     * the result set moves past the chunk's last row.
     */
    static Object[] currentChunk(ResultSet result) {
        try {
            return (Object[]) CURRENT_CHUNK.get(result.unwrap(CURRENT_CHUNK.getDeclaringClass()));
        } catch (ReflectiveOperationException | java.sql.SQLException e) {
            throw new IllegalStateException("cannot read the DuckDB result chunk", e);
        }
    }

    /** Returns the number of rows in a vector. */
    static int length(Object vector) {
        try {
            return LENGTH.getInt(vector);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read a DuckDB vector", e);
        }
    }

    /** Returns a vector's null mask (true where the value is NULL); do not modify. */
    static boolean[] nullMask(Object vector) {
        return (boolean[]) read(NULL_MASK, vector);
    }

    /**
     * Copies the first {@code rows} int8 values of a vector into {@code into} from {@code offset};
     * a NULL cell's byte is undefined (check {@link #nullMask}).
     */
    static void copyBytes(Object vector, byte[] into, int offset, int rows) {
        ByteBuffer data = (ByteBuffer) read(DATA, vector);
        data.get(0, into, offset, rows);
    }

    /** Returns a little-endian view of a vector's fixed-width values (read with absolute gets). */
    static ByteBuffer values(Object vector) {
        return ((ByteBuffer) read(DATA, vector)).duplicate().order(ByteOrder.LITTLE_ENDIAN);
    }

    private static Object read(Field field, Object vector) {
        try {
            return field.get(vector);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read a DuckDB vector", e);
        }
    }

    private static Field accessible(Field field, Class<?> expected) {
        if (field.getType() != expected) {
            throw new IllegalStateException(field + " is not of type " + expected);
        }
        field.setAccessible(true);
        return field;
    }
}
