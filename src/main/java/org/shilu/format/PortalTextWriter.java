package org.shilu.format;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shilu.format.PortalProfile.PrintedClock;
import org.shilu.format.PortalProfile.TimePlacement;
import org.shilu.model.Header;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/** Lays a transcript out as portal text, exactly as the profile says. */
public final class PortalTextWriter {

    public byte[] writeBytes(Transcript transcript, PortalProfile profile) {
        return write(transcript, profile).getBytes(StandardCharsets.UTF_8);
    }

    public String write(Transcript transcript, PortalProfile profile) {
        StringBuilder out = new StringBuilder(estimateSize(transcript));
        String nl = profile.lineSeparator();
        for (String line : headerLines(transcript.header(), profile)) {
            startLine(out, nl).append(line);
        }
        Map<String, String> marks = new HashMap<>();
        for (Speaker speaker : transcript.roster()) {
            marks.put(speaker.id(), mark(speaker, profile));
        }
        DateTimeFormatter format = profile.timeFormatter();
        boolean firstTurn = true;
        for (Turn turn : transcript.turns()) {
            if (profile.blankLineBetweenTurns() && !firstTurn) {
                out.append(nl);
            }
            firstTurn = false;
            startLine(out, nl).append(marks.get(turn.speakerId()));
            appendBody(out, turn, transcript.speakerOf(turn), profile, format);
        }
        if (profile.finalNewline() && !out.isEmpty()) {
            out.append(nl);
        }
        return out.toString();
    }

    /** The speaker's label as the page marks it, separator included: {@code [主持人]:}. */
    public static String mark(Speaker speaker, PortalProfile profile) {
        return profile.labelStyle().mark(speaker.label()) + profile.separator();
    }

    /**
     * What follows the mark of one turn, exactly as {@link #write} lays it out: its paragraphs
     * and its printed time, separated by the profile's line separator.
     */
    public static String body(Turn turn, Speaker speaker, PortalProfile profile) {
        return appendBody(new StringBuilder(), turn, speaker, profile, profile.timeFormatter()).toString();
    }

    private static StringBuilder appendBody(StringBuilder out, Turn turn, Speaker speaker, PortalProfile profile,
                                            DateTimeFormatter format) {
        String nl = profile.lineSeparator();
        List<String> paragraphs = turn.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            if (p > 0 || profile.labelOnOwnLine()) {
                out.append(nl);
            }
            out.append(paragraphs.get(p));
        }
        LocalDateTime time = printedTime(turn, profile, speaker);
        if (time != null) {
            out.append(profile.timePlacement() == TimePlacement.OWN_LINE ? nl : " ")
                    .append('[').append(format.format(time)).append(']');
        }
        return out;
    }

    /** The time this turn shows on the page under the profile, or null when it shows none. */
    public static LocalDateTime printedTime(Turn turn, PortalProfile profile, Speaker speaker) {
        if (!profile.showsTimeFor(speaker.role())) {
            return null;
        }
        LocalDateTime preferred = profile.printedClock() == PrintedClock.PUBLISHED ? turn.publishedAt() : turn.spokenAt();
        return preferred != null ? preferred : turn.publishedAt() != null ? turn.publishedAt() : turn.spokenAt();
    }

    /** The lines above the turns: the page chrome or the header fields, then any introduction. */
    public static List<String> headerLines(Header header, PortalProfile profile) {
        if (profile.pageChrome()) {
            return concat(PageChrome.lines(header), header.introduction());
        }
        List<String> fields = java.util.stream.Stream.of(header.heading(), header.programme(), header.sectionLabel())
                .filter(s -> !s.isEmpty()).toList();
        return concat(fields, header.introduction());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return b.isEmpty() ? a : java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** Separates a new line from what came before; the first line of the text needs no separator. */
    private static StringBuilder startLine(StringBuilder out, String nl) {
        return out.isEmpty() ? out : out.append(nl);
    }

    private static int estimateSize(Transcript transcript) {
        long chars = 256;
        for (Turn turn : transcript.turns()) {
            for (String paragraph : turn.paragraphs()) {
                chars += paragraph.length() + 2;
            }
            chars += 40;
        }
        return (int) Math.min(chars, Integer.MAX_VALUE - 16);
    }
}
