package org.consularkit.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.consularkit.core.LocalizedText;
import org.junit.jupiter.api.Test;

class ViolationTest {

    private static final LocalizedText TEXT = LocalizedText.of("Do not bring a laptop.", "请勿携带笔记本电脑。");

    private static Violation eager() {
        return Violation.of(ViolationCode.PROHIBITED_ITEM, Map.of("item", "LAPTOP"), TEXT);
    }

    private static Violation lazy(AtomicInteger renders) {
        return Violation.lazy(ViolationCode.PROHIBITED_ITEM, ImmutableMap.of("item", "LAPTOP"), () -> {
            renders.incrementAndGet();
            return LocalizedText.of("Do not bring a " + "laptop.", "请勿携带" + "笔记本电脑。");
        });
    }

    @Test
    void aLazyMessageIsRenderedOnFirstUseOnly() {
        AtomicInteger renders = new AtomicInteger();
        Violation v = lazy(renders);
        assertThat(v.code()).isEqualTo(ViolationCode.PROHIBITED_ITEM);
        assertThat(v.severity()).isEqualTo(Severity.ERROR);
        assertThat(v.field()).contains("items");
        assertThat(v.arguments()).containsExactly(Map.entry("item", "LAPTOP"));
        assertThat(renders).hasValue(0);
        assertThat(v.message(Locale.ENGLISH)).isEqualTo("Do not bring a laptop.");
        assertThat(v.message(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("请勿携带笔记本电脑。");
        assertThat(v.message()).isSameAs(v.message());
        assertThat(renders).hasValue(1);
    }

    @Test
    void aLazyViolationEqualsTheEagerOneWithTheSameContent() {
        Violation lazy = lazy(new AtomicInteger());
        Violation eager = eager();
        assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager);
        assertThat(eager).isEqualTo(lazy(new AtomicInteger()));
        assertThat(lazy(new AtomicInteger())).hasToString(eager.toString())
                .hasToString("PROHIBITED_ITEM ERROR items: Do not bring a laptop.");
        assertThat(lazy).isNotEqualTo(Violation.of(ViolationCode.PROHIBITED_ITEM, Map.of("item", "LAPTOP"),
                LocalizedText.of("Other.", "其他。")));
    }

    /** Violations that differ in code, arguments or message are not equal and have different hashes. */
    @Test
    void codeArgumentsAndMessageEachMakeADifference() {
        Violation v = eager();
        for (Violation other : List.of(Violation.of(ViolationCode.MULTIPLE_SERVICES, Map.of("item", "LAPTOP"), TEXT),
                Violation.of(ViolationCode.PROHIBITED_ITEM, Map.of(), TEXT),
                Violation.of(ViolationCode.PROHIBITED_ITEM, Map.of("item", "LAPTOP"), LocalizedText.of("Other.", "其他。")))) {
            assertThat(other).as("%s", other).isNotEqualTo(v);
            assertThat(other.hashCode()).as("%s", other).isNotEqualTo(v.hashCode());
        }
        assertThat(v).isNotEqualTo(v.toString());
    }

    @Test
    void threadsReadingALazyMessageSeeTheSameText() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 200; round++) {
                Violation v = lazy(new AtomicInteger());
                List<Future<String>> futures = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    futures.add(pool.submit(() -> v.message(LocalizedText.SIMPLIFIED_CHINESE)));
                }
                for (Future<String> f : futures) {
                    assertThat(f.get()).as("round %d", round).isEqualTo("请勿携带笔记本电脑。");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
