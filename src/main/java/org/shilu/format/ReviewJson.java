package org.shilu.format;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.shilu.model.Review;
import org.shilu.model.Review.Correction;
import org.shilu.model.Review.Published;
import org.shilu.model.Review.Said;

/**
 * The review's record as the project file and the journal write it: {@code "review"} beside the
 * turns, only once a version was marked as published.
 */
final class ReviewJson {
    private ReviewJson() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Record(PublishedJson published, List<CorrectionJson> corrections) {
    }

    record PublishedJson(int version, String at, List<PublishedTurnJson> turns) {
    }

    record PublishedTurnJson(String id, String label, String text) {
    }

    record SaidJson(String label, String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CorrectionJson(int version, String turn, SaidJson before, SaidJson after, String at, String seat,
                          String reason) {
    }

    /** A journal's review change: a new published version (or none, when taken back) and the corrections after {@code kept}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ChangeJson(Boolean newVersion, PublishedJson published, int kept, List<CorrectionJson> added) {
    }

    static ChangeJson of(org.shilu.model.ReviewChange change) {
        if (change == null) {
            return null;
        }
        return new ChangeJson(change.newVersion() ? Boolean.TRUE : null,
                change.published() == null ? null : published(change.published()), change.kept(), corrections(change.added()));
    }

    static org.shilu.model.ReviewChange toChange(ChangeJson json) {
        if (json == null) {
            return null;
        }
        return new org.shilu.model.ReviewChange(Boolean.TRUE.equals(json.newVersion()),
                json.published() == null ? null : toPublished(json.published()), json.kept(),
                toCorrections(json.added()));
    }

    /** The record to write, or null when there is nothing to keep. */
    static Record of(Review review) {
        if (review.isEmpty()) {
            return null;
        }
        return new Record(review.published() == null ? null : published(review.published()),
                corrections(review.corrections()));
    }

    private static PublishedJson published(Published published) {
        List<PublishedTurnJson> turns = new ArrayList<>(published.turns().size());
        published.turns().forEach((id, said) -> turns.add(new PublishedTurnJson(id, said.label(), said.text())));
        return new PublishedJson(published.version(), published.at().toString(), turns);
    }

    private static List<CorrectionJson> corrections(List<Correction> corrections) {
        List<CorrectionJson> json = new ArrayList<>(corrections.size());
        for (Correction c : corrections) {
            json.add(new CorrectionJson(c.version(), c.turnId(), said(c.before()), c.after() == null ? null
                    : said(c.after()), c.at().toString(), c.seat().isEmpty() ? null : c.seat(),
                    c.reason().isEmpty() ? null : c.reason()));
        }
        return json;
    }

    /** The review a file holds; {@code where} names the part being read when one is missing or wrong. */
    static Review toReview(Record json) {
        if (json == null) {
            return Review.NONE;
        }
        return new Review(json.published() == null ? null : toPublished(json.published()),
                toCorrections(json.corrections()));
    }

    private static Published toPublished(PublishedJson p) {
        Map<String, Said> turns = new LinkedHashMap<>();
        for (PublishedTurnJson turn : ProjectJson.required(p.turns(), "review.published.turns")) {
            turns.put(ProjectJson.required(turn.id(), "review.published.turns.id"),
                    new Said(ProjectJson.required(turn.label(), "review.published.turns.label"),
                            ProjectJson.required(turn.text(), "review.published.turns.text")));
        }
        return new Published(p.version(), LocalDateTime.parse(ProjectJson.required(p.at(), "review.published.at")), turns);
    }

    private static List<Correction> toCorrections(List<CorrectionJson> json) {
        List<Correction> corrections = new ArrayList<>();
        for (CorrectionJson c : json == null ? List.<CorrectionJson>of() : json) {
            corrections.add(new Correction(c.version(), ProjectJson.required(c.turn(), "review.corrections.turn"),
                    toSaid(ProjectJson.required(c.before(), "review.corrections.before")),
                    c.after() == null ? null : toSaid(c.after()),
                    LocalDateTime.parse(ProjectJson.required(c.at(), "review.corrections.at")), c.seat(), c.reason()));
        }
        return corrections;
    }

    private static SaidJson said(Said said) {
        return new SaidJson(said.label(), said.text());
    }

    private static Said toSaid(SaidJson json) {
        return new Said(json.label(), json.text());
    }

    /** Every text of the record, to look for what is no character. */
    static List<String> texts(Record json) {
        List<String> texts = new ArrayList<>();
        if (json == null) {
            return texts;
        }
        if (json.published() != null && json.published().turns() != null) {
            for (PublishedTurnJson t : json.published().turns()) {
                texts.add(t.id());
                texts.add(t.label());
                texts.add(t.text());
            }
        }
        for (CorrectionJson c : json.corrections() == null ? List.<CorrectionJson>of() : json.corrections()) {
            texts.add(c.turn());
            texts.add(c.seat());
            texts.add(c.reason());
            for (SaidJson s : new SaidJson[] {c.before(), c.after()}) {
                if (s != null) {
                    texts.add(s.label());
                    texts.add(s.text());
                }
            }
        }
        return texts;
    }
}
