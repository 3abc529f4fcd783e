package org.consularkit.calendar.internal.cn;

import java.net.URI;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.consularkit.calendar.ChinaPublicHoliday;
import org.consularkit.calendar.ChinaSchedule;
import org.consularkit.calendar.lunar.LunarDate;
import org.consularkit.calendar.lunar.SolarTerm;
import org.consularkit.core.DataFileException;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text of a State Council holiday notice (see {@code ChinaNoticeParser} for the rules it
 * enforces). One instance reads one text; it is not thread-safe and never shared.
 */
public final class NoticeParser {

    /** The longest text read, in characters: {@value}. */
    public static final int MAX_CHARS = 1 << 20;

    /** A placeholder for a list of dates in the shape of a clause. */
    private static final char LIST = '\uE000';
    /** A placeholder for a range of dates in the shape of a clause. */
    private static final char RANGE = '\uE001';

    private static final String NUMBER = "([0-9]+|[一二两三四五六七八九十]+)";
    private static final Pattern DAYS_OFF = Pattern.compile(
            "([" + LIST + RANGE + "])(全国)?(调休)?放假(调休|公休)?(" + NUMBER + "天)?");
    private static final Pattern COUNT = Pattern.compile("共" + NUMBER + "天");
    private static final Pattern WORK = Pattern.compile(LIST + "上班");
    private static final Pattern RESUME = Pattern.compile(LIST + "起(正常)?上班");
    private static final Pattern IN_LIEU = Pattern.compile(LIST + "(补休|调休)");
    private static final Pattern STATUTORY = Pattern.compile(LIST + "为[^" + LIST + RANGE + "]{0,12}法定(节)?假日");
    private static final Pattern WEEKEND = Pattern.compile(LIST + "(为公休日|照常公休)");
    private static final Pattern SWAP = Pattern.compile(LIST + "(两|" + NUMBER + ")?个?公休日(分别)?调至" + LIST);
    private static final Pattern EXTEND = Pattern.compile("延长([0-9]{4}年)?(春节|元旦|清明节|劳动节|端午节|中秋节|国庆节)假期至" + LIST);
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(国办发明电|国办发|国发明电|国发|国办函|国函)[〔\\[(【]([0-9]{4})[〕\\])】]第?([0-9]{1,4})号");
    private static final Pattern DATE_LINE = Pattern.compile("([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日");
    private static final Pattern YEAR = Pattern.compile("([0-9]{4})年");
    private static final Pattern SUBJECT_YEAR = Pattern.compile("(现将|延长|调整)([0-9]{4})年");
    private static final Pattern ARRANGEMENT_PREAMBLE = Pattern.compile("现将[0-9]{4}年.{0,80}放假(调休)?日期");
    private static final Pattern ADVISORY_DATE = Pattern.compile("(除夕|初一|春节|元旦)\\(([0-9]{1,2})月([0-9]{1,2})日\\)");
    private static final Pattern CLOSING = Pattern.compile("^(.{0,12}期间|各地区|各部门|各地|各单位|请各|要妥善).*");
    private static final Pattern HEADING = Pattern.compile("^([一二三四五六七八九十]{1,3})、");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–−]*[0-9]{1,3}[-—–−]*$|^第[0-9]{1,3}页(共[0-9]{1,3}页)?$");
    private static final Pattern FURNITURE = Pattern.compile(
            "^(索引号|主题分类|发文机关|成文日期|标题|发文字号|发布日期|来源|字号|【|\\[|打印|关闭|分享|责任编辑|"
                    + "\\(此件公开发布\\)|\\(此件不公开\\)|中华人民共和国中央人民政府|中国政府网|首页|>).*");

    /** The festival names of item headings and titles, longest first. */
    private static final Map<String, ChinaPublicHoliday> NAMES = names();

    private final String sourceName;
    private final @Nullable URI url;
    private final List<String> notes = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int year;

    private NoticeParser(String sourceName, @Nullable URI url) {
        this.sourceName = sourceName;
        this.url = url;
    }

    private static Map<String, ChinaPublicHoliday> names() {
        Map<String, ChinaPublicHoliday> m = new LinkedHashMap<>();
        m.put("中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日", ChinaPublicHoliday.VICTORY_DAY_2015);
        m.put("抗日战争暨世界反法西斯战争胜利70周年纪念日", ChinaPublicHoliday.VICTORY_DAY_2015);
        m.put("“五一”国际劳动节", ChinaPublicHoliday.LABOUR_DAY);
        m.put("\"五一\"国际劳动节", ChinaPublicHoliday.LABOUR_DAY);
        m.put("国际劳动节", ChinaPublicHoliday.LABOUR_DAY);
        m.put("劳动节", ChinaPublicHoliday.LABOUR_DAY);
        m.put("“五一”", ChinaPublicHoliday.LABOUR_DAY);
        m.put("\"五一\"", ChinaPublicHoliday.LABOUR_DAY);
        m.put("“十一”", ChinaPublicHoliday.NATIONAL_DAY);
        m.put("\"十一\"", ChinaPublicHoliday.NATIONAL_DAY);
        m.put("国庆节", ChinaPublicHoliday.NATIONAL_DAY);
        m.put("元旦", ChinaPublicHoliday.NEW_YEARS_DAY);
        m.put("春节", ChinaPublicHoliday.SPRING_FESTIVAL);
        m.put("清明节", ChinaPublicHoliday.QINGMING);
        m.put("端午节", ChinaPublicHoliday.DRAGON_BOAT);
        m.put("中秋节", ChinaPublicHoliday.MID_AUTUMN);
        return m;
    }

    //-----------------------------------------------------------------------
    /**
     * The result of reading a notice.
     *
     * @param year the year the notice is for
     * @param amendment true for a notice that changes a year already arranged
     * @param issuer {@code 国务院办公厅} or {@code 国务院}
     * @param title the title, from the text or inferred
     * @param titleInferred true when the text has no title line
     * @param documentNumber the document number, when the text gives it
     * @param date the date of the notice
     * @param source the citation of the notice
     * @param items the date rules, in order
     * @param notes the items and sentences that are not date rules
     * @param warnings what the reader should know
     * @param schedule the year's schedule, for a notice that is not an amendment
     */
    public record Result(int year, boolean amendment, String issuer, String title, boolean titleInferred,
            Optional<String> documentNumber, LocalDate date, Source source, List<Item> items, List<String> notes,
            List<String> warnings, Optional<ChinaSchedule> schedule) {
    }

    /**
     * One date rule of a notice.
     *
     * @param line the line of its item heading or first sentence
     * @param festivals the festivals it is for
     * @param extension true for an extension of a block to its last day off ({@code daysOff} then
     *     holds that day only)
     * @param daysOff the days off
     * @param makeupWorkdays the make-up working days
     */
    public record Item(int line, List<ChinaPublicHoliday> festivals, boolean extension,
            NavigableSet<LocalDate> daysOff, NavigableSet<LocalDate> makeupWorkdays) {
    }

    /**
     * Reads the text of a notice.
     *
     * @param text the text, not null
     * @param sourceName the name for messages
     * @param url the URL of the notice, or null
     * @return the result
     * @throws DataFileException if the text is not a complete notice that the reader can account for
     */
    public static Result parse(String text, String sourceName, @Nullable URI url) {
        if (text.length() > MAX_CHARS) {
            throw new DataFileException(sourceName, "", 0, 0, "expected a notice of at most " + MAX_CHARS
                    + " characters, but the text has " + text.length(), null, null);
        }
        return new NoticeParser(sourceName, url).read(text);
    }

    //-----------------------------------------------------------------------
    private DataFileException fail(NoticeText at, int index, String expected) {
        return fail(at, index, expected, at.text().substring(Math.min(Math.max(index, 0), at.length())));
    }

    private DataFileException fail(NoticeText at, int index, String expected, String value) {
        return new DataFileException(sourceName, "", at.lineAt(index), at.columnAt(index), expected,
                quote(value), null);
    }

    private DataFileException fail(int line, String expected, @Nullable String value) {
        return new DataFileException(sourceName, "", line, 0, expected, value == null ? null : quote(value), null);
    }

    private static String quote(String value) {
        return "\"" + DataFileException.shorten(value, DataFileException.MAX_EXCERPT - 2) + "\"";
    }

    private Result read(String raw) {
        List<NoticeText> lines = NoticeText.lines(raw);
        if (lines.isEmpty()) {
            throw new DataFileException(sourceName, "", 0, 0, "expected the text of a State Council holiday notice",
                    "empty", null);
        }
        // Header: page furniture, title, document number.
        @Nullable String title = null;
        int titleLine = 0;
        @Nullable String documentNumber = null;
        @Nullable LocalDate metaDate = null;
        @Nullable String metaTitle = null;
        List<String> ignored = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            NoticeText line = lines.get(i);
            String s = line.text();
            if (isFurniture(s)) {
                Matcher dn = DOCUMENT_NUMBER.matcher(s);
                if (s.startsWith("发文字号") && dn.find()) {
                    documentNumber = documentNumber(dn);
                }
                Matcher dl = DATE_LINE.matcher(s);
                if (s.startsWith("成文日期") && dl.find()) {
                    metaDate = date(dl, line, dl.start());
                }
                if (s.startsWith("标题:") && s.length() > 3 && s.endsWith("通知")) {
                    metaTitle = s.substring(3);
                }
                ignored.add(line.line() + " (" + DataFileException.shorten(s, 40) + ")");
                i++;
                continue;
            }
            if (title == null && s.startsWith("国务院") && s.contains("关于")) {
                StringBuilder t = new StringBuilder(s);
                int k = i;
                while (!t.toString().endsWith("通知") && k + 1 < lines.size() && k - i < 2) {
                    k++;
                    t.append(lines.get(k).text());
                }
                if (!t.toString().endsWith("通知")) {
                    throw fail(line, 0, "expected a title ending with 通知 (notice), on at most three lines");
                }
                title = t.toString().replace(".", "");
                titleLine = line.line();
                i = k + 1;
                continue;
            }
            Matcher dn = DOCUMENT_NUMBER.matcher(s);
            if (documentNumber == null && dn.matches()) {
                documentNumber = documentNumber(dn);
                i++;
                continue;
            }
            break;
        }
        // Footer: issuer and date, then page furniture.
        int j = lines.size() - 1;
        int footer = ignored.size();
        while (j >= i && isFurniture(lines.get(j).text())) {
            ignored.add(footer, lines.get(j).line() + " (" + DataFileException.shorten(lines.get(j).text(), 40) + ")");
            j--;
        }
        if (!ignored.isEmpty()) {
            warnings.add(sourceName + ": " + (ignored.size() == 1 ? "line " : "lines ") + String.join(", ", ignored)
                    + " ignored as page furniture");
        }
        @Nullable LocalDate date = null;
        @Nullable String issuer = null;
        if (j >= i) {
            NoticeText last = lines.get(j);
            Matcher m = DATE_LINE.matcher(last.text());
            if (m.matches()) {
                date = date(m, last, 0);
                j--;
            } else if (last.text().startsWith("国务院") && m.find() && m.end() == last.length()) {
                String who = last.text().substring(0, m.start());
                if (who.equals("国务院办公厅") || who.equals("国务院")) {
                    date = date(m, last, m.start());
                    issuer = who;
                    j--;
                }
            }
        }
        if (issuer == null && date != null && j >= i) {
            String s = lines.get(j).text();
            if (s.equals("国务院办公厅") || s.equals("国务院")) {
                issuer = s;
                j--;
            }
        }
        List<NoticeText> bodyLines = lines.subList(i, j + 1);
        if (issuer == null || date == null) {
            throw partial(lines, i);
        }
        if (bodyLines.isEmpty()) {
            throw fail(lines.get(i).line(), "expected the body of a notice between its "
                    + "title and its signature", null);
        }
        if (metaDate != null && !metaDate.equals(date)) {
            throw fail(lines.get(lines.size() - 1).line(), "expected the date of the notice to agree with the page's "
                    + "成文日期 " + metaDate, date.toString());
        }
        if (title != null) {
            String expectedIssuer = title.startsWith("国务院办公厅") ? "国务院办公厅" : "国务院";
            if (!expectedIssuer.equals(issuer)) {
                throw fail(lines.get(j + 1).line(), "expected the signature of the issuer named by the title ("
                        + expectedIssuer + ")", issuer);
            }
        }
        if (title == null && metaTitle != null) {
            title = metaTitle;
        }
        NoticeText body = NoticeText.join(bodyLines);
        return body(body, title, titleLine, issuer, documentNumber, date);
    }

    private static boolean isFurniture(String s) {
        return FURNITURE.matcher(s).matches() || PAGE_NUMBER.matcher(s).matches();
    }

    private static String documentNumber(Matcher m) {
        return m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + "号";
    }

    private LocalDate date(Matcher m, NoticeText at, int index) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw fail(at, index, "expected a valid date", m.group());
        }
    }

    /** The error for a text without signature and date: a partial copy, or text after the date. */
    private DataFileException partial(List<NoticeText> lines, int bodyStart) {
        for (int k = bodyStart; k + 1 < lines.size(); k++) {
            String s = lines.get(k).text();
            if ((s.equals("国务院办公厅") || s.equals("国务院")) && DATE_LINE.matcher(lines.get(k + 1).text()).matches()
                    && k + 2 < lines.size()) {
                NoticeText after = lines.get(k + 2);
                return fail(after, 0, "expected nothing after the signature and the date of the notice");
            }
        }
        NoticeText last = lines.get(lines.size() - 1);
        String where = "";
        for (int k = lines.size() - 1; k >= bodyStart; k--) {
            Matcher h = HEADING.matcher(lines.get(k).text());
            if (h.find()) {
                where = " in item " + h.group(1);
                break;
            }
        }
        return fail(last, 0, "expected a complete notice, ending with its closing paragraph, the issuer's signature "
                + "(国务院办公厅 or 国务院) and the date (this partial copy breaks off" + where + "; it is not read)",
                last.text());
    }

    //-----------------------------------------------------------------------
    private Result body(NoticeText body, @Nullable String titleText, int titleLine, String issuer,
            @Nullable String documentNumber, LocalDate date) {
        String s = body.text();
        int introduced = s.indexOf("如下");
        if (introduced < 0) {
            throw fail(body, 0, "expected the sentence that introduces the arrangements (…通知如下)");
        }
        int k = introduced + 2;
        int limit = Math.min(s.length(), k + 4);
        while (k < limit && !body.startsLine(k) && Character.isIdeographic(s.charAt(k))) {
            k++;
        }
        if (k < s.length() && (s.charAt(k) == '。' || s.charAt(k) == ':')) {
            k++;
        }
        String preamble = s.substring(0, k);
        // The year and the kind of notice.
        Matcher ty = titleText == null ? null : YEAR.matcher(titleText);
        Matcher sy = SUBJECT_YEAR.matcher(preamble);
        Matcher py = YEAR.matcher(preamble);
        if (ty != null && ty.find()) {
            year = Integer.parseInt(ty.group(1));
        } else if (sy.find()) {
            year = Integer.parseInt(sy.group(2));
        } else if (py.find()) {
            year = Integer.parseInt(py.group(1));
        } else {
            throw fail(body, 0, "expected the year of the notice in its title or its first paragraph");
        }
        if (year < ChinaSchedule.FIRST_YEAR || year > ChinaSchedule.LAST_YEAR) {
            throw fail(titleLine > 0 ? titleLine : body.line(), "expected a notice for a year from "
                    + ChinaSchedule.FIRST_YEAR + " to " + ChinaSchedule.LAST_YEAR, Integer.toString(year));
        }
        boolean amendment = titleText != null ? !titleText.contains("部分节假日安排")
                : !ARRANGEMENT_PREAMBLE.matcher(preamble).find();
        String title;
        boolean inferred = titleText == null;
        if (titleText != null) {
            title = titleText;
        } else if (!amendment) {
            title = issuer + "关于" + year + "年部分节假日安排的通知";
        } else {
            int from = preamble.lastIndexOf("现将");
            int to = preamble.indexOf("通知如下", Math.max(from, 0));
            String subject = from >= 0 && to > from ? preamble.substring(from + 2, to) : "";
            subject = subject.endsWith("的具体安排") ? subject.substring(0, subject.length() - 5)
                    : subject.endsWith("具体安排") ? subject.substring(0, subject.length() - 4) : subject;
            if (subject.isEmpty()) {
                throw fail(body, 0, "expected a title line, or a sentence 现将…通知如下 that names the subject of "
                        + "the notice");
            }
            title = issuer + "关于" + subject + "的通知";
        }
        if (inferred) {
            warnings.add(sourceName + ": the text has no title line; the notice is cited as " + title);
        }
        if (documentNumber == null) {
            warnings.add(sourceName + ": the text has no document number (发文字号); the citation leaves it out");
        }
        if (date.getYear() < year - 1 || date.getYear() > year) {
            warnings.add(sourceName + ": the notice is dated " + date + ", not in the year before or the year it is for ("
                    + year + ")");
        }
        Set<ChinaPublicHoliday> subject = festivalsNamedIn(titleText != null ? titleText : preamble);
        StringBuilder citation = new StringBuilder(title).append('（');
        if (documentNumber != null) {
            citation.append(documentNumber).append('，');
        }
        citation.append(date.getYear()).append('年').append(date.getMonthValue()).append('月')
                .append(date.getDayOfMonth()).append("日）");
        Source source = url == null ? Source.of(SourceType.NOTICE, citation.toString())
                : Source.of(SourceType.NOTICE, citation.toString(), url);

        List<Item> items = rules(body, k, amendment, subject);
        Optional<ChinaSchedule> schedule = Optional.empty();
        if (!amendment) {
            schedule = Optional.of(schedule(items, source, body));
        } else {
            for (Item it : items) {
                if (!it.extension()) {
                    checkStatutory(it);
                }
            }
        }
        return new Result(year, amendment, issuer, title, inferred, Optional.ofNullable(documentNumber), date, source,
                List.copyOf(items), List.copyOf(notes), List.copyOf(warnings), schedule);
    }

    private static Set<ChinaPublicHoliday> festivalsNamedIn(String text) {
        Set<ChinaPublicHoliday> out = EnumSet.noneOf(ChinaPublicHoliday.class);
        String rest = text;
        for (Map.Entry<String, ChinaPublicHoliday> e : NAMES.entrySet()) {
            if (rest.contains(e.getKey())) {
                out.add(e.getValue());
                rest = rest.replace(e.getKey(), " ");
            }
        }
        return out;
    }

    //-----------------------------------------------------------------------
    /** An item of the notice: its heading number (0 for none), festivals and text. */
    private record Segment(int number, List<ChinaPublicHoliday> festivals, NoticeText text, int headingIndex) {
    }

    private List<Segment> segments(NoticeText body, int from) {
        List<Segment> out = new ArrayList<>();
        String s = body.text();
        int expected = 1;
        int start = from;
        int number = 0;
        List<ChinaPublicHoliday> festivals = List.of();
        int headingIndex = from;
        for (int p = from; p <= s.length(); p++) {
            int[] heading = p < s.length() && body.startsLine(p) ? heading(s, p, expected) : null;
            if (p == s.length() || heading != null) {
                NoticeText text = body.sub(start, p);
                if (number > 0 || !text.isEmpty()) {
                    out.add(new Segment(number, festivals, text, headingIndex));
                }
                if (heading == null) {
                    break;
                }
                number = expected;
                expected++;
                headingIndex = p;
                start = heading[0];
                festivals = headingFestivals(s.substring(p, heading[0]));
                p = heading[0] - 1;
            }
        }
        if (out.size() > 1 && out.get(0).number() == 0) {
            Segment first = out.get(0);
            throw fail(first.text(), 0, "expected item 一 right after the sentence that introduces the arrangements");
        }
        return out;
    }

    /** Returns {end of heading} if an item heading with the expected number starts at p, else null. */
    private static int @Nullable [] heading(String s, int p, int expected) {
        int q = p;
        while (q < s.length() && q - p < 3 && NoticeText.isChineseNumeral(s.charAt(q))) {
            q++;
        }
        if (q == p || q >= s.length() || s.charAt(q) != '、' || NoticeText.smallNumber(s.substring(p, q)) != expected) {
            return null;
        }
        q++;
        int afterNumber = q;
        boolean any = false;
        while (true) {
            String name = nameAt(s, q);
            if (name == null) {
                break;
            }
            any = true;
            q += name.length();
            if (q < s.length() && (s.charAt(q) == '、' || s.charAt(q) == '和' || s.charAt(q) == '及')
                    && nameAt(s, q + 1) != null) {
                q++;
            }
        }
        if (any && q < s.length() && s.charAt(q) == ':') {
            return new int[] {q + 1};
        }
        if (any && q < s.length() && Character.isDigit(s.charAt(q))) {
            return new int[] {q};
        }
        return new int[] {afterNumber};
    }

    private static @Nullable String nameAt(String s, int q) {
        for (String name : NAMES.keySet()) {
            if (s.startsWith(name, q)) {
                return name;
            }
        }
        return null;
    }

    private static List<ChinaPublicHoliday> headingFestivals(String heading) {
        int q = heading.indexOf('、') + 1;
        List<ChinaPublicHoliday> out = new ArrayList<>();
        while (q < heading.length()) {
            String name = nameAt(heading, q);
            if (name == null) {
                q++;
                continue;
            }
            ChinaPublicHoliday f = NAMES.get(name);
            if (f != null && !out.contains(f)) {
                out.add(f);
            }
            q += name.length();
        }
        return out;
    }

    //-----------------------------------------------------------------------
    /** What the sentences of one item add up to. */
    private static final class ItemBuilder {
        final int line;
        final String label;
        final List<ChinaPublicHoliday> festivals;
        final NavigableSet<LocalDate> daysOff = new TreeSet<>();
        final NavigableSet<LocalDate> makeup = new TreeSet<>();
        @Nullable LocalDate extendTo;
        @Nullable LocalDate resume;
        /** The festival an extension names, for an item whose heading names none. */
        @Nullable ChinaPublicHoliday extended;
        boolean noMakeup;
        int month;
        /** The position of the last group of days off, for 共N天 and 与周末连休. */
        @Nullable NavigableSet<LocalDate> lastGroup;

        ItemBuilder(int line, String label, List<ChinaPublicHoliday> festivals) {
            this.line = line;
            this.label = label;
            this.festivals = festivals;
        }

        boolean isEmpty() {
            return daysOff.isEmpty() && makeup.isEmpty() && extendTo == null;
        }
    }

    private List<Item> rules(NoticeText body, int from, boolean amendment, Set<ChinaPublicHoliday> subject) {
        List<Segment> segments = segments(body, from);
        if (segments.isEmpty()) {
            throw fail(body, body.length() - 1, "expected the arrangements after the sentence that introduces them");
        }
        List<Item> items = new ArrayList<>();
        boolean closing = false;
        for (int n = 0; n < segments.size(); n++) {
            Segment seg = segments.get(n);
            boolean last = n == segments.size() - 1;
            NoticeText text = seg.text();
            String label = seg.number() == 0 ? "the arrangement" : "item " + numeral(seg.number());
            List<NoticeText> sentences = sentences(text);
            boolean hasDate = sentences.stream().anyMatch(t -> containsDate(t.text()));
            List<ChinaPublicHoliday> festivals = seg.festivals();
            if (closing) {
                if (hasDate) {
                    throw fail(text, 0, "expected no date rule after the closing paragraph");
                }
                notes.add("line " + text.line() + ": " + text.text());
                continue;
            }
            if (festivals.isEmpty()) {
                if (!hasDate) {
                    notes.add("line " + text.line() + ": " + (seg.number() > 0 ? numeral(seg.number()) + "、" : "")
                            + text.text());
                    continue;
                }
                if (!amendment) {
                    throw fail(body, seg.headingIndex(), "expected an item that names its festival (元旦, 春节, 清明节, "
                            + "劳动节, 端午节, 中秋节, 国庆节)");
                }
                festivals = List.copyOf(subject);
                if (festivals.isEmpty() && !sentences.isEmpty() && sentences.get(0).text().contains("延长")) {
                    festivals = List.of();
                } else if (festivals.size() != 1) {
                    throw fail(body, seg.headingIndex(), "expected an amendment whose title names the one festival "
                            + "it changes");
                }
            }
            ItemBuilder item = new ItemBuilder(body.lineAt(seg.headingIndex()), label, festivals);
            for (NoticeText sentence : sentences) {
                String st = sentence.text();
                if (st.startsWith("鼓励")) {
                    advisory(sentence);
                    continue;
                }
                if (!containsDate(st) && !item.isEmpty() && (last || seg.number() == 0)
                        && CLOSING.matcher(st).matches()) {
                    closing = true;
                    continue;
                }
                if (closing) {
                    if (containsDate(st)) {
                        throw fail(sentence, 0, "expected no date rule after the closing paragraph");
                    }
                    continue;
                }
                sentence(sentence, item);
            }
            items.add(finish(item, sentences.isEmpty() ? text : sentences.get(0)));
        }
        if (items.isEmpty()) {
            throw fail(body, from, "expected at least one date rule after the sentence that introduces them");
        }
        return items;
    }

    private static String numeral(int n) {
        String d = "〇一二三四五六七八九";
        if (n <= 10) {
            return n == 10 ? "十" : String.valueOf(d.charAt(n));
        }
        return (n / 10 == 1 ? "" : String.valueOf(d.charAt(n / 10))) + "十" + (n % 10 == 0 ? "" : d.charAt(n % 10));
    }

    /** Splits a text into sentences at 。 outside brackets, dropping empty ones. */
    private static List<NoticeText> sentences(NoticeText text) {
        return split(text, "。");
    }

    private static List<NoticeText> split(NoticeText text, String separators) {
        List<NoticeText> out = new ArrayList<>();
        String s = text.text();
        int depth = 0;
        int start = 0;
        for (int p = 0; p <= s.length(); p++) {
            char c = p < s.length() ? s.charAt(p) : '\0';
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
            if (p == s.length() || (depth == 0 && separators.indexOf(c) >= 0)) {
                NoticeText part = text.sub(start, p);
                if (!part.isEmpty()) {
                    out.add(part);
                }
                start = p + 1;
            }
        }
        return out;
    }

    private static boolean containsDate(String s) {
        for (int p = 0; p < s.length(); p++) {
            if (s.charAt(p) == '日' && p > 0 && Character.isDigit(s.charAt(p - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Checks the dates an advisory sentence (鼓励…) gives for a lunar day, and keeps it as a note. */
    private void advisory(NoticeText sentence) {
        Matcher m = ADVISORY_DATE.matcher(sentence.text());
        while (m.find()) {
            LocalDate d;
            try {
                d = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                throw fail(sentence, m.start(2), "expected a valid date", m.group());
            }
            String problem = lunarProblem(d, "农历" + m.group(1));
            if (problem != null) {
                throw fail(sentence, m.start(), problem, m.group());
            }
        }
        notes.add("line " + sentence.line() + ": " + sentence.text() + "。");
    }

    //-----------------------------------------------------------------------
    /** A date of a clause and its bracket. */
    private record DateToken(LocalDate date, int index, @Nullable String annotation, int annotationIndex) {
    }

    /** A group of dates in a clause: a list (一、二) or a range (一至二). */
    private record Group(boolean range, List<DateToken> dates) {
        NavigableSet<LocalDate> all() {
            NavigableSet<LocalDate> out = new TreeSet<>();
            if (range) {
                for (LocalDate d = dates.get(0).date(); !d.isAfter(dates.get(1).date()); d = d.plusDays(1)) {
                    out.add(d);
                }
            } else {
                dates.forEach(t -> out.add(t.date()));
            }
            return out;
        }
    }

    private void sentence(NoticeText sentence, ItemBuilder item) {
        int[] context = {year, item.month};
        item.lastGroup = null;
        for (NoticeText clause : split(sentence, ",;:")) {
            clause(clause, item, context);
        }
        item.month = context[1];
    }

    private void clause(NoticeText clause, ItemBuilder item, int[] context) {
        String s = clause.text();
        int offset = 0;
        for (String prefix : new String[] {"其中", "将", "并"}) {
            if (s.startsWith(prefix, offset)) {
                offset += prefix.length();
            }
        }
        // The shape: dates replaced by groups.
        StringBuilder shape = new StringBuilder();
        List<Integer> shapeIndex = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        List<DateToken> pending = new ArrayList<>();
        boolean pendingRange = false;
        int p = offset;
        while (p < s.length()) {
            DateToken t = Character.isDigit(s.charAt(p)) ? dateAt(clause, p, context) : null;
            if (t == null) {
                if (!pending.isEmpty() && (s.charAt(p) == '、') && p + 1 < s.length()
                        && Character.isDigit(s.charAt(p + 1)) && !pendingRange) {
                    p++;
                    continue;
                }
                if (!pending.isEmpty() && isRangeMark(s.charAt(p)) && p + 1 < s.length()
                        && Character.isDigit(s.charAt(p + 1)) && pending.size() == 1 && !pendingRange) {
                    pendingRange = true;
                    p++;
                    continue;
                }
                if (!pending.isEmpty()) {
                    flush(clause, groups, pending, pendingRange, shape, shapeIndex);
                    pendingRange = false;
                }
                shape.append(s.charAt(p));
                shapeIndex.add(p);
                p++;
                continue;
            }
            pending.add(t);
            int end = t.annotation() == null ? endOfDate(s, p) : t.annotationIndex() + t.annotation().length() + 1;
            p = end;
            if (pendingRange) {
                flush(clause, groups, pending, true, shape, shapeIndex);
                pendingRange = false;
            }
        }
        if (!pending.isEmpty()) {
            flush(clause, groups, pending, pendingRange, shape, shapeIndex);
        }
        String sh = shape.toString();
        if (sh.isEmpty()) {
            return;
        }
        Matcher daysOff = DAYS_OFF.matcher(sh);
        Matcher count = COUNT.matcher(sh);
        Matcher extend = EXTEND.matcher(sh);
        if (daysOff.matches()) {
            Matcher m = daysOff;
            Group g = groups.get(0);
            NavigableSet<LocalDate> days = g.all();
            if (m.group(6) != null) {
                checkCount(clause, shapeIndex.get(m.start(6)), m.group(6), days);
            }
            item.daysOff.addAll(days);
            item.lastGroup = days;
        } else if (count.matches()) {
            Matcher m = count;
            if (item.lastGroup == null) {
                throw fail(clause, offset, "expected 共N天 right after the days off it counts");
            }
            checkCount(clause, offset, m.group(1), item.lastGroup);
        } else if (sh.equals("与周末连休")) {
            NavigableSet<LocalDate> g = item.lastGroup;
            if (g == null || !(ChinaOccurrences.isWeekend(g.first().minusDays(1))
                    || ChinaOccurrences.isWeekend(g.last().plusDays(1)))) {
                throw fail(clause, offset, "expected 与周末连休 (joined to the weekend) right after a day off next to a "
                        + "Saturday or Sunday");
            }
        } else if (sh.equals("不调休")) {
            item.noMakeup = true;
        } else if (WORK.matcher(sh).matches() && !groups.get(0).range()) {
            for (DateToken t : groups.get(0).dates()) {
                if (!ChinaOccurrences.isWeekend(t.date())) {
                    throw fail(clause, t.index(), "expected a make-up working day (上班) on a Saturday or Sunday ("
                            + t.date() + " is a " + dayName(t.date()) + ")");
                }
                item.makeup.add(t.date());
            }
        } else if (RESUME.matcher(sh).matches() && groups.get(0).dates().size() == 1) {
            item.resume = groups.get(0).dates().get(0).date();
        } else if (IN_LIEU.matcher(sh).matches() && !groups.get(0).range()) {
            for (DateToken t : groups.get(0).dates()) {
                if (ChinaOccurrences.isWeekend(t.date())) {
                    throw fail(clause, t.index(), "expected a day in lieu (补休, 调休) on a weekday (" + t.date()
                            + " is a " + dayName(t.date()) + ")");
                }
                item.daysOff.add(t.date());
            }
        } else if (STATUTORY.matcher(sh).matches() && !groups.get(0).range()) {
            for (DateToken t : groups.get(0).dates()) {
                boolean ok = false;
                for (ChinaPublicHoliday f : item.festivals) {
                    ok |= ChinaOccurrences.holidayDays(f, year).contains(t.date());
                }
                if (!ok) {
                    throw fail(clause, t.index(), "expected a statutory day of " + names(item.festivals)
                            + " under the regulation in force in " + year + " (" + regulation() + ")",
                            t.date().toString());
                }
            }
        } else if (WEEKEND.matcher(sh).matches() && !groups.get(0).range()) {
            for (DateToken t : groups.get(0).dates()) {
                if (!ChinaOccurrences.isWeekend(t.date())) {
                    throw fail(clause, t.index(), "expected a Saturday or Sunday (公休日) (" + t.date() + " is a "
                            + dayName(t.date()) + ")");
                }
            }
        } else if (SWAP.matcher(sh).matches() && groups.size() == 2 && !groups.get(0).range()
                && !groups.get(1).range()) {
            List<DateToken> from = groups.get(0).dates();
            List<DateToken> to = groups.get(1).dates();
            if (from.size() != to.size()) {
                throw fail(clause, offset, "expected as many weekdays as weekend days swapped (" + from.size() + " and "
                        + to.size() + ")");
            }
            for (DateToken t : from) {
                if (!ChinaOccurrences.isWeekend(t.date())) {
                    throw fail(clause, t.index(), "expected a Saturday or Sunday (公休日) (" + t.date() + " is a "
                            + dayName(t.date()) + ")");
                }
            }
            for (DateToken t : to) {
                if (ChinaOccurrences.isWeekend(t.date())) {
                    throw fail(clause, t.index(), "expected a weekday to swap a weekend day to (" + t.date() + " is a "
                            + dayName(t.date()) + ")");
                }
                item.daysOff.add(t.date());
            }
        } else if (extend.matches() && groups.get(0).dates().size() == 1) {
            Matcher m = extend;
            ChinaPublicHoliday f = NAMES.get(m.group(2));
            if (f == null) {
                throw fail(clause, offset, "expected a festival name");
            }
            if (!item.festivals.isEmpty() && !item.festivals.contains(f)) {
                throw fail(clause, offset, "expected the festival the amendment is about (" + names(item.festivals) + ")");
            }
            item.extendTo = groups.get(0).dates().get(0).date();
            item.extended = f;
        } else {
            throw fail(clause, offset, "expected a date rule of a holiday notice (…放假, …上班, …补休, 共N天, …)",
                    s.substring(offset));
        }
    }

    private static boolean isRangeMark(char c) {
        return c == '至' || c == '—' || c == '–' || c == '-' || c == '~' || c == '〜' || c == '到';
    }

    private void flush(NoticeText clause, List<Group> groups, List<DateToken> pending, boolean range,
            StringBuilder shape, List<Integer> shapeIndex) {
        if (range && pending.size() != 2) {
            throw fail(clause, pending.get(0).index(), "expected a range of two dates (…至…)");
        }
        if (!range) {
            for (DateToken t : pending) {
                if (t.annotation() != null && t.annotation().startsWith("即")) {
                    throw fail(clause, t.annotationIndex(), "expected 即… only after the end of a range",
                            t.annotation());
                }
            }
        }
        Group g = new Group(range, List.copyOf(pending));
        if (range) {
            DateToken a = pending.get(0);
            DateToken b = pending.get(1);
            if (b.date().isBefore(a.date())) {
                throw fail(clause, b.index(), "expected a range that does not end before it starts",
                        a.date() + "至" + b.date());
            }
            if (b.annotation() != null && b.annotation().startsWith("即")) {
                rangeAnnotation(clause, a.date(), b);
            }
        }
        groups.add(g);
        shape.append(range ? RANGE : LIST);
        shapeIndex.add(pending.get(0).index());
        pending.clear();
    }

    private static int endOfDate(String s, int p) {
        int q = s.indexOf('日', p);
        return q < 0 ? s.length() : q + 1;
    }

    /**
     * Reads a date at p: {@code [YYYY年][M月]D日} and a bracket right after it; null if none starts there.
     * Updates the year and month context.
     */
    private @Nullable DateToken dateAt(NoticeText clause, int p, int[] context) {
        String s = clause.text();
        int q = p;
        int y = -1;
        int mo = -1;
        int[] num = number(s, q);
        if (num == null) {
            return null;
        }
        if (num[1] - q == 4 && num[1] < s.length() && s.charAt(num[1]) == '年') {
            y = num[0];
            q = num[1] + 1;
            num = number(s, q);
            if (num == null) {
                return null;
            }
        }
        if (num[1] < s.length() && s.charAt(num[1]) == '月') {
            mo = num[0];
            q = num[1] + 1;
            num = number(s, q);
            if (num == null) {
                return null;
            }
        }
        if (num[1] >= s.length() || s.charAt(num[1]) != '日' || num[1] - q > 2) {
            return null;
        }
        int day = num[0];
        int end = num[1] + 1;
        int yy = y >= 0 ? y : context[0];
        int mm = mo >= 0 ? mo : context[1];
        if (mo < 0 && mm <= 0) {
            throw fail(clause, p, "expected a date with its month (…月…日)", s.substring(p, end));
        }
        LocalDate d;
        try {
            d = LocalDate.of(yy, mm, day);
        } catch (DateTimeException e) {
            throw fail(clause, p, "expected a valid date", s.substring(p, end));
        }
        if (yy < year - 1 || yy > year + 1) {
            throw fail(clause, p, "expected a date in the years " + (year - 1) + "-" + (year + 1)
                    + " (the notice is for " + year + ")", s.substring(p, end));
        }
        context[0] = yy;
        context[1] = mm;
        @Nullable String annotation = null;
        int annotationIndex = -1;
        if (end < s.length() && s.charAt(end) == '(') {
            int close = s.indexOf(')', end);
            if (close < 0) {
                throw fail(clause, end, "expected a closing bracket");
            }
            annotation = s.substring(end + 1, close);
            annotationIndex = end + 1;
            if (!annotation.startsWith("即")) {
                annotate(clause, d, annotation, annotationIndex);
            }
        }
        return new DateToken(d, p, annotation, annotationIndex);
    }

    /** Reads up to four digits at q: {value, end}, or null; dateAt needs 年, 月 or 日 at end, not a fifth digit. */
    private static int @Nullable [] number(String s, int q) {
        int r = q;
        while (r < s.length() && r - q < 4 && s.charAt(r) >= '0' && s.charAt(r) <= '9') {
            r++;
        }
        if (r == q) {
            return null;
        }
        return new int[] {Integer.parseInt(s.substring(q, r)), r};
    }

    private void checkCount(NoticeText clause, int index, String count, NavigableSet<LocalDate> days) {
        int n = count.chars().allMatch(Character::isDigit) ? (count.length() > 3 ? -1 : Integer.parseInt(count))
                : count.equals("两") ? 2 : NoticeText.smallNumber(count);
        if (n != days.size()) {
            throw fail(clause, index, "expected 共N天 to count the days off " + days.first()
                    + (days.size() > 1 ? "/" + days.last() : "") + " (" + days.size() + ")", count + "天");
        }
    }

    //-----------------------------------------------------------------------
    /** Checks the words in brackets after a date: weekday, lunar date, festival. */
    private void annotate(NoticeText clause, LocalDate d, String annotation, int index) {
        int at = index;
        for (String part : annotation.split("[、,]", -1)) {
            String problem = annotationProblem(d, part);
            if (problem != null) {
                throw fail(clause, at, problem, part);
            }
            at += part.length() + 1;
        }
    }

    private static @Nullable String annotationProblem(LocalDate d, String part) {
        if (part.startsWith("星期") || part.startsWith("周")) {
            String w = part.substring(part.startsWith("星期") ? 2 : 1);
            int i = "一二三四五六日天".indexOf(w);
            if (w.length() != 1 || i < 0) {
                return "expected a day of the week (星期一…星期日, 周一…周日)";
            }
            DayOfWeek dow = DayOfWeek.of(Math.min(i + 1, 7));
            if (d.getDayOfWeek() != dow) {
                return "expected the day of the week of " + d + ", a " + dayName(d);
            }
            return null;
        }
        if (part.startsWith("农历")) {
            return lunarProblem(d, part);
        }
        String festival = part.replace("“", "").replace("”", "").replace("\"", "");
        String md = switch (festival) {
            case "新年", "元旦" -> "01-01";
            case "五一国际劳动节", "国际劳动节", "劳动节", "五一" -> "05-01";
            case "国庆节", "十一" -> "10-01";
            default -> "";
        };
        if (md.isEmpty()) {
            return "expected a day of the week, a lunar date (农历…) or a festival in brackets after a date";
        }
        if (!d.toString().endsWith(md)) {
            return "expected the date of the festival named in brackets";
        }
        return null;
    }

    /** Checks a lunar date (农历除夕, 农历正月初七, 农历腊月二十八, 农历清明当日, ...) against a date. */
    private static @Nullable String lunarProblem(LocalDate d, String part) {
        String l = part.startsWith("农历") ? part.substring(2) : part;
        if (l.endsWith("当日")) {
            l = l.substring(0, l.length() - 2);
        }
        try {
            if (l.equals("除夕")) {
                LunarDate next = LunarDate.from(d.plusDays(1));
                return next.month() == 1 && next.day() == 1 && !next.isLeapMonth() ? null
                        : "expected 除夕 (New Year's Eve) to be the day before the 1st of the 1st lunar month ("
                                + d + " is lunar " + LunarDate.from(d) + ")";
            }
            if (l.equals("清明")) {
                return SolarTerm.QINGMING.date(d.getYear()).equals(d) ? null
                        : "expected the day of the Qingming solar term (" + SolarTerm.QINGMING.date(d.getYear()) + ")";
            }
            int[] md = switch (l) {
                case "端午" -> new int[] {5, 5};
                case "中秋" -> new int[] {8, 15};
                case "大年初一", "春节" -> new int[] {1, 1};
                default -> lunarMonthDay(l);
            };
            if (md == null) {
                return "expected a lunar date (农历除夕, 农历正月初一, 农历腊月二十八, …)";
            }
            LunarDate ld = LunarDate.from(d);
            if (ld.month() != md[0] || ld.day() != md[1] || ld.isLeapMonth()) {
                return "expected the lunar date of " + d + ", which is lunar " + ld;
            }
            return null;
        } catch (DateTimeException e) {
            return "expected a date within the lunar calendar's years";
        }
    }

    /** Reads 正月初七, 腊月二十八, 12月廿八, 8月十五, ... as {month, day}; null if not such a date. */
    private static int @Nullable [] lunarMonthDay(String l) {
        int month;
        int rest;
        if (l.startsWith("正月")) {
            month = 1;
            rest = 2;
        } else if (l.startsWith("冬月")) {
            month = 11;
            rest = 2;
        } else if (l.startsWith("腊月")) {
            month = 12;
            rest = 2;
        } else {
            int m = l.indexOf('月');
            if (m <= 0) {
                return null;
            }
            String mt = l.substring(0, m);
            month = mt.chars().allMatch(Character::isDigit) && mt.length() <= 2 ? Integer.parseInt(mt)
                    : NoticeText.smallNumber(mt);
            rest = m + 1;
        }
        int day = lunarDay(l.substring(rest));
        return month >= 1 && month <= 12 && day >= 1 && day <= 30 ? new int[] {month, day} : null;
    }

    private static int lunarDay(String d) {
        if (d.startsWith("初")) {
            int v = NoticeText.smallNumber(d.substring(1));
            return v >= 1 && v <= 10 ? v : -1;
        }
        if (d.startsWith("廿")) {
            int v = d.length() == 1 ? 0 : NoticeText.smallNumber(d.substring(1));
            return v >= 0 && v <= 9 ? 20 + v : -1;
        }
        if (d.equals("卅")) {
            return 30;
        }
        int v = NoticeText.smallNumber(d);
        return v >= 11 && v <= 30 ? v : -1;
    }

    /** Checks {@code (即农历大年初一至初七)} after the end of a range. */
    private void rangeAnnotation(NoticeText clause, LocalDate start, DateToken end) {
        String a = java.util.Objects.requireNonNull(end.annotation());
        String body = a.substring(1);
        int to = body.indexOf('至');
        if (!body.startsWith("农历") || to < 0) {
            throw fail(clause, end.annotationIndex(), "expected a lunar range (即农历…至…)", a);
        }
        String first = body.substring(2, to);
        String last = body.substring(to + 1);
        if (first.equals("大年初一")) {
            first = "正月初一";
        }
        if (!last.contains("月") && first.contains("月")) {
            last = first.substring(0, first.indexOf('月') + 1) + last;
        }
        String p1 = lunarProblem(start, first);
        String p2 = p1 != null ? p1 : lunarProblem(end.date(), last);
        if (p2 != null) {
            throw fail(clause, end.annotationIndex(), p2, a);
        }
    }

    //-----------------------------------------------------------------------
    private Item finish(ItemBuilder item, NoticeText at) {
        List<ChinaPublicHoliday> festivals = item.festivals;
        ChinaPublicHoliday ext = item.extended;
        if (festivals.isEmpty() && ext != null) {
            festivals = List.of(ext);
        }
        if (festivals.isEmpty()) {
            throw fail(at, 0, "expected an item that names its festival");
        }
        if (item.extendTo != null) {
            LocalDate end = item.extendTo;
            if (!item.daysOff.isEmpty() || !item.makeup.isEmpty()) {
                throw fail(at, 0, "expected an extension (延长…至…) without other days off or make-up days in its item");
            }
            if (item.resume != null) {
                LocalDate next = end.plusDays(1);
                while (ChinaOccurrences.isWeekend(next)) {
                    next = next.plusDays(1);
                }
                if (!item.resume.equals(next)) {
                    throw fail(at, 0, "expected work to resume (起正常上班) on the first weekday after the extended "
                            + "holiday, " + next, item.resume.toString());
                }
            }
            NavigableSet<LocalDate> off = new TreeSet<>(List.of(end));
            return new Item(item.line, List.copyOf(festivals), true, off, new TreeSet<>());
        }
        if (item.resume != null) {
            throw fail(at, 0, "expected 起正常上班 (work resumes) only after an extension (延长…至…)");
        }
        if (item.daysOff.isEmpty()) {
            throw fail(at, 0, "expected " + item.label + " (" + names(festivals) + ") to give at least one day off");
        }
        if (item.noMakeup && !item.makeup.isEmpty()) {
            throw fail(at, 0, "expected no make-up working day in an item that says 不调休");
        }
        NavigableSet<LocalDate> off = new TreeSet<>(item.daysOff);
        for (LocalDate d = off.first(); d.isBefore(off.last()); d = d.plusDays(1)) {
            if (ChinaOccurrences.isWeekend(d) && !item.makeup.contains(d)) {
                off.add(d);
            }
        }
        for (LocalDate d : item.makeup) {
            if (off.contains(d)) {
                throw fail(at, 0, "expected a make-up working day that is not also a day off", d.toString());
            }
        }
        return new Item(item.line, List.copyOf(festivals), false, off, new TreeSet<>(item.makeup));
    }

    private ChinaSchedule schedule(List<Item> items, Source source, NoticeText body) {
        List<ChinaSchedule.Block> blocks = new ArrayList<>();
        Set<ChinaPublicHoliday> seen = EnumSet.noneOf(ChinaPublicHoliday.class);
        for (Item item : items) {
            if (item.extension()) {
                throw fail(item.line(), "expected a notice of a year's arrangements to give blocks, not an extension",
                        null);
            }
            for (ChinaPublicHoliday f : item.festivals()) {
                if (!seen.add(f)) {
                    throw fail(item.line(), "expected one item per festival (" + f.holidayCnName() + " has two)", null);
                }
            }
            checkStatutory(item);
            try {
                blocks.add(ChinaSchedule.Block.of(item.festivals(), item.daysOff(), item.makeupWorkdays()));
            } catch (IllegalArgumentException e) {
                throw fail(item.line(), "expected a valid block (" + e.getMessage() + ")", null);
            }
        }
        List<String> missing = new ArrayList<>();
        for (ChinaPublicHoliday f : ChinaPublicHoliday.values()) {
            if (f.isStatutory() && !f.statutoryDays(year).isEmpty() && !seen.contains(f)) {
                missing.add(f.holidayCnName());
            }
        }
        if (!missing.isEmpty()) {
            throw fail(body.lineAt(body.length() - 1), "expected an item for every holiday of the regulation in force in "
                    + year + " (" + regulation() + "); none for " + String.join("、", missing), null);
        }
        try {
            return ChinaSchedule.of(year, List.of(source), blocks);
        } catch (IllegalArgumentException e) {
            throw fail(items.get(0).line(), "expected a valid schedule (" + e.getMessage() + ")", null);
        }
    }

    /**
     * Checks that a block contains the statutory days of its festivals under the regulation in
     * force: each is a day off, or a Saturday or Sunday inside or next to the block.
     *
     * @param item the block's item
     */
    private void checkStatutory(Item item) {
        LocalDate from = ChinaOccurrences.reachBefore(item.daysOff().first());
        LocalDate to = ChinaOccurrences.reachAfter(item.daysOff().last());
        for (ChinaPublicHoliday f : item.festivals()) {
            for (LocalDate d : f.statutoryDays(year)) {
                boolean ok = item.daysOff().contains(d) || (ChinaOccurrences.isWeekend(d) && !d.isBefore(from)
                        && !d.isAfter(to) && !item.makeupWorkdays().contains(d));
                if (!ok) {
                    throw fail(item.line(), "expected the days off of " + f.holidayCnName() + " to contain its statutory "
                            + "days under the regulation in force in " + year + " (" + regulation() + "): "
                            + f.statutoryDays(year).stream().map(LocalDate::toString).collect(Collectors.joining(", "))
                            + "; " + d + lunarName(f, d) + " is not a day off", range(item.daysOff()));
                }
            }
        }
    }

    private static String lunarName(ChinaPublicHoliday f, LocalDate d) {
        if (f != ChinaPublicHoliday.SPRING_FESTIVAL) {
            return "";
        }
        try {
            LunarDate l = LunarDate.from(d);
            return l.month() == 12 ? " (除夕)" : " (正月初" + "一二三".charAt(Math.min(l.day(), 3) - 1) + ")";
        } catch (DateTimeException e) {
            return "";
        }
    }

    private static String range(NavigableSet<LocalDate> days) {
        return days.size() == 1 ? days.first().toString() : days.first() + "/" + days.last();
    }

    private String regulation() {
        return ChinaRegulation.of(year).statute().citation();
    }

    private static String names(List<ChinaPublicHoliday> festivals) {
        return festivals.stream().map(ChinaPublicHoliday::holidayCnName).collect(Collectors.joining("、"));
    }

    private static String dayName(LocalDate d) {
        String n = d.getDayOfWeek().name();
        return n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
