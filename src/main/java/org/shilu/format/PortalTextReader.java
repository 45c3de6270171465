package org.shilu.format;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shilu.format.PortalProfile.LabelStyle;
import org.shilu.format.PortalProfile.PrintedClock;
import org.shilu.format.PortalProfile.TimePlacement;
import org.shilu.format.TimeStamp.Padding;
import org.shilu.model.Header;
import org.shilu.model.Role;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/**
 * Reads the transcript text that portals publish, tolerating the label and time forms seen in the
 * wild. Nothing is dropped silently: text that fits no turn is kept as the introduction and
 * reported as a warning with its line.
 */
public final class PortalTextReader {
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");

    public PortalReadResult read(byte[] bytes, String source) throws BadInputException {
        return read(TextDecoder.decode(bytes, source).text(), source);
    }

    public PortalReadResult read(String text, String source) throws BadInputException {
        return new Parse(TextLines.split(text), source).run();
    }

    /** A turn being collected, with its time still as printed. */
    private static final class PendingTurn {
        final int line;
        final String label;
        Speaker speaker;
        final List<String> paragraphs = new ArrayList<>(2);
        TimeStamp stamp;
        String stampText;
        int stampLine;
        boolean stampInline;

        PendingTurn(int line, String label) {
            this.line = line;
            this.label = label;
        }
    }

    private static final class Parse {
        private final List<String> lines;
        private final TextLines input;
        private final String source;
        private final List<ReadWarning> warnings = new ArrayList<>();
        private final Map<String, Speaker> speakers = new LinkedHashMap<>();
        private final List<PendingTurn> turns = new ArrayList<>();
        private final List<Integer> preamble = new ArrayList<>();
        private LabelMatch firstLabel;
        private TimeStamp firstStamp;
        private TimePlacement placement;
        private Padding datePadding = Padding.UNKNOWN;
        private Padding hourPadding = Padding.UNKNOWN;
        private boolean blankBetweenTurns;

        Parse(TextLines input, String source) {
            this.input = input;
            this.lines = input.lines();
            this.source = source;
        }

        PortalReadResult run() throws BadInputException {
            LabelMatch[] matches = new LabelMatch[lines.size()];
            Set<String> trusted = trustedLabels(matches);
            PendingTurn current = null;
            boolean blankBefore = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (PageChrome.isBlank(line)) {
                    if (current == null) {
                        preamble.add(i);
                    } else {
                        blankBefore = true;
                    }
                    continue;
                }
                LabelMatch label = matches[i];
                String alone = label == null && line.length() <= LabelMatch.MAX_LINE_OF_LABEL ? line.strip() : null;
                boolean unmarked = alone != null
                        && (trusted.contains(alone) || (trusted.isEmpty() && LabelMatch.isUnmarkedLabel(alone)));
                if (unmarked) {
                    label = LabelMatch.alone(alone);
                }
                if (label != null && (unmarked || label.style() != LabelStyle.BARE || trusted.contains(label.label()))) {
                    finish(current);
                    blankBetweenTurns |= current != null && blankBefore;
                    current = startTurn(label, i);
                } else if (current == null) {
                    preamble.add(i);
                } else if (!attachTimeLine(current, line, i)) {
                    addParagraph(current, line, 0);
                }
                blankBefore = false;
            }
            finish(current);
            return build();
        }

        /** Bracketed labels are trusted; a bare one when it recurs, is known, or sounds like a speaker. */
        private Set<String> trustedLabels(LabelMatch[] matches) {
            Set<String> trusted = new HashSet<>();
            Map<String, Integer> bareCounts = new HashMap<>();
            for (int i = 0; i < matches.length; i++) {
                LabelMatch match = LabelMatch.at(lines.get(i));
                matches[i] = match;
                if (match == null) {
                    continue;
                }
                if (match.style() == LabelStyle.BARE) {
                    bareCounts.merge(match.label(), 1, Integer::sum);
                } else {
                    trusted.add(match.label());
                }
            }
            bareCounts.forEach((label, count) -> {
                if (count >= 2 || SpeakerGuess.soundsLikeSpeaker(label)) {
                    trusted.add(label);
                }
            });
            return trusted;
        }

