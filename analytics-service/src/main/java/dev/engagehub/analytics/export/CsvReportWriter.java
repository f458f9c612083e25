package dev.engagehub.analytics.export;

import dev.engagehub.kit.csv.Csv;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Any report as CSV ({@code Accept: text/csv}): a list of records is one row per record, a single record one row,
 * a component that is a list becomes {@code a|b|c} (records in it {@code x:y:z}), and a grid (the heatmap) one row
 * per line of the grid.
 */
@Provider
@Produces("text/csv")
public class CsvReportWriter implements MessageBodyWriter<Object> {
    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return mediaType.isCompatible(MediaType.valueOf("text/csv"))
                && (type.isRecord() || Collection.class.isAssignableFrom(type));
    }

    @Override
    public void writeTo(Object report, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<?> rows = report instanceof Collection<?> items ? List.copyOf(items) : List.of(report);
        if (!rows.isEmpty() && rows.get(0).getClass().isRecord()) {
            RecordComponent[] columns = rows.get(0).getClass().getRecordComponents();
            RecordComponent grid = Arrays.stream(columns).filter(column -> column.getType() == long[][].class)
                    .findFirst().orElse(null);
            if (grid != null) {
                writeGrid(csv, (long[][]) value(grid, rows.get(0)));
            } else {
                csv.write(Arrays.stream(columns).map(RecordComponent::getName).collect(Collectors.joining(",")));
                csv.write('\n');
                for (Object row : rows) {
                    csv.write(Arrays.stream(columns).map(column -> cell(value(column, row)))
                            .collect(Collectors.joining(",")));
                    csv.write('\n');
                }
            }
        }
        csv.flush();
    }

    private static void writeGrid(Writer csv, long[][] grid) throws IOException {
        String[] days = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        StringBuilder header = new StringBuilder("day");
        for (int hour = 0; hour < grid[0].length; hour++) {
            header.append(",h").append(hour);
        }
        csv.write(header + "\n");
        for (int day = 0; day < grid.length; day++) {
            csv.write(days[day] + "," + Arrays.stream(grid[day]).mapToObj(String::valueOf)
                    .collect(Collectors.joining(",")) + "\n");
        }
    }

    private static Object value(RecordComponent column, Object row) {
        try {
            return column.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A nested record as {@code a:b:c} (top actions: {@code message:5:35}). */
    private static String inline(Object item) {
        if (item == null) {
            return "";
        }
        if (!item.getClass().isRecord()) {
            return item.toString();
        }
        return Arrays.stream(item.getClass().getRecordComponents()).map(column -> String.valueOf(value(column, item)))
                .collect(Collectors.joining(":"));
    }

    private static String cell(Object value) {
        if (value instanceof Collection<?> items) {
            return Csv.cell(items.stream().map(CsvReportWriter::inline).collect(Collectors.joining("|")));
        }
        return value == null ? "" : value instanceof Number ? value.toString() : Csv.cell(value.toString());
    }
}
