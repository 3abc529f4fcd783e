package org.consularkit.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.consularkit.calendar.internal.cn.ChinaScheduleParser;
import org.consularkit.calendar.internal.cn.ScheduleJson;
import org.consularkit.core.DataFileException;

/**
 * Reads one year's official schedule of China's public holidays from a JSON file, in the library's
 * own format or in the format of the holiday-cn data set, so that a newly published notice can be
 * used without a new release of the library:
 *
 * <pre>{@code
 * ChinaScheduleLoader.LoadResult r = ChinaScheduleLoader.read(Path.of("cn-2027.json"));
 * r.warnings().forEach(System.err::println);
 * ChinaHolidayCalendar cn = ChinaHolidays.calendar().withSchedule(r.schedule()); // 2027 now OFFICIAL
 * }</pre>
 *
 * <h2>The library's format ({@code consularkit.cn-schedule/1})</h2>
 * <pre>{@code
 * {
 *   "format": "consularkit.cn-schedule/1",
 *   "year": 2026,
 *   "sources": [
 *     {"citation": "国务院办公厅关于2026年部分节假日安排的通知",
 *      "url": "https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm"}
 *   ],
 *   "blocks": [
 *     {"festivals": ["new-years-day"], "daysOff": ["2026-01-01/2026-01-03"],
 *      "makeupWorkdays": ["2026-01-04"]},
 *     {"festivals": ["spring-festival"], "daysOff": ["2026-02-15/2026-02-23"],
 *      "makeupWorkdays": ["2026-02-14", "2026-02-28"], "note": "腊月廿八至正月初七"}
 *   ]
 * }
 * }</pre>
 * <ul>
 *   <li>{@code format} (required): exactly {@code "consularkit.cn-schedule/1"}.</li>
 *   <li>{@code year} (required): the year of the notice, an integer from 2000 to 2100.</li>
 *   <li>{@code version} (optional): the date of the file's data (e.g. of its notice), an ISO date;
 *       {@link DataOverrides} reports it and makes it the data version of the calendar that loads
 *       the file.</li>
 *   <li>{@code sources} (required, at least one): the notices, each with a {@code citation}
 *       (required, the title) and a {@code url} (optional, absolute http or https, the scheme in
 *       any case); an optional {@code type} is a {@link org.consularkit.core.SourceType} name,
 *       {@code NOTICE} by default.</li>
 *   <li>{@code blocks} (required, at least one): each with {@code festivals} (required, at least
 *       one {@linkplain ChinaPublicHoliday#key() festival key}; two for a block shared by Mid-Autumn and
 *       National Day), {@code daysOff} (required, at least one) and {@code makeupWorkdays}
 *       (optional). A date is {@code yyyy-MM-dd}; a range {@code yyyy-MM-dd/yyyy-MM-dd} stands for
 *       every date from the first to the second, both included.</li>
 *   <li>{@code note} (optional, at the top, in a block or in a source) and {@code description}
 *       (optional, at the top) are free text (strings) and ignored, as is {@code $comment} in any
 *       object; any other field is an error.</li>
 * </ul>
 * Rules: every date lies within the year before, the year itself or the year after, and so does
 * the Saturday or Sunday right before or after a block (the festival's occurrence takes it in:
 * a 2025 file cannot give Monday 2024-01-01 off, whose weekend 2023-12-30/31 would fall outside
 * 2024–2026); no date is listed twice; a make-up working day is a Saturday or Sunday; a festival
 * has at most one block; {@code victory-day-2015} only in 2015. The JSON Schema of the format is
 * the resource {@code org/consularkit/calendar/schema/cn-schedule.schema.json} of this library.
 *
 * <h2>The holiday-cn format</h2>
 * The files of <a href="https://github.com/NateScarlet/holiday-cn">NateScarlet/holiday-cn</a>:
 * {@code year}, {@code papers} (the notice URLs) and {@code days}, each {@code {name, date,
 * isOffDay}}; {@code $schema} and {@code $id} (strings) and {@code $comment} are allowed and
 * ignored, any other field is an error. Names are the Chinese festival names ({@link
 * ChinaPublicHoliday#fromHolidayCnName}); a combined name such as {@code 国庆节、中秋节} makes one
 * block of both festivals (every part must be a festival name: {@code 元旦、} is an error). Days
 * with the same name form a block; {@code isOffDay: true} is a day off, {@code false} on a
 * Saturday or Sunday a make-up working day. Differences from the library's format: a {@code false}
 * entry on a weekday (2020-02-03, the "work resumes" date of the 2020 extension) is ignored with a
 * warning; a weekend day between two days off of a block that the file omits is added to the
 * block; the first paper is cited as {@code 国务院办公厅关于YYYY年部分节假日安排的通知}, any further
 * one as an amendment; a file without papers is accepted with a warning. The rules of the
 * library's format apply to the dates. JSON Schema: {@code
 * org/consularkit/calendar/schema/holiday-cn.schema.json}.
 *
 * <h2>Errors, warnings and limits</h2>
 * A file that breaks a rule raises a {@link DataFileException} naming the file, the line and column,
 * the JSON path of the value, the rule and the value, e.g. {@code 2027.json:25:21: $.days[3].date:
 * expected a date in the years 2026-2028 (the schedule's year 2027 ± 1), but was "2029-01-01"};
 * nothing of the file is kept. A file is read up to {@value #MAX_BYTES} bytes (16
 * MiB); a larger one raises a {@link DataFileException} ({@code expected a document of at most
 * 16777216 bytes, but was larger}). A file that is valid but implausible is returned with warnings
 * ({@link LoadResult#warnings()}): a statutory day of the year that is neither a day off nor a
 * weekend day, or a make-up working day; the counting identity "weekday days off = statutory days
 * + make-up working days" failing (as it does for the amended years 2015 and 2020); a date outside
 * the calendar's years 2000–2100 (a 2100 schedule listing 2101-01-01), which the calendar never
 * answers for.
 *
 * <h2>Implementation Requirements</h2>
 * This class is a stateless utility and thread-safe.
 *
 * @since 0.1
 */
