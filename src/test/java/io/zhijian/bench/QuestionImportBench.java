package io.zhijian.bench;

import io.zhijian.support.AppProcess;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;

/**
 * Question-bank import: 1,000, 5,000 and 10,000 questions in one GIFT file each, through the API of the packaged
 * app. Prints each time, the 10,000-question time against the 10 s target, and how linear the import is: the
 * time per question at 10,000 against the time per question at 1,000 measured in the same run (1.0 = linear).
 * <pre>java -cp target/test-classes:$(cat target/bench.cp) io.zhijian.bench.QuestionImportBench</pre>
 */
public final class QuestionImportBench {

    private QuestionImportBench() {
    }

    public static void main(String[] args) throws Exception {
        AppProcess app = AppProcess.start(Files.createTempDirectory("zhijian-import-bench"));
        HttpClient http = HttpClient.newHttpClient();
        try {
            importing(app, http, "warm-up", 2_000);
            double perQuestion1k = importing(app, http, "q1k", 1_000) / 1_000;
            importing(app, http, "q5k", 5_000);
            double seconds10k = importing(app, http, "q10k", 10_000);
            System.out.printf(Locale.ROOT, "10,000 questions: %.2f s (target ≤ 10 s: %.2f×)%n", seconds10k, seconds10k / 10);
            System.out.printf(Locale.ROOT, "time per question at 10,000 vs at 1,000: %.2f× (1.0 = linear)%n",
                    seconds10k / 10_000 / perQuestion1k);
        } finally {
            app.stop();
        }
    }

    /** Seconds to import {@code count} new questions into bank {@code key}. */
    private static double importing(AppProcess app, HttpClient http, String key, int count) throws Exception {
        StringBuilder gift = new StringBuilder("$CATEGORY: 压测/" + key + "\n\n");
        for (int i = 0; i < count; i++) {
            gift.append("// [id:").append(key).append('-').append(i).append("] [tag:bench]\n::题目").append(i)
                    .append("::第 ").append(i).append(" 题：快递延误时坐席应先做什么？{~安抚客户并致歉 =核实运单号 ~直接挂机 ~转接他人}\n\n");
        }
        long start = System.nanoTime();
        AppProcess.send(http, app.request("/api/question-banks/import?format=gift&bank=" + key, "trainer:demo")
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(gift.toString(), StandardCharsets.UTF_8)).build());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-8s %,6d questions: %.2f s (%,.0f questions/s)%n", key, count, seconds, count / seconds);
        return seconds;
    }
}
