package org.shilu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.shilu.format.Project;
import org.shilu.format.ProjectJson;
import org.shilu.model.Glossary;

/**
 * Writes a copy of a project with a glossary of N terms, for packaging/glossary-benchmark.sh: random
 * terms of two to eight common characters, and among them terms that the letters xwatch types
 * ("a", again and again) keep suggesting: 阿… of every length to twenty, and abbreviations aa to a×16,
 * so that every keystroke after the first looks the glossary up and shows what it found.
 *
 *   GlossaryForBenchmark IN.shilu OUT.shilu N
 */
public final class GlossaryForBenchmark {
    private GlossaryForBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        int count = Integer.parseInt(args[2]);
        ProjectJson json = new ProjectJson();
        Project project = json.read(Files.readAllBytes(in), in.toString());
        List<Glossary.Term> terms = new ArrayList<>();
        for (int length = 2; length <= 20; length++) {
            String abbreviation = length <= 16 ? "a".repeat(length) : "";
            terms.add(new Glossary.Term("阿".repeat(length) + "站", abbreviation, "基准"));
        }
        String common = "陆华路桥市自然资源和规划局连云港行风热线在线访谈安爱按暗岸民生交通教育医疗住房就业环境保护";
        Random random = new Random(20_000);
        while (terms.size() < count) {
            StringBuilder term = new StringBuilder();
            for (int k = 2 + random.nextInt(7); k > 0; k--) {
                term.append(common.charAt(random.nextInt(common.length())));
            }
            terms.add(new Glossary.Term(term.append(terms.size()).toString(), "", ""));
        }
        Project with = project.with(project.transcript().withGlossary(new Glossary(terms)), project.profile());
        Files.write(Path.of(args[1]), json.write(with));
    }
}
