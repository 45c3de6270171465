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

    /** The project as portal text in its source's encoding: unchanged turns as they were read, the rest by the profile. */
    public byte[] writeBytes(Project project) {
        return encode(write(project.transcript(), project.profile(), project.source()), project.source());
    }

    public byte[] writeBytes(Transcript transcript, PortalProfile profile) {
        return write(transcript, profile).getBytes(StandardCharsets.UTF_8);
    }

    /** Every turn laid out by the profile, as for a programme typed in Shilu or when the user asks to normalise. */
    public String write(Transcript transcript, PortalProfile profile) {
        return write(transcript, profile, PortalSource.NONE);
    }

    /**
     * The transcript as portal text: the header and every turn that is as it was read from
     * {@code source} are given back byte for byte; new and edited ones are laid out by the profile.
     */
    public String write(Transcript transcript, PortalProfile profile, PortalSource source) {
        Layout out = new Layout(new StringBuilder(estimateSize(transcript)), profile.lineSeparator());
        PortalSource.Span head = source.headFor(transcript.header());
        if (head != null) {
            out.append(head);
        } else {
            for (String line : headerLines(transcript.header(), profile)) {
                out.line(line);
            }
        }
        Map<String, Speaker> speakers = new HashMap<>();
        Map<String, String> marks = new HashMap<>();
        for (Speaker speaker : transcript.roster()) {
            speakers.put(speaker.id(), speaker);
            marks.put(speaker.id(), mark(speaker, profile));
        }
        PortalSource.Matcher unchanged = source.matcher();
        DateTimeFormatter format = profile.timeFormatter();
        boolean firstTurn = true;
        boolean laidOutBefore = false;
        for (Turn turn : transcript.turns()) {
            Speaker speaker = speakers.get(turn.speakerId());
            PortalSource.Span asRead = unchanged.textOf(turn, speaker.label());
            // Text as read carries its own blank lines after it; a turn laid out here has none.
            if (profile.blankLineBetweenTurns() && !firstTurn && (asRead == null || laidOutBefore)) {
                out.blankLine();
            }
            if (asRead != null) {
                out.append(asRead);
            } else {
                out.line(marks.get(turn.speakerId()));
                appendBody(out.text, turn, speaker, profile, format);
            }
            laidOutBefore = asRead == null;
            firstTurn = false;
        }
        if (profile.finalNewline()) {
            out.endLaidOutLine();
        }
        return out.text.toString();
    }

    /** Text encoded as its source was, byte-order mark included. */
    static byte[] encode(String text, PortalSource source) {
        byte[] body = text.getBytes(source.charset());
        if (!source.byteOrderMark()) {
            return body;
        }
        byte[] mark = "\uFEFF".getBytes(source.charset());
        byte[] all = java.util.Arrays.copyOf(mark, mark.length + body.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }

    /** Output built from lines laid out here and stretches of source text, with a line end wherever one is due. */
    private static final class Layout {
        final StringBuilder text;
        final String nl;
        /** The last thing written was a line laid out here, still open. */
        private boolean laidOutLineOpen;
        /** The last thing written was source text that did not end its line. */
        private boolean sourceLineOpen;

        Layout(StringBuilder text, String nl) {
            this.text = text;
            this.nl = nl;
        }

        void line(String start) {
            if (laidOutLineOpen || sourceLineOpen) {
                text.append(nl);
            }
            text.append(start);
            laidOutLineOpen = true;
            sourceLineOpen = false;
        }

        void blankLine() {
            if (laidOutLineOpen || sourceLineOpen) {
                text.append(nl);
                laidOutLineOpen = false;
                sourceLineOpen = false;
            }
            if (!text.isEmpty() && !endsWithBlankLine()) {
                text.append(nl);
            }
        }

        void append(PortalSource.Span span) {
            if (span.end() == span.start()) {
                return;
            }
            if (laidOutLineOpen || sourceLineOpen) {
                text.append(nl);
            }
            span.appendTo(text);
            laidOutLineOpen = false;
            sourceLineOpen = !span.endsWithLineEnd();
        }

        void endLaidOutLine() {
            if (laidOutLineOpen) {
                text.append(nl);
                laidOutLineOpen = false;
            }
        }

        /** Whether the text ends with an empty line: two line ends in a row. */
        private boolean endsWithBlankLine() {
            int end = text.length();
            if (end >= 2 && text.charAt(end - 1) == '\n' && text.charAt(end - 2) == '\r') {
                end -= 2;
            } else if (end >= 1 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
                end -= 1;
            } else {
                return false;
            }
            return end == 0 || text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r';
        }
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
