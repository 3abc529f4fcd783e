package org.consularkit.core.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.consularkit.core.LocalizedText;

/** Builds the English and Chinese texts of violation messages; never reads the default locale. */
final class Messages {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ZH = LocalizedText.SIMPLIFIED_CHINESE;

    /** Immutable after class initialisation. */
    private static final String[] DAYS_EN = new String[7];
    private static final String[] DAYS_ZH = new String[7];

    static {
        for (DayOfWeek d : DayOfWeek.values()) {
            DAYS_EN[d.getValue() - 1] = d.getDisplayName(TextStyle.FULL, EN);
            DAYS_ZH[d.getValue() - 1] = d.getDisplayName(TextStyle.FULL, ZH);
        }
    }

    private Messages() {
    }

    static String dayEn(DayOfWeek d) {
        return DAYS_EN[d.getValue() - 1];
    }

    static String dayZh(DayOfWeek d) {
        return DAYS_ZH[d.getValue() - 1];
    }

    /**
     * A duration as words: whole days, hours and minutes, then the seconds when there are any
     * ("15 minutes", "2 days", "1 hour 30 minutes", "15 minutes 1 second"); under a minute, the
     * seconds alone ("30 seconds"); zero is "0 minutes". Fractions of a second are left out.
     */
    static String durationEn(Duration d) {
        return duration(d, " day", " days", " hour", " hours", " minute", " minutes", " second", " seconds", " ");
    }

    static String durationZh(Duration d) {
        return duration(d, "天", "天", "小时", "小时", "分钟", "分钟", "秒", "秒", "");
    }

    private static String duration(Duration d, String day, String days, String hour, String hours, String minute,
            String minutes, String second, String seconds, String sep) {
        long total = d.toMinutes();
        if (d.isZero()) {
            return "0" + minutes;
        }
        List<String> parts = new ArrayList<>();
        long dd = total / 1440;
        long hh = total % 1440 / 60;
        long mm = total % 60;
        long ss = d.toSecondsPart();
        if (dd > 0) {
            parts.add(dd + (dd == 1 ? day : days));
        }
        if (hh > 0) {
            parts.add(hh + (hh == 1 ? hour : hours));
        }
        if (mm > 0) {
            parts.add(mm + (mm == 1 ? minute : minutes));
        }
        if (ss > 0 || total == 0) {
            parts.add(ss + (ss == 1 ? second : seconds));
        }
        return String.join(sep, parts);
    }

    static <T> String joinEn(Collection<T> items, Function<T, String> name) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(name.apply(i)));
        return String.join(", ", out);
    }

    static <T> String joinZh(Collection<T> items, Function<T, String> name) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(name.apply(i)));
        return String.join("、", out);
    }

    static String en(ConsularService s) {
        return s.displayName(EN);
    }

    static String zh(ConsularService s) {
        return s.displayName(ZH);
    }

    static LocalizedText text(String en, String zh) {
        return LocalizedText.of(en, zh);
    }
}
