package org.consularkit.core.calendar;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.consularkit.core.DataFileException;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.jspecify.annotations.Nullable;

/**
 * One occurrence of a holiday in one year: Independence Day 2026, China's Spring Festival 2026,
 * the executive-order closing of 2024-12-24.
 *
 * <p>An occurrence has a stable {@linkplain #key() key} (the same every year, e.g. {@code
 * independence-day}), the {@linkplain #year() year} it belongs to, localized {@linkplain #displayName()
 * names}, a {@linkplain #kind() kind}, its nominal {@linkplain #date() date} (the statutory date,
 * or the festival date) and the {@linkplain #observedDate() date it is observed} (for a US holiday
 * on a Saturday, the Friday before), a {@linkplain #status() status} and its {@linkplain #sources()
 * sources}.
 *
 * <p>It also lists {@linkplain #dayTypes() every date it touches and the day type it gives that
 * date}: the days off of a multi-day block, the statutory day on a weekend (type {@link
 * DayType#WEEKEND}, so that the date still carries the holiday's name), China's make-up working
 * days ({@link DayType#MAKEUP_WORKDAY}), an early closing (a {@link DayType#WORKDAY}). A date
 * "belongs to" the occurrence exactly when it is a key of that map; calendars name a date after
 * the occurrences it belongs to.
 *
 * <p>Two occurrences are equal when all their fields are equal.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Holiday {

    /**
     * Orders occurrences by their first date, then by key, then by year.
     */
    public static final Comparator<Holiday> CHRONOLOGICAL = Comparator
            .comparing(Holiday::firstDate)
            .thenComparing(Holiday::key)
            .thenComparingInt(Holiday::year);


    private final String key;
    private final int year;
    private final LocalizedText name;
    private final HolidayKind kind;
    private final LocalDate date;
    private final LocalDate observedDate;
    private final ImmutableSortedMap<LocalDate, DayType> dayTypes;
    private final HolidayStatus status;
    private final ImmutableList<Source> sources;
    private final @Nullable LocalTime earlyClosing;
    /** Computed on first use (racy single check of immutable values; 0 means not yet). */
    private @Nullable NavigableSet<LocalDate> daysOff;
    private @Nullable NavigableSet<LocalDate> makeupWorkdays;
    private int hash;

    private Holiday(Builder b, ImmutableSortedMap<LocalDate, DayType> dayTypes, LocalDate date,
            LocalDate observedDate) {
        this.key = b.key;
        this.year = b.year;
        this.name = b.name;
        this.kind = b.kind;
        this.date = date;
        this.observedDate = observedDate;
        this.dayTypes = dayTypes;
        this.status = b.status;
        this.sources = ImmutableList.copyOf(b.sources);
        this.earlyClosing = b.earlyClosing;
    }

    /**
     * Starts building an occurrence.
     *
     * @param key the stable key of the holiday, lower-case words joined by {@code -}, e.g. {@code
     *     "independence-day"}
     * @param year the year the occurrence belongs to
     * @param name the localized name, not null
     * @param kind the kind, not null
     * @return a new builder, not null
     * @throws IllegalArgumentException if the key is malformed
     */
    public static Builder builder(String key, int year, LocalizedText name, HolidayKind kind) {
        return new Builder(key, year, name, kind);
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the stable key of the holiday, the same in every year, e.g. {@code
     * "independence-day"}.
     *
     * @return the key, not null
     */
    public String key() {
        return key;
    }

    /**
     * Returns the year this occurrence belongs to (for China, the year of the notice that fixed
     * it; a make-up day may fall in December of the year before).
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * Returns a stable identifier of this occurrence: {@code key/year}, e.g. {@code
     * "independence-day/2026"}.
     *
     * @return the identifier, not null
     */
    public String id() {
        return key + "/" + year;
    }

    /**
     * Returns the localized names.
     *
     * @return the names, not null
     */
    public LocalizedText displayName() {
        return name;
    }

    /**
     * Returns the name in a locale (Chinese for language {@code zh}, English otherwise).
     *
     * @param locale the locale, not null
     * @return the name, not blank
     */
    public String displayName(Locale locale) {
        return name.get(locale);
    }

    /**
     * Returns the kind of holiday.
     *
     * @return the kind, not null
     */
    public HolidayKind kind() {
        return kind;
    }

    /**
     * Returns the nominal date: the date the statute or order names (July 4), or the festival date
     * (the first day of the first lunar month).
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the date on which the holiday is observed: for a US federal holiday on a Saturday
     * the Friday before, on a Sunday the Monday after (Executive Order 11582); otherwise the
     * nominal date.
     *
     * @return the observed date, not null
     */
    public LocalDate observedDate() {
        return observedDate;
    }

    /**
     * Tells whether the holiday is observed on another day than its nominal date.
     *
     * @return true if {@link #observedDate()} differs from {@link #date()}
     */
    public boolean isObservedOnOtherDay() {
        return !observedDate.equals(date);
    }

    /**
     * Returns every date this occurrence touches, in order, with the day type it gives that date.
     *
     * @return an immutable sorted map, never empty
     */
    public NavigableMap<LocalDate, DayType> dayTypes() {
        return dayTypes;
    }

    /**
     * Returns the days off of this occurrence (the dates it gives a non-working type), in order.
     * Empty for an early closing.
     *
     * @return an immutable sorted set, possibly empty
     */
    public NavigableSet<LocalDate> daysOff() {
        NavigableSet<LocalDate> days = daysOff;
        if (days == null) {
            days = filter(true);
            daysOff = days;
        }
        return days;
    }

    /**
     * Returns the make-up working days of this occurrence (China's 调休上班), in order.
     *
     * @return an immutable sorted set, possibly empty
     */
    public NavigableSet<LocalDate> makeupWorkdays() {
        NavigableSet<LocalDate> days = makeupWorkdays;
        if (days == null) {
            ImmutableSortedSet.Builder<LocalDate> out = ImmutableSortedSet.naturalOrder();
            dayTypes.forEach((d, t) -> {
                if (t == DayType.MAKEUP_WORKDAY) {
                    out.add(d);
                }
            });
            days = out.build();
            makeupWorkdays = days;
        }
        return days;
    }

    private NavigableSet<LocalDate> filter(boolean dayOff) {
        ImmutableSortedSet.Builder<LocalDate> out = ImmutableSortedSet.naturalOrder();
        dayTypes.forEach((d, t) -> {
            if (t.isWorkingDay() != dayOff) {
                out.add(d);
            }
        });
        return out.build();
    }

    /**
     * Returns the first date this occurrence touches.
     *
     * @return the first date, not null
     */
    public LocalDate firstDate() {
        return dayTypes.firstKey();
    }

    /**
     * Returns the last date this occurrence touches.
     *
     * @return the last date, not null
     */
    public LocalDate lastDate() {
        return dayTypes.lastKey();
    }

    /**
     * Tells whether a date belongs to this occurrence.
     *
     * @param date the date, not null
     * @return true if the date is a key of {@link #dayTypes()}
     */
    public boolean contains(LocalDate date) {
        return dayTypes.containsKey(date);
    }

    /**
     * Returns how authoritative this occurrence is.
     *
     * @return the status, not null
     */
    public HolidayStatus status() {
        return status;
    }

    /**
     * Returns the documents that fix this occurrence, most specific first.
     *
     * @return an immutable list, never empty
     */
    public List<Source> sources() {
        return sources;
    }

    /**
     * Returns the local closing time of an {@link HolidayKind#EARLY_CLOSING early closing}, when
     * the source fixes one. An early closing without a time closes the second half of the
     * scheduled workday (the wording of the US executive orders of 2002, 2009 and 2015), which
     * depends on each office's hours.
     *
     * @return the closing time, or empty when this is not an early closing or the source gives
     *     no time
     */
    public Optional<LocalTime> earlyClosing() {
        return Optional.ofNullable(earlyClosing);
    }

    /**
     * Returns a copy with another status.
     *
     * @param newStatus the status, not null
     * @return an occurrence equal to this one but for its status
     */
    public Holiday withStatus(HolidayStatus newStatus) {
        Objects.requireNonNull(newStatus, "newStatus");
        if (newStatus == status) {
            return this;
        }
        Builder b = toBuilder();
        b.status = newStatus;
        return b.build();
    }

    /**
     * Returns a builder initialised with the fields of this occurrence.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder(key, year, name, kind);
        b.date = date;
        b.observedDate = observedDate;
        b.dayTypes.putAll(dayTypes);
        b.status = status;
        b.sources.addAll(sources);
        b.earlyClosing = earlyClosing;
        return b;
    }

    //-----------------------------------------------------------------------
    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Holiday o
                && year == o.year
                && key.equals(o.key)
                && name.equals(o.name)
                && kind == o.kind
                && date.equals(o.date)
                && observedDate.equals(o.observedDate)
                && dayTypes.equals(o.dayTypes)
                && status == o.status
                && sources.equals(o.sources)
                && Objects.equals(earlyClosing, o.earlyClosing);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Objects.hash(key, year, name, kind, date, observedDate, dayTypes, status, sources,
                    earlyClosing);
            hash = h;
        }
        return h;
    }

    /**
     * Returns a readable description, e.g. {@code "independence-day/2026 Independence Day
     * 2026-07-04 observed 2026-07-03 STATUTORY OFFICIAL"}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder()
                .append(id()).append(' ').append(name.english()).append(' ').append(date);
        if (isObservedOnOtherDay()) {
            sb.append(" observed ").append(observedDate);
        }
        if (dayTypes.size() > 1) {
            sb.append(" [").append(firstDate()).append('/').append(lastDate()).append(']');
        }
        return sb.append(' ').append(kind).append(' ').append(status).toString();
    }

    //-----------------------------------------------------------------------
    /**
     * Tells whether a text is a holiday key: words of lower-case ASCII letters and digits joined by
     * single hyphens ({@code [a-z0-9]+(-[a-z0-9]+)*}). Checked by hand, not by a regular
     * expression: every occurrence of every holiday is built through this check, and a regular
     * expression made the first answer of a new process slower.
     */
    static boolean isKey(String text) {
        if (text.isEmpty() || text.charAt(0) == '-' || text.charAt(text.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-') {
                if (text.charAt(i - 1) == '-') {
                    return false;
                }
            } else if ((c < 'a' || c > 'z') && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Builds a {@link Holiday}. Not thread-safe; {@link #build()} validates and copies.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final String key;
        private final int year;
        private final LocalizedText name;
        private final HolidayKind kind;
        private @Nullable LocalDate date;
        private @Nullable LocalDate observedDate;
        private final Map<LocalDate, DayType> dayTypes = new TreeMap<>();
        private HolidayStatus status = HolidayStatus.OFFICIAL;
        private final List<Source> sources = new ArrayList<>();
        private @Nullable LocalTime earlyClosing;

        private Builder(String key, int year, LocalizedText name, HolidayKind kind) {
            Objects.requireNonNull(key, "key");
            if (!isKey(key)) {
                throw new IllegalArgumentException(
                        "Holiday key must be lower-case words joined by '-', but was '"
                                + DataFileException.shorten(key, DataFileException.MAX_EXCERPT) + "'");
            }
            this.key = key;
            this.year = year;
            this.name = Objects.requireNonNull(name, "name");
            this.kind = Objects.requireNonNull(kind, "kind");
        }

        /**
         * Sets the nominal date; defaults to the first date given a type.
         *
         * @param date the nominal date, not null
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the observed date; defaults to the nominal date.
         *
         * @param observedDate the observed date, not null
         * @return this builder
         */
        public Builder observedDate(LocalDate observedDate) {
            this.observedDate = Objects.requireNonNull(observedDate, "observedDate");
            return this;
        }

        /**
         * Gives a date a day type within this occurrence.
         *
         * @param day the date, not null
         * @param type the day type, not null
         * @return this builder
         * @throws IllegalArgumentException if the date was already given another type, or if a
         *     {@link DayType#WEEKEND} or {@link DayType#MAKEUP_WORKDAY} is not a Saturday or
         *     Sunday
         */
        public Builder day(LocalDate day, DayType type) {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(type, "type");
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY
                    || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if ((type == DayType.WEEKEND || type == DayType.MAKEUP_WORKDAY) && !weekend) {
                throw new IllegalArgumentException(
                        "Holiday " + key + "/" + year + ": " + type + " must be a Saturday or Sunday, but "
                                + day + " is a " + day.getDayOfWeek());
            }
            DayType previous = dayTypes.putIfAbsent(day, type);
            if (previous != null && previous != type) {
                throw new IllegalArgumentException("Holiday " + key + "/" + year + ": date " + day
                        + " given two types, " + previous + " and " + type);
            }
            return this;
        }

        /**
         * Sets the status; defaults to {@link HolidayStatus#OFFICIAL}.
         *
         * @param status the status, not null
         * @return this builder
         */
        public Builder status(HolidayStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * Adds a source.
         *
         * @param source the source, not null
         * @return this builder
         */
        public Builder source(Source source) {
            sources.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * Adds sources.
         *
         * @param more the sources, not null
         * @return this builder
         */
        public Builder sources(List<Source> more) {
            more.forEach(this::source);
            return this;
        }

        /**
         * Sets the early closing time of an {@link HolidayKind#EARLY_CLOSING}.
         *
         * @param time the local closing time, not null
         * @return this builder
         */
        public Builder earlyClosing(LocalTime time) {
            this.earlyClosing = Objects.requireNonNull(time, "time");
            return this;
        }

        /**
         * Validates and builds the occurrence.
         *
         * @return the occurrence, not null
         * @throws IllegalArgumentException if no date was given a type, no source was given, the
         *     nominal or observed date is not among the dates, or an early-closing time is given
         *     for another kind than {@link HolidayKind#EARLY_CLOSING}
         */
        public Holiday build() {
            String id = key + "/" + year;
            if (dayTypes.isEmpty()) {
                throw new IllegalArgumentException("Holiday " + id + " has no dates");
            }
            if (sources.isEmpty()) {
                throw new IllegalArgumentException("Holiday " + id + " has no source");
            }
            ImmutableSortedMap<LocalDate, DayType> days = ImmutableSortedMap.copyOf(dayTypes);
            LocalDate d = date != null ? date : days.firstKey();
            LocalDate o = observedDate != null ? observedDate : d;
            if (!days.containsKey(d)) {
                throw new IllegalArgumentException(
                        "Holiday " + id + ": nominal date " + d + " is not among its dates " + days.keySet());
            }
            if (!days.containsKey(o)) {
                throw new IllegalArgumentException(
                        "Holiday " + id + ": observed date " + o + " is not among its dates " + days.keySet());
            }
            if (earlyClosing != null && kind != HolidayKind.EARLY_CLOSING) {
                throw new IllegalArgumentException("Holiday " + id
                        + ": an early-closing time is only allowed for kind EARLY_CLOSING, not " + kind);
            }
            return new Holiday(this, days, d, o);
        }
    }
}