        private PendingTurn startTurn(LabelMatch label, int i) {
            if (firstLabel == null) {
                firstLabel = label;
            }
            PendingTurn turn = new PendingTurn(i + 1, label.label());
            if (label.hasText()) {
                addParagraph(turn, label.line(), label.textStart());
            }
            return turn;
        }

        private boolean attachTimeLine(PendingTurn turn, String line, int i) {
            String s = line.strip();
            if (turn.stamp != null || turn.paragraphs.isEmpty() || !s.startsWith("[") || !s.endsWith("]")) {
                return false;
            }
            TimeStamp stamp = TimeStamp.parse(s.substring(1, s.length() - 1));
            if (stamp == null) {
                return false;
            }
            noteStamp(stamp, TimePlacement.OWN_LINE);
            turn.stamp = stamp;
            turn.stampText = line;
            turn.stampLine = i + 1;
            turn.stampInline = false;
            return true;
        }

        /** Adds {@code line} from {@code from} on as a paragraph, taking a closing time off its end. */
        private void addParagraph(PendingTurn turn, String line, int from) {
            if (turn.stamp != null) {
                restoreStampAsText(turn);
            }
            int end = line.length();
            if (end - 1 > from && line.charAt(end - 1) == ']') {
                int open = line.lastIndexOf('[', end - 1);
                TimeStamp stamp = open > from ? TimeStamp.parse(line.substring(open + 1, end - 1)) : null;
                int bodyEnd = open;
                while (stamp != null && bodyEnd > from && Character.isWhitespace(line.charAt(bodyEnd - 1))) {
                    bodyEnd--;
                }
                if (stamp != null && bodyEnd > from && !PageChrome.isBlank(line, from, bodyEnd)) {
                    noteStamp(stamp, TimePlacement.END_OF_TURN);
                    turn.stamp = stamp;
                    turn.stampText = line.substring(bodyEnd);
                    turn.stampInline = true;
                    end = bodyEnd;
                }
            }
            turn.paragraphs.add(from == 0 && end == line.length() ? line : line.substring(from, end));
        }

        /** A time followed by more text of the same turn did not close it: it is text after all. */
        private void restoreStampAsText(PendingTurn turn) {
            int last = turn.paragraphs.size() - 1;
            if (turn.stampInline) {
                turn.paragraphs.set(last, turn.paragraphs.get(last) + turn.stampText);
            } else {
                turn.paragraphs.add(turn.stampText);
            }
            turn.stamp = null;
        }

        private void noteStamp(TimeStamp stamp, TimePlacement where) {
            if (firstStamp == null) {
                firstStamp = stamp;
                placement = where;
            }
            datePadding = datePadding.or(stamp.datePadding());
            hourPadding = hourPadding.or(stamp.hourPadding());
        }

        private void finish(PendingTurn turn) {
            if (turn == null) {
                return;
            }
            if (turn.paragraphs.isEmpty()) {
                // A label with no text was text after all: it stays where it stood.
                if (turns.isEmpty()) {
                    preamble.add(turn.line - 1);
                } else {
                    addParagraph(turns.get(turns.size() - 1), lines.get(turn.line - 1), 0);
                    warnings.add(new ReadWarning(turn.line, "a label with no text is kept as text of the turn before"));
                }
                return;
            }
            turn.speaker = speakers.computeIfAbsent(turn.label, l -> SpeakerGuess.speaker("s" + (speakers.size() + 1), l));
            turns.add(turn);
        }

        private PortalReadResult build() {
            LocalDate broadcastDate = broadcastDate();
            PrintedClock clock = PortalProfile.DEFAULT.printedClock();
            Set<Role> timedRoles = EnumSet.copyOf(PortalProfile.DEFAULT.timedRoles());
            List<Turn> built = new ArrayList<>(turns.size());
            boolean warnedNoDate = false;
            for (PendingTurn pending : turns) {
                LocalDateTime time = null;
                if (pending.stamp != null) {
                    if (!pending.stamp.hasDate() && broadcastDate == null && !warnedNoDate) {
                        warnings.add(new ReadWarning(pending.line, "times have no date and the page names no day;"
                                + " they are kept on " + LocalDate.EPOCH));
                        warnedNoDate = true;
                    }
                    time = pending.stamp.resolve(broadcastDate == null ? LocalDate.EPOCH : broadcastDate);
                    if (time == null) {
                        warnings.add(new ReadWarning(pending.stampInline ? pending.line : pending.stampLine,
                                "no such time:" + pending.stampText + "; kept as text"));
                        restoreStampAsText(pending);
                    } else {
                        timedRoles.add(pending.speaker.role());
                    }
                }
                built.add(new Turn(pending.speaker.id(), pending.paragraphs,
                        clock == PrintedClock.SPOKEN ? time : null, clock == PrintedClock.PUBLISHED ? time : null));
            }
            int chromeStart = pageChromeAt();
            boolean chrome = chromeStart >= 0;
            Header header = header(chromeStart, broadcastDate);
            Transcript transcript = new Transcript(header, List.copyOf(speakers.values()), built);
            return new PortalReadResult(new Project(transcript, profile(chrome, timedRoles)), warnings);
        }

