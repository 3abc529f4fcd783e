package my.app;

import java.time.LocalDate;
import java.util.Locale;
import org.consularkit.calendar.lunar.LunarCalendar;
import org.consularkit.calendar.lunar.LunarDate;
import org.consularkit.calendar.lunar.LunarFestival;
import org.consularkit.calendar.lunar.SolarTerm;
import org.consularkit.calendar.lunar.SolarTermOccurrence;
import org.consularkit.core.LocalizedText;
// The checks of the answers (not in the README):
import java.util.List;

/** The README's example "Chinese lunar calendar and solar terms (1901–2100)", word for word between the markers, then its answers checked. */
final class LunarSnippet implements Snippet {

    @Override
    public void run(Answers a) throws Exception {
        // README begin: Chinese lunar calendar and solar terms (1901–2100)
        LunarDate lunar = LunarDate.from(LocalDate.of(2026, 2, 17));
        System.out.println(lunar);                                        // 2026-01-01 (Spring Festival)
        System.out.println(LunarDate.parse("2023-02L-15").toLocalDate()); // 2023-04-05, leap 2nd month
        System.out.println(LunarCalendar.leapMonth(2033));                // OptionalInt[11]
        System.out.println(LunarFestival.MID_AUTUMN.date(2026));          // 2026-09-25
        System.out.println(LunarCalendar.newYear(1916));                  // 1916-02-03 (Beijing local mean time)

        for (SolarTermOccurrence t : SolarTerm.occurrences(2026)) {
            System.out.println(t.term().index() + " " + t.term().displayName(Locale.ENGLISH)
                    + " " + t.term().displayName(LocalizedText.SIMPLIFIED_CHINESE) + " " + t.moment());
        }   // ... 7 Qingming 清明 2026-04-05T02:40+08:00 ...

        LunarDate midAutumn2089 = LunarDate.from(LocalDate.of(2089, 9, 18));
        System.out.println(midAutumn2089.isCertain());                     // false: its month may begin a day later
        System.out.println(LunarFestival.MID_AUTUMN.alternativeDate(2089)); // Optional[2089-09-19]
        LunarCalendar.uncertainMonths();                                   // the three months in the table below
        // README end

        List<String> lines = a.printedLines();
        a.equal(lines.subList(0, 5), List.of("2026-01-01", "2023-04-05", "OptionalInt[11]", "2026-09-25", "1916-02-03"));
        a.equal(lines.size(), 5 + 24 + 2);
        a.equal(lines.get(5 + 6), "7 Qingming 清明 2026-04-05T02:40+08:00");
        a.equal(lines.subList(5 + 24, 5 + 24 + 2), List.of("false", "Optional[2089-09-19]"));
        a.equal(LunarCalendar.uncertainMonths().size(), 3);
    }
}