public final class ChinaScheduleLoader {

    /** The value of the {@code format} field of the library's schedule files. */
    public static final String FORMAT = ChinaScheduleParser.FORMAT;

    /** The largest file or stream the loader reads, in bytes: {@value} (16 MiB). */
    public static final long MAX_BYTES = ChinaScheduleParser.MAX_BYTES;

    private ChinaScheduleLoader() {
    }

    /**
     * The result of reading a schedule file: the schedule and the warnings about it.
     *
     * <h2>Implementation Requirements</h2>
     * This record is immutable and thread-safe.
     *
     * @param schedule the schedule read, not null
     * @param warnings the warnings, each naming the file, in the order found; possibly empty
     * @since 0.1
     */
    public record LoadResult(ChinaSchedule schedule, List<String> warnings) {

        /**
         * Validates and copies the fields.
         */
        public LoadResult {
            Objects.requireNonNull(schedule, "schedule");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Writes a schedule in the library's own format ({@value #FORMAT}), as {@link #read(InputStream,
     * String)} reads it back: two-space indentation, {@code \n} line ends, the days off as ranges
     * of consecutive days, and for each block a {@code note} naming its statutory days under the
     * regulation in force that year (e.g. {@code "statutory days: 2026-02-16, 2026-02-17, ..."}).
     *
     * @param schedule the schedule, not null
     * @return the JSON text, ending with a line end, not null
     */
    public static String toJson(ChinaSchedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        return ScheduleJson.own(schedule);
    }

    /**
     * Writes a schedule in the holiday-cn format ({@code year}, {@code papers}, {@code days}), as
     * {@link #readHolidayCn(InputStream, String)} reads it back: {@code papers} lists the URLs of
     * the schedule's sources that have one; {@code days} every day off ({@code isOffDay: true})
     * and make-up working day ({@code false}) in date order, named as holiday-cn names them ({@code
     * 国庆节、中秋节} for a block shared by National Day and Mid-Autumn).
     *
     * @param schedule the schedule, not null
     * @return the JSON text, ending with a line end, not null
     */
    public static String toHolidayCnJson(ChinaSchedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        return ScheduleJson.holidayCn(schedule);
    }

    /**
     * Reads a schedule file in the library's own format (see the class documentation).
     *
     * @param file the file, UTF-8 JSON of at most {@link #MAX_BYTES} bytes, not null
     * @return the schedule and its warnings, not null
     * @throws DataFileException if the file is not a valid schedule or is larger than {@link
     *     #MAX_BYTES}; the message names the file
     * @throws IOException if the file cannot be read
     */
    public static LoadResult read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads a schedule in the library's own format from a stream (see the class documentation).
     * The stream is read to its end (one document and nothing after it, at most {@link #MAX_BYTES}
     * bytes) and is not closed, so that the caller can go on with it, e.g. to the next entry of a
     * {@link java.util.zip.ZipInputStream}.
     *
     * @param in the stream of UTF-8 JSON, not closed, not null
     * @param sourceName the name used in messages, e.g. the file name, not null
     * @return the schedule and its warnings, not null
     * @throws DataFileException if the content is not a valid schedule or is larger than {@link
     *     #MAX_BYTES}
     * @throws IOException if the stream cannot be read
     */
    public static LoadResult read(InputStream in, String sourceName) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        return ChinaScheduleParser.readOwn(in, sourceName);
    }

    /**
     * Reads a schedule file in the holiday-cn format (see the class documentation).
     *
     * @param file the file, UTF-8 JSON of at most {@link #MAX_BYTES} bytes, not null
     * @return the schedule and its warnings, not null
     * @throws DataFileException if the file is not a valid schedule or is larger than {@link
     *     #MAX_BYTES}; the message names the file
     * @throws IOException if the file cannot be read
     */
    public static LoadResult readHolidayCn(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return readHolidayCn(in, file.toString());
        }
    }

    /**
     * Reads a schedule in the holiday-cn format from a stream (see the class documentation). The
     * stream is read to its end (one document and nothing after it, at most {@link #MAX_BYTES}
     * bytes) and is not closed.
     *
     * @param in the stream of UTF-8 JSON, not closed, not null
     * @param sourceName the name used in messages, e.g. the file name, not null
     * @return the schedule and its warnings, not null
     * @throws DataFileException if the content is not a valid schedule or is larger than {@link
     *     #MAX_BYTES}
     * @throws IOException if the stream cannot be read
     */
    public static LoadResult readHolidayCn(InputStream in, String sourceName) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        return ChinaScheduleParser.readHolidayCn(in, sourceName);
    }
}
