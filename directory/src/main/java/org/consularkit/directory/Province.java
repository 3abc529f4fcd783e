package org.consularkit.directory;

import java.util.Locale;
import java.util.Objects;
import org.consularkit.core.LocalizedText;

/**
 * A provincial-level division of mainland China (province, autonomous region or municipality),
 * identified by its ISO 3166-2:CN code: the 31 divisions served by the US Mission in China.
 *
 * <p>Since 2017-11-23 ISO 3166-2:CN uses two letters after {@code CN-} ({@code CN-SC} for
 * Sichuan); before, it used the two-digit GB/T 2260 codes ({@code CN-51}). {@link #of(String)}
 * accepts the current codes only and names the current code when given an old one. Hong Kong
 * ({@code CN-HK}), Macao ({@code CN-MO}) and Taiwan ({@code CN-TW}) have ISO 3166-2:CN codes but
 * are outside the Mission's consular districts (Hong Kong and Macao are served by the separate
 * U.S. Consulate General Hong Kong and Macau, per a third-party page,
 * <a href="https://app.bjtitle.com/8816/newshow.php?newsid=5690932&amp;typeid=91">bjtitle.com</a>, and
 * <a href="https://travel.state.gov/content/travel/en/legal-considerations/judicial/country/china.html">travel.state.gov</a>),
 * so they are not constants of this enum. Sources:
 * ISO 3166-2:CN as listed by <a href="https://handwiki.org/wiki/ISO_3166-2:CN">HandWiki</a> (with
 * the Online Browsing Platform's change of 2017-11-23) and
 * <a href="https://pt.frwiki.wiki/wiki/ISO_3166-2%3ACN">its old codes</a> (third-party copies).
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Province {
    /** Anhui, 安徽省. */
    AH("CN-AH", "34", "Anhui", "安徽省"),
    /** Beijing, 北京市. */
    BJ("CN-BJ", "11", "Beijing", "北京市"),
    /** Chongqing, 重庆市. */
    CQ("CN-CQ", "50", "Chongqing", "重庆市"),
    /** Fujian, 福建省. */
    FJ("CN-FJ", "35", "Fujian", "福建省"),
    /** Guangdong, 广东省. */
    GD("CN-GD", "44", "Guangdong", "广东省"),
    /** Gansu, 甘肃省. */
    GS("CN-GS", "62", "Gansu", "甘肃省"),
    /** Guangxi Zhuang Autonomous Region, 广西壮族自治区. */
    GX("CN-GX", "45", "Guangxi", "广西壮族自治区"),
    /** Guizhou, 贵州省. */
    GZ("CN-GZ", "52", "Guizhou", "贵州省"),
    /** Henan, 河南省. */
    HA("CN-HA", "41", "Henan", "河南省"),
    /** Hubei, 湖北省. */
    HB("CN-HB", "42", "Hubei", "湖北省"),
    /** Hebei, 河北省. */
    HE("CN-HE", "13", "Hebei", "河北省"),
    /** Hainan, 海南省. */
    HI("CN-HI", "46", "Hainan", "海南省"),
    /** Heilongjiang, 黑龙江省. */
    HL("CN-HL", "23", "Heilongjiang", "黑龙江省"),
    /** Hunan, 湖南省. */
    HN("CN-HN", "43", "Hunan", "湖南省"),
    /** Jilin, 吉林省. */
    JL("CN-JL", "22", "Jilin", "吉林省"),
    /** Jiangsu, 江苏省. */
    JS("CN-JS", "32", "Jiangsu", "江苏省"),
    /** Jiangxi, 江西省. */
    JX("CN-JX", "36", "Jiangxi", "江西省"),
    /** Liaoning, 辽宁省. */
    LN("CN-LN", "21", "Liaoning", "辽宁省"),
    /** Inner Mongolia Autonomous Region, 内蒙古自治区. */
    NM("CN-NM", "15", "Inner Mongolia", "内蒙古自治区"),
    /** Ningxia Hui Autonomous Region, 宁夏回族自治区. */
    NX("CN-NX", "64", "Ningxia", "宁夏回族自治区"),
    /** Qinghai, 青海省. */
    QH("CN-QH", "63", "Qinghai", "青海省"),
    /** Sichuan, 四川省. */
    SC("CN-SC", "51", "Sichuan", "四川省"),
    /** Shandong, 山东省. */
    SD("CN-SD", "37", "Shandong", "山东省"),
    /** Shanghai, 上海市. */
    SH("CN-SH", "31", "Shanghai", "上海市"),
    /** Shaanxi, 陕西省. */
    SN("CN-SN", "61", "Shaanxi", "陕西省"),
    /** Shanxi, 山西省. */
    SX("CN-SX", "14", "Shanxi", "山西省"),
    /** Tianjin, 天津市. */
    TJ("CN-TJ", "12", "Tianjin", "天津市"),
    /** Xinjiang Uygur Autonomous Region, 新疆维吾尔自治区. */
    XJ("CN-XJ", "65", "Xinjiang", "新疆维吾尔自治区"),
    /** Tibet (Xizang) Autonomous Region, 西藏自治区. */
    XZ("CN-XZ", "54", "Tibet (Xizang)", "西藏自治区"),
    /** Yunnan, 云南省. */
    YN("CN-YN", "53", "Yunnan", "云南省"),
    /** Zhejiang, 浙江省. */
    ZJ("CN-ZJ", "33", "Zhejiang", "浙江省");

    private final String code;
    private final String oldCode;
    private final LocalizedText name;

    Province(String code, String oldNumber, String english, String chinese) {
        this.code = code;
        this.oldCode = "CN-" + oldNumber;
        this.name = LocalizedText.of(english, chinese);
    }

    /**
     * Obtains a division from its ISO 3166-2:CN code, ignoring case and surrounding white space
     * ({@code "CN-SC"}, {@code "cn-sc"}).
     *
     * @param isoCode the ISO 3166-2:CN code, not null
     * @return the division, not null
     * @throws IllegalArgumentException if the code is Hong Kong's, Macao's or Taiwan's (outside
     *     the US Mission in China), a code in use before 2017 (the message names the current code),
     *     or no ISO 3166-2:CN code of a provincial-level division
     */
    public static Province of(String isoCode) {
        Objects.requireNonNull(isoCode, "isoCode");
        String c = isoCode.strip().toUpperCase(Locale.ROOT);
        for (Province p : values()) {
            if (p.code.equals(c)) {
                return p;
            }
        }
        switch (c) {
            case "CN-HK", "CN-91" -> throw outside(isoCode, "Hong Kong");
            case "CN-MO", "CN-92" -> throw outside(isoCode, "Macao");
            case "CN-TW", "CN-71" -> throw new IllegalArgumentException("'" + isoCode + "' (Taiwan) is outside the"
                    + " consular districts of the US Mission in China, which serves the 31 provincial-level divisions"
                    + " of mainland China");
            default -> {
                // not a region outside the districts: an old code or an unknown one
            }
        }
        for (Province p : values()) {
            if (p.oldCode.equals(c)) {
                throw new IllegalArgumentException("'" + isoCode + "' is the ISO 3166-2:CN code of "
                        + p.name.english() + " before 2017-11-23; use " + p.code);
            }
        }
        throw new IllegalArgumentException("Unknown ISO 3166-2:CN code '" + isoCode
                + "': expected CN- and two letters of one of the 31 mainland divisions, e.g. CN-SC");
    }

    private static IllegalArgumentException outside(String code, String name) {
        return new IllegalArgumentException("'" + code + "' (" + name + ") is outside the consular districts of the"
                + " US Mission in China: it is served by the separate US Consulate General Hong Kong and Macau");
    }

    /**
     * Returns the ISO 3166-2:CN code, e.g. {@code "CN-SC"}.
     *
     * @return the code, not null
     */
    public String isoCode() {
        return code;
    }

    /**
     * Returns the English and Chinese names, e.g. "Sichuan" / "四川省".
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
}
