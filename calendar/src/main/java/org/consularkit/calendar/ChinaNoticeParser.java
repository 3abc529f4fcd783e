package org.consularkit.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.consularkit.calendar.internal.cn.NoticeParser;
import org.consularkit.core.DataFileException;
import org.consularkit.core.Source;

/**
 * Reads the text of a State Council holiday notice — as published on gov.cn, pasted from a web
 * page or copied from a PDF — into a {@link ChinaNotice}: its date rules, the year's {@link
 * ChinaSchedule} (or, for an amendment, the changes it makes), with the notice's title, document
 * number and date as its {@link Source}.
 *
 * <pre>{@code
 * ChinaNotice n = ChinaNoticeParser.read(Path.of("2027.txt"));
 * n.warnings().forEach(System.err::println);
 * ChinaSchedule s = n.schedule().orElseThrow();            // a yearly notice
 * ChinaHolidayCalendar cn = ChinaHolidays.calendar().withSchedule(s);
 * }</pre>
 *
 * <h2>What it reads</h2>
 * Every yearly notice since 2007 and the amendments of 2015 (Victory Day, issued by 国务院), 2019
 * (Labour Day) and 2020 (the COVID-19 extension of the Spring Festival):
 * <ul>
 *   <li>The text is normalised first: Unicode NFKC (full-width {@code ，：（）；} and ASCII forms
 *       read alike), white space dropped ({@code 一、 元旦}), Chinese-numeral dates read as dates
 *       ({@code 二〇〇六年十二月十四日}, with {@code 〇}, {@code ○} or {@code 零}).</li>
 *   <li>Head: lines of page furniture (索引号, 主题分类, 发文机关, 成文日期, 标题, 发文字号, 发布日期,
 *       来源, 【打印】, page numbers, {@code （此件公开发布）}); the title (国务院办公厅关于… or
 *       国务院关于…, on up to three lines: a title split across lines is joined); the document
 *       number ({@code 国办发明电〔2025〕7号}). A copy without a title line is cited by the title
 *       inferred from its first paragraph (with a warning).</li>
 *   <li>Preamble: everything up to the sentence that introduces the arrangements ({@code …通知如下。}
 *       or {@code …特作如下调休：}) is prose, including the 2025 statement of principles; it gives
 *       the year when the title does not.</li>
 *   <li>Items ({@code 一、} … at the start of a line, numbered in sequence; a heading may stand on a
 *       line of its own): the festivals of the heading (元旦, 春节, 清明节, 劳动节 or “五一”, 端午节,
 *       中秋节, 国庆节 or “十一”, several joined by 、 or 和), then sentences of date rules, every
 *       clause of which must be one of: {@code D至D放假调休}/{@code 放假公休}/{@code 放假}/{@code
 *       调休放假} (a range with {@code 至} or {@code —}), {@code D放假1天}, {@code 共N天} (checked
 *       against the range), {@code 与周末连休} (checked: next to a weekend), {@code 不调休}
 *       (checked: no make-up day), {@code D、D上班} (make-up working days, checked: Saturday or
 *       Sunday), {@code D补休}/{@code D调休} (a weekday off), the old long-sentence forms {@code
 *       其中D为法定节假日} (checked against the regulation), {@code D为公休日}, {@code D照常公休},
 *       {@code 将D、D两个公休日分别调至D、D}, and {@code 延长…假期至D}/{@code D起正常上班} (an
 *       extension). Words in brackets after a date are checked: the day of the week ({@code 星期六},
 *       {@code 周六}), the lunar date ({@code 农历除夕}, {@code 农历正月初七}, {@code 农历腊月二十八},
 *       {@code 农历清明当日}, {@code 即农历大年初一至初七} after a range) and festival names ({@code
 *       新年}). A date without a year is in the notice's year; a date without a month in the
 *       month of the date before it in the item. An advisory sentence ({@code 鼓励…}) is a note;
 *       a date it gives for 除夕 is checked. An item without any date (the 2019 and 2020
 *       amendments' items on travel, schools and pay) is a note.</li>
 *   <li>Closing: the paragraph after the last rule ({@code 节假日期间…}, {@code 调休放假期间…}); then
 *       the issuer ({@code 国务院办公厅} or {@code 国务院}, which must agree with the title) and the
 *       date, Arabic or Chinese numerals.</li>
 * </ul>
 *
 * <h2>Never a silent partial parse</h2>
 * Whatever the text, the parser returns a notice or throws a {@link DataFileException} naming the
 * source, the line and column (of the normalised line) and a short excerpt of the text, e.g. {@code
 * 2027.txt:9:1: expected a date rule of a holiday notice (…放假, …上班, …补休, 共N天, …), but was
 * "1月30日(周六)加班"}. It is an error when
 * <ul>
 *   <li>a clause of an item is not one of the forms above, or a date follows the closing
 *       paragraph;</li>
 *   <li>the text has no issuer and date at its end: a partial copy (such as a copy of the 2009
 *       notice that breaks off in item 六) is reported as partial and not read;</li>
 *   <li>a check fails: a day of the week or a lunar date in brackets, a count {@code 共N天}, a
 *       make-up working day that is not a Saturday or Sunday;</li>
 *   <li>the schedule contradicts the lunar calendar under the regulation in force that year
 *       (全国年节及纪念日放假办法, see {@link ChinaPublicHoliday#statutoryDays(int)}): a festival's block
 *       must contain its statutory days (a Spring Festival block from 2025 on contains 除夕 and the
 *       1st to 3rd day of the first lunar month), except one on a Saturday or Sunday inside or next
 *       to the block; and a yearly notice must have an item for every festival the regulation
 *       grants a day;</li>
 *   <li>the text is longer than {@value #MAX_CHARS} characters or, read from bytes, not UTF-8.</li>
 * </ul>
 * A notice for a year the calendar already has as official is not merged here: compare with
 * {@link ChinaSchedule#changesFrom(ChinaSchedule)} (the command line's {@code notice --check}
 * does) and use {@link ChinaHolidayCalendar#withSchedule(ChinaSchedule)} deliberately.
 *
 * <h2>Implementation Requirements</h2>
 * This class is a stateless utility and thread-safe.
 *
 * @since 0.1
 */
