package org.consularkit.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.consularkit.calendar.ChinaSchedule.Change;
import org.consularkit.calendar.internal.us.UsFederalData;
import org.consularkit.core.DataFileException;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.internal.json.JsonReader;
import org.consularkit.core.internal.json.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * Data newer than the library's release, supplied by the application at run time: the one way to
 * use a schedule published after the jar was built without waiting for a new release.
 *
 * <pre>{@code
 * DataOverrides data = DataOverrides.fromDirectory(Path.of("/etc/myapp/consularkit-data"));
 * data.files().forEach(f -> log(f));                 // each file read, with its kind and version
 * data.warnings().forEach(w -> log(w));              // e.g. a notice that changes an official year
 * HolidayCalendar cn = data.calendar("cn");          // 2027 OFFICIAL once its notice is in the folder
 * }</pre>
 *
 * <h2>Files</h2>
 * A set of files, from a list, a directory (its {@code .txt} and {@code .json} files, not its
 * sub-directories, in name order; other files are ignored with a warning) or a class-path location
 * with an index. Each file is recognised by its content:
 * <ul>
 *   <li>{@code .txt}: the text of a State Council holiday notice, a yearly notice or an amendment
 *       ({@link ChinaNoticeParser}); its version is the date of the notice.</li>
 *   <li>{@code .json} with {@code "format": "consularkit.cn-schedule/1"}: a schedule in the
 *       library's format ({@link ChinaScheduleLoader}); without a version.</li>
 *   <li>{@code .json} without {@code format} but with {@code days}: a file of the holiday-cn data
 *       set ({@link ChinaScheduleLoader#readHolidayCn(InputStream, String)}); without a version.</li>
 *   <li>{@code .json} with {@code "format": "consularkit.us-closings/1"}: closings of the US federal
 *       executive departments ordered by the President (e.g. Christmas Eve, ordered in
 *       mid-December), see below; its version is its {@code version}.</li>
 * </ul>
 * A schedule file in the library's format may carry an optional {@code "version"} (ISO date): the
 * date of its data, e.g. of its notice.
 *
 * <h2>US executive-order closings ({@code consularkit.us-closings/1})</h2>
 * <pre>{@code
 * {
 *   "format": "consularkit.us-closings/1",
 *   "version": "2026-12-18",
 *   "closings": [
 *     {"date": "2026-12-24", "key": "christmas-eve-closing", "halfDay": false,
 *      "executiveOrder": "EO 99999", "orderDate": "2026-12-18",
 *      "names": {"en": "Christmas Eve (executive order closing)", "zh": "平安夜（行政命令放假）"},
 *      "citation": "the Federal Register document", "url": "https://www.federalregister.gov/..."}
 *   ]
 * }
 * }</pre>
 * (an illustration of the form with a made-up order number, not a real order). {@code format},
 * {@code version} (the date of the file's data) and {@code closings} (at least one) are
 * required; {@code description} and {@code note} are free text. Each closing: {@code date} a
 * Monday to Friday of 1971-2100, in date order;
 * {@code key} lower-case words joined by {@code -}, not a holiday's key, used once a year
 * (bundled closings included: a closing already bundled, same date and order, is left out with a
 * warning); {@code halfDay} true when the order closes only the second half of the day (an early
 * closing, the day stays a working day); {@code executiveOrder} {@code "EO"} and its number;
 * {@code orderDate} the date of the order, on or before the closing and the file's version;
 * {@code names} in English and Chinese; optional {@code citation} (more of the citation, e.g. the
 * Federal Register document) and {@code url}. Each closing cites {@code EO n of yyyy-MM-dd} and
 * the citation, type {@link org.consularkit.core.SourceType#EXECUTIVE_ORDER}; it is added to
 * {@code us-federal}, {@code us-federal-dc} and every {@code post:} calendar. JSON Schema: {@code
 * org/consularkit/calendar/schema/us-closings.schema.json}.
 *
 * <h2>Data version</h2>
 * {@link #version()} is the newest version of the files read. A calendar from {@link
 * #calendar(String)} reports as its {@link HolidayCalendar#dataVersion()} the newer of the bundled
 * data's version ({@link Calendars#builtInDataVersion()}) and that of the files it uses (China files
 * for {@code cn}; closing files for {@code us-federal} and the {@code post:} calendars), so that a
 * feed of it ({@code HolidayFeed}: {@code DTSTAMP}) changes exactly when its data does. A file
 * without a version (a holiday-cn file, a schedule without {@code version}) does not move it; a
 * warning says so.
 * Every file is validated as strictly as the built-in data: the first file that cannot be read
 * fails the whole set with a {@link DataFileException} naming it (nothing is kept). Rules across
 * files: a year has at most one complete schedule (a yearly notice or a JSON file); amendments of
 * a year apply, in the order of their dates, to that schedule or else to the built-in official
 * schedule of the year (an amendment for a year with neither is an error).
 *
 * <h2>Official years are never replaced silently</h2>
 * A loaded schedule for a year that the built-in data already has as official replaces it, and
 * the replacement is reported: {@link #chinaChanges()} gives, per such year, the dates whose role
 * changes (empty when the file agrees with the built-in data), and {@link #warnings()} says so in
 * words.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DataOverrides {

    /**
     * The kind of a data file.
     *
     * @since 0.1
     */
    public enum FileKind {
        /** The text of a State Council holiday notice (yearly notice or amendment). */
        CHINA_NOTICE,
        /** A China schedule in the library's format, {@code consularkit.cn-schedule/1}. */
        CHINA_SCHEDULE,
        /** A China schedule in the holiday-cn format. */
        CHINA_HOLIDAY_CN,
        /** US executive-order closings, {@code consularkit.us-closings/1}. */
        US_CLOSINGS
    }

    /**
     * A file that was read.
     *
     * <h2>Implementation Requirements</h2>
     * This record is immutable and thread-safe.
     *
     * @param name the name of the file, as given (a path, or {@code location/name} on the class path)
     * @param kind its kind
     * @param version the date of its data: the date of a notice, the {@code version} of a file
     *     that has one; empty when the file does not say
     * @param description what it holds, e.g. {@code "notice ARRANGEMENT 2027, 国务院办公厅关于2027年部分节假日安排的通知"}
     * @since 0.1
     */
    public record DataFile(String name, FileKind kind, Optional<LocalDate> version, String description) {

        /**
         * Validates the fields.
         */
        public DataFile {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(description, "description");
        }

        /**
         * Returns the file in words, e.g. {@code "2027.txt: CHINA_NOTICE, version 2026-12-07, notice ..."}.
         *
         * @return the text, not null
         */
        @Override
        public String toString() {
            return name + ": " + kind + ", version " + version.map(LocalDate::toString).orElse("unknown") + ", "
                    + description;
        }
    }

    private static final DataOverrides NONE = new DataOverrides(List.of(), List.of(), Map.of(), Map.of(),
            List.of());

    private final List<DataFile> files;
    private final List<String> warnings;
    private final Map<Integer, ChinaSchedule> chinaSchedules;
    private final Map<Integer, List<Change>> chinaChanges;
    private final List<UsFederalData.Closing> usClosings;
    private final ChinaHolidayCalendar chinaCalendar;
    private final @Nullable UsFederalData usData;
    private final @Nullable LocalDate usVersion;

    private DataOverrides(List<DataFile> files, List<String> warnings, Map<Integer, ChinaSchedule> chinaSchedules,
            Map<Integer, List<Change>> chinaChanges, List<UsFederalData.Closing> usClosings) {
        this.files = List.copyOf(files);
        this.warnings = List.copyOf(warnings);
        this.chinaSchedules = java.util.Collections.unmodifiableMap(new TreeMap<>(chinaSchedules));
        this.chinaChanges = java.util.Collections.unmodifiableMap(new TreeMap<>(chinaChanges));
        this.usClosings = List.copyOf(usClosings);
        ChinaHolidayCalendar cn = ChinaHolidays.calendar();
        for (ChinaSchedule s : this.chinaSchedules.values()) {
            cn = cn.withSchedule(s);
        }
        Optional<LocalDate> cnVersion = newest(FileKind.CHINA_NOTICE, FileKind.CHINA_SCHEDULE, FileKind.CHINA_HOLIDAY_CN);
        this.chinaCalendar = cnVersion.isPresent() ? cn.withDataVersion(cnVersion.get()) : cn;
        boolean us = this.files.stream().anyMatch(f -> f.kind() == FileKind.US_CLOSINGS);
        this.usData = us ? UsFederalHolidays.data().withClosings(this.usClosings) : null;
        this.usVersion = newest(FileKind.US_CLOSINGS).orElse(null);
    }

    private Optional<LocalDate> newest(FileKind... kinds) {
        List<FileKind> k = List.of(kinds);
        return files.stream().filter(f -> k.contains(f.kind())).flatMap(f -> f.version().stream())
                .max(Comparator.naturalOrder());
    }

    //-----------------------------------------------------------------------
    /**
     * Returns no overrides: the built-in data.
     *
     * @return the empty set, not null
     */
    public static DataOverrides none() {
        return NONE;
    }

    /**
     * Reads a list of files (see the class documentation).
     *
     * @param files the files, {@code .txt} or {@code .json}, not null
     * @return the overrides, not null
     * @throws DataFileException if a file cannot be read as one of the kinds, or the files
     *     contradict each other; the message names the file
     * @throws IOException if a file cannot be read
     */
    public static DataOverrides of(List<Path> files) throws IOException {
        Objects.requireNonNull(files, "files");
        Loader loader = new Loader();
        for (Path f : files) {
            Objects.requireNonNull(f, "files contains null");
            String name = f.toString();
            if (!isDataFile(name)) {
                throw new DataFileException(name, "", 0, 0, "expected a .txt notice or a .json data file", null, null);
            }
            try (InputStream in = Files.newInputStream(f)) {
                loader.add(name, in);
            }
        }
        return loader.build();
    }

    /**
     * Reads the {@code .txt} and {@code .json} files of a directory, in name order (see the class
     * documentation); other files are ignored with a warning, sub-directories are not read.
     *
     * @param directory the directory, not null
     * @return the overrides, not null
     * @throws DataFileException if a file cannot be read as one of the kinds, or the files
     *     contradict each other
     * @throws IOException if the directory or a file cannot be read
     */
    public static DataOverrides fromDirectory(Path directory) throws IOException {
        Objects.requireNonNull(directory, "directory");
        List<Path> data = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        try (Stream<Path> list = Files.list(directory)) {
            for (Path p : list.sorted(Comparator.comparing(Path::toString)).toList()) {
                if (Files.isDirectory(p)) {
                    continue;
                }
                if (isDataFile(p.toString())) {
                    data.add(p);
                } else {
                    ignored.add(String.valueOf(p.getFileName()));
                }
            }
        }
        Loader loader = new Loader();
        for (Path f : data) {
            try (InputStream in = Files.newInputStream(f)) {
                loader.add(f.toString(), in);
            }
        }
        if (!ignored.isEmpty()) {
            loader.warnings.add(directory + ": ignored (not .txt or .json): " + String.join(", ", ignored));
        }
        return loader.build();
    }

    /**
     * Reads files from the class path: the location holds a file {@code index.txt} that lists the
     * names of the data files next to it, one per line ({@code #} starts a comment); each is read
     * as by {@link #of(List)}. Choose a location that is not a Java package name (e.g. {@code
     * consularkit-data/2027}), so that it stays readable when the application runs on the module
     * path.
     *
     * @param loader the class loader, not null
     * @param location the location, e.g. {@code consularkit-data}, without leading or trailing
     *     {@code /}, not null
     * @return the overrides, not null
     * @throws DataFileException if the index or a listed file is missing or cannot be read as one
     *     of the kinds, or the files contradict each other
     * @throws IOException if a resource cannot be read
     */
    public static DataOverrides fromClassPath(ClassLoader loader, String location) throws IOException {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(location, "location");
        String index = location + "/index.txt";
        List<String> names = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(index)) {
            if (in == null) {
                throw new DataFileException(index, "", 0, 0, "expected a class-path resource listing the data files",
                        "missing", null);
            }
            String text = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
            for (String line : text.split("\n", -1)) {
                String n = line.strip();
                if (!n.isEmpty() && !n.startsWith("#")) {
                    if (!isDataFile(n) || n.contains("/") || n.contains("\\")) {
                        throw new DataFileException(index, "", 0, 0, "expected the name of a .txt or .json file next "
                                + "to the index", "\"" + DataFileException.shorten(n, 60) + "\"", null);
                    }
                    names.add(n);
                }
            }
        }
        Loader l = new Loader();
        for (String n : names) {
            String resource = location + "/" + n;
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new DataFileException(resource, "", 0, 0, "expected the file listed in " + index, "missing",
                            null);
                }
                l.add(resource, in);
            }
        }
        return l.build();
    }

    private static boolean isDataFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".json");
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the files read, in the order read.
     *
     * @return an immutable list, possibly empty
     */
    public List<DataFile> files() {
        return files;
    }

    /**
     * Returns what an operator should know: warnings of each file (a notice without a title line,
     * a schedule whose counting identity fails), files ignored, and every official year whose
     * schedule a file changes.
     *
     * @return an immutable list, possibly empty
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Returns the version of the data read: the newest version of the files that have one.
     *
     * @return the date, or empty when no file has a version
     */
    public Optional<LocalDate> version() {
        return files.stream().flatMap(f -> f.version().stream()).max(Comparator.naturalOrder());
    }

    /**
     * Returns the China schedules the files give, by year (notices and amendments combined).
     *
     * @return an immutable sorted map, possibly empty
     */
    public Map<Integer, ChinaSchedule> chinaSchedules() {
        return chinaSchedules;
    }

    /**
     * Returns, for each year that is official in the built-in data and that a file gives a
     * schedule for, how the file's schedule differs from the built-in one.
     *
     * @return an immutable sorted map; a year maps to an empty list when the file agrees with the
     *     built-in data
     */
    public Map<Integer, List<Change>> chinaChanges() {
        return chinaChanges;
    }

    /**
     * Returns China's public-holiday calendar with the built-in schedules and those of the files.
     *
     * @return the calendar, not null
     */
    public ChinaHolidayCalendar chinaCalendar() {
        return chinaCalendar;
    }

    /**
     * Returns the US executive-order closings the files add, in date order, each with the date
     * closed and the order (e.g. {@code "christmas-eve-closing 2026-12-24 EO 99999 of 2026-12-18"}, from a made-up order).
     *
     * @return an immutable list, possibly empty
     */
    public List<String> usClosings() {
        return usClosings.stream().map(c -> c.key() + " " + c.date() + " " + c.executiveOrder() + " of "
                + c.orderDate()).toList();
    }

    /**
     * Returns a calendar of {@link Calendars#ids()} with these overrides: {@code cn} is {@link
     * #chinaCalendar()}; {@code us-federal} and {@code us-federal-dc} have the loaded executive-order
     * closings; every {@code post:} calendar closes on them too. Without files of a kind, the
     * calendars it affects are the built-in ones.
     *
     * @param id a calendar id, not null
     * @return the calendar, not null
     * @throws IllegalArgumentException if the id is unknown
     */
    public HolidayCalendar calendar(String id) {
        Objects.requireNonNull(id, "id");
        if (id.equals(ChinaHolidays.ID)) {
            return chinaCalendar;
        }
        UsFederalData us = usData;
        if (us == null) {
            return Calendars.byId(id);
        }
        if (id.equals(UsFederalHolidays.ID)) {
            return UsFederalHolidays.calendar(UsFederalOptions.defaults(), us, usVersion);
        }
        if (id.equals(UsFederalHolidays.DC_AREA_ID)) {
            return UsFederalHolidays.calendar(UsFederalOptions.defaults().withInaugurationDay(true), us, usVersion);
        }
        if (id.startsWith(MissionChinaClosures.ID_PREFIX) && Calendars.ids().contains(id)) {
            return MissionChinaClosures.calendarOn(id.substring(MissionChinaClosures.ID_PREFIX.length()),
                    UsFederalHolidays.calendar(UsFederalOptions.defaults(), us, usVersion));
        }
        return Calendars.byId(id);
    }

    /**
     * Returns a summary, e.g. {@code "DataOverrides[2 files, China 2027]"}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "DataOverrides[" + files.size() + (files.size() == 1 ? " file" : " files")
                + (chinaSchedules.isEmpty() ? "" : ", China " + chinaSchedules.keySet().stream()
                        .map(String::valueOf).collect(Collectors.joining(",")))
                + (usClosings.isEmpty() ? "" : ", US closings " + usClosings.stream().map(c -> c.date().toString())
                        .collect(Collectors.joining(","))) + "]";
    }

    //-----------------------------------------------------------------------
    /** Reads files one by one, then checks them together. */
    private static final class Loader {
        final List<DataFile> files = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        /** The complete schedule of a year and the file it came from. */
        final Map<Integer, Map.Entry<String, ChinaSchedule>> complete = new TreeMap<>();
        /** The amendments of a year, with their files. */
        final Map<Integer, Map<String, ChinaNotice>> amendments = new TreeMap<>();
        /** The US closings, with their files. */
        final List<UsFederalData.Closing> closings = new ArrayList<>();

        void add(String name, InputStream in) throws IOException {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, ChinaScheduleLoader.MAX_BYTES + 1));
            if (name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
                ChinaNotice n = ChinaNoticeParser.read(new ByteArrayInputStream(bytes), name);
                warnings.addAll(n.warnings());
                files.add(new DataFile(name, FileKind.CHINA_NOTICE, Optional.of(n.date()),
                        "notice " + n.kind() + " " + n.year() + ", " + n.title()));
                if (n.kind() == ChinaNotice.Kind.ARRANGEMENT) {
                    putComplete(name, n.schedule().orElseThrow());
                } else {
                    amendments.computeIfAbsent(n.year(), y -> new LinkedHashMap<>()).put(name, n);
                }
                return;
            }
            JsonValue root = JsonReader.read(new ByteArrayInputStream(bytes), name, ChinaScheduleLoader.MAX_BYTES);
            @Nullable JsonValue format = root.isObject() ? root.get("format") : null;
            if (format != null && format.isString() && format.text().equals(ChinaScheduleLoader.FORMAT)) {
                ChinaScheduleLoader.LoadResult r = ChinaScheduleLoader.read(new ByteArrayInputStream(bytes), name);
                warnings.addAll(r.warnings());
                @Nullable JsonValue v = root.get("version");
                Optional<LocalDate> version = v != null && v.isString() ? Optional.of(LocalDate.parse(v.text()))
                        : Optional.empty();
                if (version.isEmpty()) {
                    warnings.add(name + ": no version; the data version of the calendar does not move for it");
                }
                files.add(new DataFile(name, FileKind.CHINA_SCHEDULE, version, "China schedule " + r.schedule().year()));
                putComplete(name, r.schedule());
            } else if (format != null && format.isString() && format.text().equals(UsFederalData.CLOSINGS_FORMAT)) {
                UsFederalData.LoadedClosings c = UsFederalData.readClosings(name, new ByteArrayInputStream(bytes),
                        UsFederalHolidays.data().withClosings(closings));
                warnings.addAll(c.warnings());
                closings.addAll(c.closings());
                files.add(new DataFile(name, FileKind.US_CLOSINGS, Optional.of(c.version()),
                        "US executive-order closings: " + c.closings().stream().map(x -> x.date() + " ("
                                + x.executiveOrder() + ")").collect(Collectors.joining(", "))));
            } else if (format == null && root.isObject() && root.get("days") != null) {
                ChinaScheduleLoader.LoadResult r = ChinaScheduleLoader.readHolidayCn(new ByteArrayInputStream(bytes),
                        name);
                warnings.addAll(r.warnings());
                files.add(new DataFile(name, FileKind.CHINA_HOLIDAY_CN, Optional.empty(),
                        "China schedule " + r.schedule().year() + " (holiday-cn format)"));
                warnings.add(name + ": no version (the holiday-cn format has none); the data version of the "
                        + "calendar does not move for it");
                putComplete(name, r.schedule());
            } else {
                JsonValue at = format != null ? format : root;
                throw new DataFileException(name, at.path(), at.line(), at.column(), "expected a data file of a known "
                        + "format (\"format\": \"" + ChinaScheduleLoader.FORMAT + "\" or \""
                        + UsFederalData.CLOSINGS_FORMAT + "\", or a holiday-cn file with \"days\")", at.excerpt(),
                        null);
            }
        }

        private void putComplete(String name, ChinaSchedule s) {
            Map.Entry<String, ChinaSchedule> other = complete.putIfAbsent(s.year(), Map.entry(name, s));
            if (other != null) {
                throw new DataFileException(name, "", 0, 0, "expected one schedule per year (" + s.year()
                        + " is also given by " + other.getKey() + ")", null, null);
            }
        }

        DataOverrides build() {
            Map<Integer, ChinaSchedule> schedules = new TreeMap<>();
            complete.forEach((year, e) -> schedules.put(year, e.getValue()));
            ChinaHolidayCalendar builtIn = ChinaHolidays.calendar();
            for (Map.Entry<Integer, Map<String, ChinaNotice>> e : amendments.entrySet()) {
                int year = e.getKey();
                List<Map.Entry<String, ChinaNotice>> list = new ArrayList<>(e.getValue().entrySet());
                list.sort(Comparator.comparing(x -> x.getValue().date()));
                ChinaSchedule s = schedules.get(year);
                if (s == null) {
                    s = builtIn.schedule(year).orElse(null);
                }
                if (s == null) {
                    throw new DataFileException(list.get(0).getKey(), "", 0, 0, "expected an amendment of a year whose "
                            + "schedule is known (" + year + " is neither in the built-in data nor in the files)", null,
                            null);
                }
                for (Map.Entry<String, ChinaNotice> a : list) {
                    try {
                        s = a.getValue().applyTo(s);
                    } catch (IllegalArgumentException ex) {
                        throw new DataFileException(a.getKey(), "", 0, 0, "expected an amendment that applies to the "
                                + "schedule of " + year + " (" + ex.getMessage() + ")", null, ex);
                    }
                }
                schedules.put(year, s);
            }
            Map<Integer, List<Change>> changes = new TreeMap<>();
            for (ChinaSchedule s : schedules.values()) {
                Optional<ChinaSchedule> official = builtIn.schedule(s.year());
                if (official.isPresent()) {
                    List<Change> c = s.changesFrom(official.get());
                    changes.put(s.year(), c);
                    warnings.add(c.isEmpty()
                            ? "China " + s.year() + ": the files agree day by day with the built-in official schedule"
                            : "China " + s.year() + ": the files change the built-in official schedule on " + c.size()
                                    + (c.size() == 1 ? " date: " : " dates: ")
                                    + c.stream().map(Change::toString).collect(Collectors.joining("; ")));
                }
            }
            return new DataOverrides(files, warnings, schedules, changes, closings);
        }
    }
}
