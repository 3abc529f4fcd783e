package org.consularkit.calendar;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.consularkit.calendar.internal.cn.NoticeParser;
import org.consularkit.core.Source;
import org.jspecify.annotations.Nullable;

/**
 * A State Council holiday notice as read by {@link ChinaNoticeParser}: who issued it, its title,
 * document number and date, and its date rules, with the year's {@link ChinaSchedule} for a notice
 * that arranges a whole year, or the changes an amendment makes to one.
 *
 * <p>Two kinds of notices exist:
 * <ul>
 *   <li>{@link Kind#ARRANGEMENT}: the yearly notice (国务院办公厅关于YYYY年部分节假日安排的通知),
 *       one item per festival; {@link #schedule()} is the year's schedule.</li>
 *   <li>{@link Kind#AMENDMENT}: a later notice that changes a year already arranged — the 2015
 *       Victory Day holiday (issued by the State Council itself, a new block), the 2019 Labour Day
 *       extension (a block replaced), the 2020 extension of the Spring Festival (a block extended,
 *       which drops the make-up working days inside the extension). {@link #applyTo(ChinaSchedule)}
 *       applies it to the schedule of its year; {@link #combine(List)} applies a year's notices in
 *       order.</li>
 * </ul>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ChinaNotice {

    /**
     * The kind of a notice.
     *
     * @since 0.1
     */
    public enum Kind {
        /** The notice that arranges a year's public holidays, one item per festival. */
        ARRANGEMENT,
        /** A notice that changes the arrangement of a year already published. */
        AMENDMENT
    }

    /**
     * What a date rule of a notice does.
     *
     * @since 0.1
     */
    public enum Effect {
        /**
         * Gives a festival's block of days off and make-up working days: in an arrangement, a block
         * of the year; in an amendment, a block that replaces the festival's block, or a new one.
         */
        BLOCK,
        /**
         * Extends a festival's block to a later last day off ({@code 延长…假期至…}); make-up working
         * days of the block up to that day are dropped.
         */
        EXTENSION
    }

    /**
     * One date rule of a notice: an item (一、元旦：…) or, in a notice without items, its
     * arrangement paragraph.
     *
     * <h2>Implementation Requirements</h2>
     * This record is immutable and thread-safe.
     *
     * @param line the line of the text where the item starts, from 1
     * @param festivals the festivals it is for, at least one
     * @param effect what it does
     * @param daysOff the days off, weekends between them included; for an {@link
     *     Effect#EXTENSION}, the new last day off only
     * @param makeupWorkdays the make-up working days, possibly empty
     * @param statutoryDays the statutory days of its festivals in the notice's year under the
     *     regulation then in force (empty for the one-off Victory Day of 2015)
     * @since 0.1
     */
    public record Item(int line, List<ChinaPublicHoliday> festivals, Effect effect, NavigableSet<LocalDate> daysOff,
            NavigableSet<LocalDate> makeupWorkdays, List<LocalDate> statutoryDays) {

        /**
         * Validates and copies the fields.
         */
        public Item {
            Objects.requireNonNull(effect, "effect");
            festivals = List.copyOf(festivals);
            daysOff = ImmutableSortedSet.copyOf(daysOff);
            makeupWorkdays = ImmutableSortedSet.copyOf(makeupWorkdays);
            statutoryDays = List.copyOf(statutoryDays);
            if (festivals.isEmpty() || daysOff.isEmpty()) {
                throw new IllegalArgumentException("An item needs a festival and a day off");
            }
        }
    }

    private final Kind kind;
    private final int year;
    private final String issuer;
    private final String title;
    private final boolean titleInferred;
    private final @Nullable String documentNumber;
    private final LocalDate date;
    private final Source source;
    private final ImmutableList<Item> items;
    private final ImmutableList<String> notes;
    private final ImmutableList<String> warnings;
    private final @Nullable ChinaSchedule schedule;

    private ChinaNotice(NoticeParser.Result r) {
        this.kind = r.amendment() ? Kind.AMENDMENT : Kind.ARRANGEMENT;
        this.year = r.year();
        this.issuer = r.issuer();
        this.title = r.title();
        this.titleInferred = r.titleInferred();
        this.documentNumber = r.documentNumber().orElse(null);
        this.date = r.date();
        this.source = r.source();
        ImmutableList.Builder<Item> b = ImmutableList.builder();
        for (NoticeParser.Item i : r.items()) {
            List<LocalDate> statutory = new ArrayList<>();
            for (ChinaPublicHoliday f : i.festivals()) {
                statutory.addAll(f.statutoryDays(r.year()));
            }
            statutory.sort(null);
            b.add(new Item(i.line(), i.festivals(), i.extension() ? Effect.EXTENSION : Effect.BLOCK, i.daysOff(),
                    i.makeupWorkdays(), statutory.stream().distinct().toList()));
        }
        this.items = b.build();
        this.notes = ImmutableList.copyOf(r.notes());
        this.warnings = ImmutableList.copyOf(r.warnings());
        this.schedule = r.schedule().orElse(null);
    }

    /**
     * Wraps the reader's result. Called by {@link ChinaNoticeParser}.
     *
     * @param result the result, not null
     * @return the notice
     */
    static ChinaNotice of(NoticeParser.Result result) {
        return new ChinaNotice(result);
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the kind of the notice.
     *
     * @return the kind, not null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the year the notice is for (not the year it was issued: the 2026 notice is dated
     * 2025-11-04).
     *
     * @return the year, from 2000 to 2100
     */
    public int year() {
        return year;
    }

    /**
     * Returns the issuer, as signed: {@code 国务院办公厅} (the General Office of the State Council)
     * or {@code 国务院} (the State Council, as for the 2015 Victory Day notice).
     *
     * @return the issuer, not null
     */
    public String issuer() {
        return issuer;
    }

    /**
     * Returns the title of the notice: the title line of the text, or, when the text has none (a
     * copy that starts at the salutation), the title inferred from the first paragraph (see
     * {@link #isTitleInferred()}).
     *
     * @return the title, not blank
     */
    public String title() {
        return title;
    }

    /**
     * Tells whether the text had no title line, so that {@link #title()} was inferred: {@code
     * 国务院办公厅关于YYYY年部分节假日安排的通知} for a yearly notice, {@code 国务院办公厅关于…的通知} with
     * the subject of the sentence {@code 现将…的具体安排通知如下} for an amendment.
     *
     * @return true if inferred
     */
    public boolean isTitleInferred() {
        return titleInferred;
    }

    /**
     * Returns the document number (发文字号), e.g. {@code 国办发明电〔2025〕7号}, when the text gives it.
     *
     * @return the number, or empty
     */
    public Optional<String> documentNumber() {
        return Optional.ofNullable(documentNumber);
    }

    /**
     * Returns the date on the notice (its last line).
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the citation of the notice: type {@link org.consularkit.core.SourceType#NOTICE}, the
     * title followed by the document number and the date in brackets, e.g. {@code
     * 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）}, and the URL when one was given to
     * the parser.
     *
     * @return the source, not null
     */
    public Source source() {
        return source;
    }

    /**
     * Returns the date rules, in the order of the text.
     *
     * @return an immutable list, never empty
     */
    public List<Item> items() {
        return items;
    }

    /**
     * Returns what the notice says that is not a date rule, each prefixed with its line: items
     * without a date (the 2020 amendment's items on school openings and on leave in lieu, the 2019
     * amendment's closing items), advisory sentences ({@code 鼓励…}, whose lunar dates are checked).
     * A closing paragraph at the end of the last item ({@code 节假日期间…}) is left out.
     *
     * @return an immutable list, possibly empty
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * Returns what the reader should know about the text: no title line, no document number, a
     * date far from the year.
     *
     * @return an immutable list, possibly empty
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Returns the year's schedule, for an {@link Kind#ARRANGEMENT}, citing this notice.
     *
     * @return the schedule, or empty for an amendment
     */
    public Optional<ChinaSchedule> schedule() {
        return Optional.ofNullable(schedule);
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the schedule of this notice's year after this notice: for an {@link
     * Kind#ARRANGEMENT}, its own {@link #schedule()} (which replaces the base; compare them with
     * {@link ChinaSchedule#changesFrom(ChinaSchedule)}); for an {@link Kind#AMENDMENT}, the base
     * with each item applied ({@link Effect#BLOCK}: the block of the item's festivals is replaced,
     * or added; {@link Effect#EXTENSION}: the festival's block runs to the new last day off, and
     * its make-up working days up to that day are dropped), citing the base's sources and then
     * this notice. Applying an amendment to a schedule that already has its changes (such as the
     * built-in schedule of its year) changes no date.
     *
     * @param base the schedule of the same year, not null
     * @return the new schedule, not null
     * @throws IllegalArgumentException if the years differ, an extension has no block to extend or
     *     does not extend it, a replaced block is shared with a festival the item does not name, or
     *     the result breaks a rule of {@link ChinaSchedule}
     */
    public ChinaSchedule applyTo(ChinaSchedule base) {
        Objects.requireNonNull(base, "base");
        if (base.year() != year) {
            throw new IllegalArgumentException("The notice " + title + " is for " + year + ", not for " + base.year());
        }
        if (schedule != null) {
            return schedule;
        }
        List<ChinaSchedule.Block> blocks = new ArrayList<>(base.blocks());
        for (Item item : items) {
            Set<ChinaPublicHoliday> named = EnumSet.copyOf(item.festivals());
            int index = -1;
            for (int i = 0; i < blocks.size(); i++) {
                ChinaSchedule.Block b = blocks.get(i);
                if (b.festivals().stream().anyMatch(named::contains)) {
                    index = i;
                    if (item.effect() == Effect.BLOCK && !named.containsAll(b.festivals())) {
                        throw new IllegalArgumentException("The notice " + title + " replaces the block of "
                                + keys(item.festivals()) + ", which it shares with " + keys(b.festivals()));
                    }
                }
            }
            if (item.effect() == Effect.BLOCK) {
                if (index >= 0) {
                    blocks.remove(index);
                }
                blocks.add(ChinaSchedule.Block.of(item.festivals(), item.daysOff(), item.makeupWorkdays()));
                continue;
            }
            if (index < 0) {
                throw new IllegalArgumentException("The notice " + title + " extends the block of "
                        + keys(item.festivals()) + ", which the schedule of " + year + " does not have");
            }
            ChinaSchedule.Block b = blocks.get(index);
            LocalDate end = item.daysOff().last();
            if (end.equals(b.daysOff().last()) && b.makeupWorkdays().stream().noneMatch(d -> !d.isAfter(end)
                    && !d.isBefore(b.daysOff().first()))) {
                continue;
            }
            if (!end.isAfter(b.daysOff().last())) {
                throw new IllegalArgumentException("The notice " + title + " extends the block of "
                        + keys(item.festivals()) + " to " + end + ", but it already ends on " + b.daysOff().last());
            }
            NavigableSet<LocalDate> off = new TreeSet<>(b.daysOff());
            for (LocalDate d = b.daysOff().last().plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
                off.add(d);
            }
            List<LocalDate> makeup = b.makeupWorkdays().stream()
                    .filter(d -> d.isBefore(off.first()) || d.isAfter(end)).toList();
            blocks.set(index, ChinaSchedule.Block.of(b.festivals(), off, makeup));
        }
        List<Source> sources = new ArrayList<>(base.sources());
        sources.add(source);
        return ChinaSchedule.of(year, sources, blocks);
    }

    /**
     * Returns the schedule a year's notices give together: the one {@link Kind#ARRANGEMENT}, then
     * each {@link Kind#AMENDMENT} in the order of their dates (a stable sort: notices of the same
     * date keep the order given).
     *
     * @param notices the notices of one year: one arrangement and any amendments, not empty
     * @return the schedule, not null
     * @throws IllegalArgumentException if the notices are of different years, there is not exactly
     *     one arrangement, or an amendment cannot be applied (see {@link #applyTo(ChinaSchedule)})
     */
    public static ChinaSchedule combine(List<ChinaNotice> notices) {
        Objects.requireNonNull(notices, "notices");
        if (notices.isEmpty()) {
            throw new IllegalArgumentException("No notice to combine");
        }
        int year = notices.get(0).year();
        List<ChinaNotice> arrangements = new ArrayList<>();
        List<ChinaNotice> amendments = new ArrayList<>();
        for (ChinaNotice n : notices) {
            Objects.requireNonNull(n, "notices contains null");
            if (n.year() != year) {
                throw new IllegalArgumentException("Notices of different years: " + year + " and " + n.year());
            }
            (n.kind() == Kind.ARRANGEMENT ? arrangements : amendments).add(n);
        }
        if (arrangements.size() != 1) {
            throw new IllegalArgumentException("Expected one notice arranging " + year + ", but got "
                    + arrangements.size());
        }
        amendments.sort(Comparator.comparing(ChinaNotice::date));
        ChinaSchedule s = Objects.requireNonNull(arrangements.get(0).schedule);
        for (ChinaNotice a : amendments) {
            s = a.applyTo(s);
        }
        return s;
    }

    private static String keys(List<ChinaPublicHoliday> festivals) {
        return festivals.stream().map(ChinaPublicHoliday::key).collect(Collectors.joining(","));
    }

    /**
     * Returns a summary, e.g. {@code "ChinaNotice[ARRANGEMENT 2026, 国务院办公厅关于2026年部分节假日安排的通知,
     * 2025-11-04, 7 items]"}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "ChinaNotice[" + kind + " " + year + ", " + title + ", " + date + ", " + items.size()
                + (items.size() == 1 ? " item]" : " items]");
    }
}