        private PortalProfile profile(boolean chrome, Set<Role> timedRoles) {
            PortalProfile d = PortalProfile.DEFAULT;
            LabelStyle style = firstLabel == null ? d.labelStyle() : firstLabel.style();
            String separator = firstLabel == null ? d.separator() : firstLabel.separator();
            boolean ownLine = firstLabel != null && !firstLabel.hasText();
            String pattern = firstStamp == null ? d.timePattern() : firstStamp.pattern(datePadding, hourPadding);
            return new PortalProfile(style, separator, ownLine, placement == null ? d.timePlacement() : placement,
                    pattern, timedRoles, d.printedClock(), chrome, blankBetweenTurns, input.separator(), input.finalNewline());
        }

        /** Where in the preamble the five chrome lines start, or -1 when the page has none. */
        private int pageChromeAt() {
            for (int k = 0; k < preamble.size(); k++) {
                if (PageChrome.isOrderSwitch(lines.get(preamble.get(k)))) {
                    int start = k - (PageChrome.LINES - 1);
                    if (start >= 0 && PageChrome.isBlank(lines.get(preamble.get(k - 1)))
                            && !PageChrome.isBlank(lines.get(preamble.get(start)))) {
                        return start;
                    }
                    return -1;
                }
            }
            return -1;
        }

        /** The header, from the chrome lines at {@code chromeStart} (-1: none) and the rest of the preamble. */
        private Header header(int chromeStart, LocalDate broadcastDate) {
            List<String> introduction = new ArrayList<>();
            String heading = "";
            String programme = "";
            String section = "";
            for (int k = 0; k < preamble.size(); k++) {
                String line = lines.get(preamble.get(k));
                if (chromeStart >= 0 && k >= chromeStart && k < chromeStart + PageChrome.LINES) {
                    int field = k - chromeStart;
                    if (field == 0) {
                        heading = PageChrome.stripPage(line);
                    } else if (field == 1) {
                        programme = PageChrome.stripPage(line);
                    } else if (field == 2) {
                        section = PageChrome.stripPage(line);
                    }
                } else if (!PageChrome.isBlank(line)) {
                    introduction.add(line);
                    warnings.add(new ReadWarning(preamble.get(k) + 1, "text before the first turn is kept as the introduction"));
                }
            }
            return new Header(heading, programme, section, broadcastDate, introduction);
        }

        /** The first full date among the times, else a date written in the header text. */
        private LocalDate broadcastDate() {
            Integer year = null;
            for (PendingTurn turn : turns) {
                if (turn.stamp != null && turn.stamp.year() != null) {
                    LocalDateTime at = turn.stamp.resolve(LocalDate.EPOCH);
                    if (at != null) {
                        return at.toLocalDate();
                    }
                }
            }
            for (int index : preamble) {
                Matcher full = FULL_DATE.matcher(lines.get(index));
                if (full.find()) {
                    try {
                        return LocalDate.of(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)),
                                Integer.parseInt(full.group(3)));
                    } catch (java.time.DateTimeException e) {
                        warnings.add(new ReadWarning(index + 1, "no such date: " + full.group()));
                    }
                }
                Matcher y = YEAR.matcher(lines.get(index));
                if (year == null && y.find()) {
                    year = Integer.valueOf(y.group(1));
                }
            }
            if (year != null) {
                for (PendingTurn turn : turns) {
                    if (turn.stamp != null && turn.stamp.hasDate()) {
                        LocalDateTime at = turn.stamp.resolve(LocalDate.of(year, 1, 1));
                        if (at != null) {
                            return at.toLocalDate();
                        }
                    }
                }
            }
            return null;
        }
    }
}
