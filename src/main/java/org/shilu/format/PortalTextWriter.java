package org.shilu.format;

import java.io.IOException;
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
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(estimateSize(project.transcript()));
        try {
            write(project, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("text Shilu holds that its encoding cannot take", e);
        }
        return out.toByteArray();
    }

    /**
     * Streams the project as portal text in its source's encoding (byte-order mark included) to
     * {@code out}, never holding the whole text; a character the encoding cannot take fails the write.
     */
    public void write(Project project, java.io.OutputStream out) throws IOException {
        java.nio.charset.Charset charset = project.source().charset();
        java.io.Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, charset.newEncoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)), 1 << 16);
        if (project.source().byteOrderMark()) {
            writer.write('\uFEFF');
        }
        write(project.transcript(), project.profile(), project.source(), writer);
        writer.flush();
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
        StringBuilder out = new StringBuilder(estimateSize(transcript));
        try {
            write(transcript, profile, source, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /** As {@link #write(Transcript, PortalProfile, PortalSource)}, to any text sink. */
    public void write(Transcript transcript, PortalProfile profile, PortalSource source, Appendable sink) throws IOException {
        Layout out = new Layout(sink, profile.lineSeparator());
        PortalSource.Span head = source.headFor(transcript.header());
        if (head != null) {
            out.append(head);
        } else {
            for (String line : headerLines(transcript.header(), profile)) {
                out.line(line);
            }
        }
        Map<String, Speaker> speakers = HashMap.newHashMap(transcript.roster().size());
        Map<String, String> marks = HashMap.newHashMap(transcript.roster().size());
        for (Speaker speaker : transcript.roster()) {
            speakers.put(speaker.id(), speaker);
            marks.put(speaker.id(), mark(speaker, profile));
        }
        PortalSource.Matcher unchanged = source.matcher();
        DateTimeFormatter format = profile.timeFormatter();
        StringBuilder body = new StringBuilder(256);
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
                body.setLength(0);
                body.append(marks.get(turn.speakerId()));
                appendBody(body, turn, speaker, profile, format);
                out.line(body);
            }
            laidOutBefore = asRead == null;
            firstTurn = false;
        }
        if (profile.finalNewline()) {
            out.endLaidOutLine();
        }
    }

    /**
     * Output built from lines laid out here and stretches of source text, with a line end wherever
     * one is due; it remembers the last two characters written, so it never reads back what it wrote.
     */
    private static final class Layout {
        private final Appendable text;
        private final String nl;
        private boolean empty = true;
        /** The line ends that close the text so far (at most a few), and whether the text is nothing else. */
        private final StringBuilder tail = new StringBuilder(8);
        private boolean onlyLineEnds = true;
        /** The last thing written was a line laid out here, still open. */
        private boolean laidOutLineOpen;
        /** The last thing written was source text that did not end its line. */
        private boolean sourceLineOpen;

        Layout(Appendable text, String nl) {
            this.text = text;
            this.nl = nl;
        }

        private void put(CharSequence chars, int start, int end) throws IOException {
            if (end <= start) {
                return;
            }
            text.append(chars, start, end);
            empty = false;
            int run = end;
            while (run > start && isLineEnd(chars.charAt(run - 1))) {
                run--;
            }
            if (run > start) {
                tail.setLength(0);
                onlyLineEnds = false;
            }
            tail.append(chars, Math.max(run, end - 8), end);
            if (tail.length() > 8) {
                tail.delete(0, tail.length() - 8);
            }
        }

        private void put(CharSequence chars) throws IOException {
            put(chars, 0, chars.length());
        }

        void line(CharSequence start) throws IOException {
            if (laidOutLineOpen || sourceLineOpen) {
                put(nl);
            }
            put(start);
            laidOutLineOpen = true;
            sourceLineOpen = false;
        }

        void blankLine() throws IOException {
            if (laidOutLineOpen || sourceLineOpen) {
                put(nl);
                laidOutLineOpen = false;
                sourceLineOpen = false;
            }
            if (!empty && !endsWithBlankLine()) {
                put(nl);
            }
        }

        void append(PortalSource.Span span) throws IOException {
            if (span.end() == span.start()) {
                return;
            }
            if (laidOutLineOpen || sourceLineOpen) {
                put(nl);
            }
            put(span.text(), span.start(), span.end());
            laidOutLineOpen = false;
            sourceLineOpen = !span.endsWithLineEnd();
        }

        void endLaidOutLine() throws IOException {
            if (laidOutLineOpen) {
                put(nl);
                laidOutLineOpen = false;
            }
        }

        /** Whether the text ends with an empty line: two line ends in a row (CRLF is one), or only line ends. */
        private boolean endsWithBlankLine() {
            int ends = 0;
            for (int i = 0; i < tail.length(); i++) {
                if (tail.charAt(i) == '\n' || i + 1 >= tail.length() || tail.charAt(i + 1) != '\n') {
                    ends++;
                }
            }
            return ends >= 2 || (ends >= 1 && onlyLineEnds);
        }

        private static boolean isLineEnd(char c) {
            return c == '\n' || c == '\r';
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
