package org.shilu.publish;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.shilu.format.PortalHtmlWriter;
import org.shilu.format.PortalTextWriter;
import org.shilu.format.Project;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/**
 * Makes each published edition of one programme: the turns that may go out (approved when the gate
 * is on or the turn holds a sensitive word, past the broadcast delay), written as Export writes them, plus the live page's feed.
 * Used from one thread.
 */
public final class Editions {
    public static final String FEED = "feed.json";
    public static final String PAGE = "index.html";
    public static final String TEXT = "transcript.txt";
    public static final String FRAGMENT = "fragment.html";
    /** Readers' browsers and a CDN may keep the feed this long; the page shell, longer. */
    static final String FEED_CACHE = "public, max-age=2";
    static final String PAGE_CACHE = "public, max-age=60";

    private final String programme;
    private final PublishOptions options;
    private final Predicate<Turn> approved;
    private final java.util.function.BiPredicate<Transcript, Turn> flagged;
    private final TurnIds ids = new TurnIds();

    public Editions(String programme, PublishOptions options, Predicate<Turn> approved) {
        this(programme, options, approved, (transcript, turn) -> false);
    }

    /**
     * Editions that also hold back each turn {@code flagged} (one holding a sensitive word) until
     * it is approved, whether the approval gate is on or not.
     */
    public Editions(String programme, PublishOptions options, Predicate<Turn> approved,
                    java.util.function.BiPredicate<Transcript, Turn> flagged) {
        this.programme = programme;
        this.options = options;
        this.approved = approved;
        this.flagged = flagged;
    }

    public String programme() {
        return programme;
    }

    /** Continues the ids of an earlier run's feed for this programme, if {@code earlier} is one. */
    void continueFrom(Feed earlier, Project project) {
        if (earlier != null && programme.equals(earlier.programme())) {
            Transcript transcript = project.transcript();
            ids.continueFrom(earlier, transcript.turns(),
                    turn -> PortalHtmlWriter.parts(transcript.speakerOf(turn), turn, project.profile()));
        }
    }

    /** The edition of {@code project} as of studio time {@code now}. */
    public Edition write(Project project, long version, LocalDateTime now) {
        Transcript transcript = project.transcript();
        List<String> allIds = ids.of(transcript.turns());
        List<Turn> shown = new ArrayList<>();
        List<String> shownIds = new ArrayList<>();
        int held = 0;
        int waiting = 0;
        LocalDateTime nextDue = null;
        for (int i = 0; i < transcript.turns().size(); i++) {
            Turn turn = transcript.turns().get(i);
            LocalDateTime due = options.delaySeconds() == 0 || turn.publishedAt() == null ? null
                    : turn.publishedAt().plusSeconds(options.delaySeconds());
            if (!approved.test(turn) && (options.approvalGate() || flagged.test(transcript, turn))) {
                held++;
            } else if (due != null && due.isAfter(now)) {
                waiting++;
                nextDue = nextDue == null || due.isBefore(nextDue) ? due : nextDue;
            } else {
                shown.add(turn);
                shownIds.add(allIds.get(i));
            }
        }
        Project out = shown.size() == transcript.turns().size() ? project
                : project.with(transcript.withTurns(shown), project.profile());
        Transcript outTranscript = out.transcript();
        List<Feed.Entry> entries = new ArrayList<>(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            Turn turn = shown.get(i);
            entries.add(Feed.Entry.of(shownIds.get(i),
                    PortalHtmlWriter.parts(outTranscript.speakerOf(turn), turn, out.profile())));
        }
        String title = outTranscript.header().programme().isEmpty() ? outTranscript.header().heading()
                : outTranscript.header().programme();
        PortalHtmlWriter html = new PortalHtmlWriter();
        String page = html.livePage(out, new PortalHtmlWriter.Live(programme, shownIds, FEED, options.pollSeconds(),
                options.markNewest()));
        String textType = "text/plain; charset=" + out.source().charset().name().toLowerCase(java.util.Locale.ROOT);
        List<PublishedFile> files = List.of(
                new PublishedFile(FEED, new Feed(Feed.FORMAT, programme, title, version, entries).toJson(),
                        "application/json; charset=utf-8", FEED_CACHE),
                new PublishedFile(PAGE, page.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", PAGE_CACHE),
                new PublishedFile(TEXT, new PortalTextWriter().writeBytes(out), textType, FEED_CACHE),
                new PublishedFile(FRAGMENT, html.fragment(out).getBytes(StandardCharsets.UTF_8),
                        "text/html; charset=utf-8", PAGE_CACHE));
        return new Edition(version, files, shown.size(), held, waiting, nextDue, new java.util.HashSet<>(shown));
    }
}