public final class ChinaNoticeParser {

    /** The longest text the parser reads, in characters: {@value} (1 Mi). */
    public static final int MAX_CHARS = NoticeParser.MAX_CHARS;

    private ChinaNoticeParser() {
    }

    /**
     * Reads the text of a notice.
     *
     * @param text the text, at most {@link #MAX_CHARS} characters, not null
     * @param sourceName the name used in messages, e.g. the file name, not null
     * @return the notice, not null
     * @throws DataFileException if the text is not a complete notice whose every date rule the
     *     parser can account for, or breaks a check (see the class documentation)
     */
    public static ChinaNotice parse(String text, String sourceName) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        return ChinaNotice.of(NoticeParser.parse(text, sourceName, null));
    }

    /**
     * Reads the text of a notice published at a known address, which its {@link
     * ChinaNotice#source()} then cites.
     *
     * @param text the text, at most {@link #MAX_CHARS} characters, not null
     * @param sourceName the name used in messages, not null
     * @param url the address of the notice, e.g. on www.gov.cn, an absolute http(s) URL, not null
     * @return the notice, not null
     * @throws DataFileException if the text is not a complete notice (see {@link #parse(String, String)})
     * @throws IllegalArgumentException if the URL is not absolute http(s)
     */
    public static ChinaNotice parse(String text, String sourceName, URI url) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(url, "url");
        if (!Source.isWebUrl(url)) {
            throw new IllegalArgumentException("Notice URL must be absolute http(s), but was " + url);
        }
        return ChinaNotice.of(NoticeParser.parse(text, sourceName, url));
    }

    /**
     * Reads a notice from a UTF-8 text file.
     *
     * @param file the file, not null
     * @return the notice, not null
     * @throws DataFileException if the file is not UTF-8, too long, or not a complete notice; the
     *     message names the file
     * @throws IOException if the file cannot be read
     */
    public static ChinaNotice read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads a notice from a stream of UTF-8 text, to its end; the stream is not closed.
     *
     * @param in the stream, not null
     * @param sourceName the name used in messages, e.g. {@code <stdin>}, not null
     * @return the notice, not null
     * @throws DataFileException if the text is not UTF-8, too long, or not a complete notice
     * @throws IOException if the stream cannot be read
     */
    public static ChinaNotice read(InputStream in, String sourceName) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        byte[] bytes = in.readNBytes(MAX_CHARS * 4 + 1);
        if (bytes.length > MAX_CHARS * 4) {
            throw new DataFileException(sourceName, "", 0, 0, "expected a notice of at most " + MAX_CHARS
                    + " characters, but the text is longer", null, null);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DataFileException(sourceName, "", 0, 0, "expected UTF-8 text", null, e);
        }
        return parse(text, sourceName);
    }
}
