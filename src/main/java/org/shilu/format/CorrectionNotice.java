package org.shilu.format;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.shilu.model.Header;
import org.shilu.model.Review;
import org.shilu.model.Review.Correction;
import org.shilu.model.Review.Said;

/**
 * A portal's correction notice (更正说明) for the version last marked as published: each published
 * turn changed since, with where it stood on the published page, what readers saw, what it says
 * now, and why (a turn changed several times is one entry, the reasons together; one changed back
 * to what was published is none). Written as text, or as an HTML fragment that a portal puts under its page. It
 * is in Chinese, the portal's language, whatever the window's.
 */
public final class CorrectionNotice {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CorrectionNotice() {
    }

    /** One entry: a turn's paragraph on the published page, what it said there, what it says now (null: deleted). */
    record Entry(int paragraph, Said published, Said now, java.time.LocalDateTime at, String seats, String reasons) {
    }

    /** The notice as text, lines ending in {@code \n}; an empty review gives an empty text. */
    public static String text(Header header, Review review) {
        if (review.published() == null) {
            return "";
        }
        StringBuilder out = new StringBuilder("更正说明\n").append(title(header, review)).append('\n');
        List<Entry> entries = entries(review);
        if (entries.isEmpty()) {
            out.append("\n本版发布后没有更正。\n");
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            out.append('\n').append(i + 1).append(". ").append(place(entry)).append('\n');
            out.append("原文：").append(said(entry.published())).append('\n');
            out.append(entry.now() == null ? "已删除\n" : "更正为：" + said(entry.now()) + "\n");
            if (!entry.reasons().isEmpty()) {
                out.append("原因：").append(entry.reasons()).append('\n');
            }
        }
        return out.toString();
    }

    /** The notice as an HTML fragment: every text escaped, no script, no style of its own. */
    public static String html(Header header, Review review) {
        if (review.published() == null) {
            return "";
        }
        StringBuilder out = new StringBuilder("<section class=\"shilu-corrections\">\n<h2>更正说明</h2>\n<p>")
                .append(PortalHtmlWriter.escapeText(title(header, review))).append("</p>\n");
        List<Entry> entries = entries(review);
        if (entries.isEmpty()) {
            out.append("<p>本版发布后没有更正。</p>\n");
        } else {
            out.append("<ol>\n");
            for (Entry entry : entries) {
                out.append("<li><p>").append(PortalHtmlWriter.escapeText(place(entry))).append("</p>\n");
                out.append("<p>原文：<del>").append(PortalHtmlWriter.escapeText(said(entry.published()))).append("</del></p>\n");
                out.append(entry.now() == null ? "<p>已删除</p>\n"
                        : "<p>更正为：<ins>" + PortalHtmlWriter.escapeText(said(entry.now())) + "</ins></p>\n");
                if (!entry.reasons().isEmpty()) {
                    out.append("<p>原因：").append(PortalHtmlWriter.escapeText(entry.reasons())).append("</p>\n");
                }
                out.append("</li>\n");
            }
            out.append("</ol>\n");
        }
        return out.append("</section>\n").toString();
    }

    /** The published turns changed since, in their order on the published page. */
    static List<Entry> entries(Review review) {
        java.util.Map<String, List<Correction>> byTurn = new java.util.HashMap<>();
        for (Correction c : review.ofPublishedVersion()) {
            byTurn.computeIfAbsent(c.turnId(), id -> new ArrayList<>()).add(c);
        }
        List<Entry> entries = new ArrayList<>();
        int paragraph = 0;
        for (var published : review.published().turns().entrySet()) {
            paragraph++;
            List<Correction> changes = byTurn.get(published.getKey());
            if (changes == null) {
                continue;
            }
            Correction last = changes.get(changes.size() - 1);
            if (published.getValue().equals(last.after())) {
                continue;
            }
            entries.add(new Entry(paragraph, published.getValue(), last.after(), last.at(),
                    joined(changes.stream().map(Correction::seat).toList()),
                    joined(changes.stream().map(Correction::reason).toList())));
        }
        return entries;
    }

    /** The distinct non-blank texts, in order, joined with "；". */
    private static String joined(List<String> texts) {
        return String.join("；", texts.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList());
    }

    private static String title(Header header, Review review) {
        String programme = header.programme().isBlank() ? header.heading() : header.programme();
        return (programme.isBlank() ? "" : "《" + programme.strip() + "》")
                + "文字实录第 " + review.published().version() + " 版（" + WHEN.format(review.published().at())
                + " 发布）更正如下：";
    }

    private static String place(Entry entry) {
        return "第 " + entry.paragraph() + " 段，" + entry.published().label() + "（" + WHEN.format(entry.at()) + " 更正"
                + (entry.seats().isEmpty() ? "" : "，" + entry.seats()) + "）";
    }

    private static String said(Said said) {
        return said.text().replace("\n", " / ");
    }
}
