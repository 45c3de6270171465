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
        TextDecoder.DecodedText decoded = TextDecoder.decode(bytes, source);
        return new Parse(TextLines.split(decoded.text()), source, decoded.charset(), decoded.byteOrderMark()).run();
    }

    /** Text already decoded (streamed from a file), with the encoding it was in. */
    public PortalReadResult read(TextDecoder.DecodedText decoded, String source) throws BadInputException {
        return new Parse(TextLines.split(decoded.text()), source, decoded.charset(), decoded.byteOrderMark()).run();
    }

    public PortalReadResult read(String text, String source) throws BadInputException {
        return new Parse(TextLines.split(text), source, java.nio.charset.StandardCharsets.UTF_8, false).run();
    }

    private static final class Parse {
        /** Past this many, warnings are counted and summed up in one, not listed. */
        private static final int WARNINGS_LISTED = 100;
        private final TextLines input;
        private final String source;
        private final java.nio.charset.Charset charset;
        private final boolean byteOrderMark;
        private final List<ReadWarning> warnings = new ArrayList<>();
        private int warningsNotListed;
        private int firstWarningNotListed;
        private final Map<String, Speaker> speakers = new LinkedHashMap<>();
        private final List<PendingTurn> turns = new ArrayList<>();
        private LabelTrust trust;
        private final List<Integer> preamble = new ArrayList<>();
        private LabelMatch firstLabel;
        private TimeStamp firstStamp;
        private TimePlacement placement;
        private Padding datePadding = Padding.UNKNOWN;
        private Padding hourPadding = Padding.UNKNOWN;
        private boolean blankBetweenTurns;

        Parse(TextLines input, String source, java.nio.charset.Charset charset, boolean byteOrderMark) {
            this.input = input;
            this.source = source;
            this.charset = charset;
            this.byteOrderMark = byteOrderMark;
        }

        private String line(int i) {
            return input.line(i);
        }

        private void warn(int line, String message) {
            if (warnings.size() < WARNINGS_LISTED) {
                warnings.add(new ReadWarning(line, message));
            } else if (warningsNotListed++ == 0) {
                firstWarningNotListed = line;
            }
        }

        PortalReadResult run() throws BadInputException {
            trust = new LabelTrust(input, this::warn);
            PendingTurn current = null;
            boolean blankBefore = false;
            for (int i = 0; i < input.size(); i++) {
                String line = line(i);
                if (PageChrome.isBlank(line)) {
                    if (current == null) {
                        preamble.add(i);
                    } else {
                        blankBefore = true;
                    }
                    continue;
                }
                LabelMatch label = trust.turnStartAt(i, line);
                if (label != null) {
                    finish(current);
                    blankBetweenTurns |= current != null && blankBefore;
                    current = startTurn(label, i);
                } else if (current == null) {
                    preamble.add(i);
                } else if (!attachTimeLine(current, line, i)) {
                    addParagraph(current, line, i, 0);
                }
                blankBefore = false;
            }
            finish(current);
            trust = null; // its tables of every line are not needed to build the turns
            return build();
        }


        private PendingTurn startTurn(LabelMatch label, int i) {
            if (firstLabel == null) {
                firstLabel = label;
            }
            PendingTurn turn = new PendingTurn(i + 1, trust.canonical(label.label()));
            if (label.hasText()) {
                addParagraph(turn, label.line(), i, label.textStart());
            }
            return turn;
        }

        private boolean attachTimeLine(PendingTurn turn, String line, int i) {
            String s = line.strip();
            if (turn.hasStamp() || turn.isEmpty() || !s.startsWith("[") || !s.endsWith("]")) {
                return false;
            }
            TimeStamp stamp = TimeStamp.parse(s.substring(1, s.length() - 1));
            if (stamp == null) {
                return false;
            }
            noteStamp(stamp, TimePlacement.OWN_LINE);
            turn.stamp = stamp;
            turn.stampLine = i;
            turn.stampFrom = 0;
            turn.stampInline = false;
            return true;
        }

        /** Adds {@code line} from {@code from} on as a paragraph, taking a closing time off its end. */
        private void addParagraph(PendingTurn turn, String line, int lineIndex, int from) {
            if (turn.hasStamp()) {
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
                    turn.stampLine = lineIndex;
                    turn.stampFrom = bodyEnd;
                    turn.stampInline = true;
                    end = bodyEnd;
                }
            }
            turn.add(from == 0 && end == line.length() ? line : line.substring(from, end));
        }

        /** A time followed by more text of the same turn did not close it: it is text after all. */
        private void restoreStampAsText(PendingTurn turn) {
            if (turn.stampInline) {
                turn.setLast(turn.last() + stampText(turn));
            } else {
                turn.add(stampText(turn));
            }
            turn.stamp = null;
            turn.at = null;
        }

        /** The time as printed, with the space before it when it closes a paragraph. */
        private String stampText(PendingTurn turn) {
            return line(turn.stampLine).substring(turn.stampFrom);
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
            if (turn.isEmpty()) {
                // A label with no text was text after all: it stays where it stood.
                if (turns.isEmpty()) {
                    preamble.add(turn.line - 1);
                } else {
                    addParagraph(turns.get(turns.size() - 1), line(turn.line - 1), turn.line - 1, 0);
                    warn(turn.line, "a label with no text is kept as text of the turn before");
                }
                return;
            }
            turn.speaker = speakers.computeIfAbsent(turn.label, l -> SpeakerGuess.speaker("s" + (speakers.size() + 1), l));
            if (turn.stamp != null && turn.stamp.year() != null) {
                // A full date needs nothing from the rest of the page: keep the moment, not the stamp.
                java.time.LocalDateTime at = turn.stamp.resolve(LocalDate.EPOCH);
                if (at != null) {
                    turn.at = sharingTheDay(at);
                    turn.stamp = null;
                }
            }
            turns.add(turn);
        }

        /** The day of the last time kept: turns of the same day share one day object. */
        private LocalDate lastDay;

        /** The same moment, on the day object of the time kept before it when it is the same day. */
        private LocalDateTime sharingTheDay(LocalDateTime time) {
            if (time.toLocalDate().equals(lastDay)) {
                return LocalDateTime.of(lastDay, time.toLocalTime());
            }
            lastDay = time.toLocalDate();
            return time;
        }

        private PortalReadResult build() {
            LocalDate broadcastDate = broadcastDate();
            PrintedClock clock = PortalProfile.DEFAULT.printedClock();
            Set<Role> timedRoles = EnumSet.copyOf(PortalProfile.DEFAULT.timedRoles());
            List<Turn> built = new ArrayList<>(turns.size());
            int[] starts = new int[turns.size()];
            List<String> turnLabels = new ArrayList<>(turns.size());
            for (int k = 0; k < starts.length; k++) {
                starts[k] = input.startOf(turns.get(k).line - 1);
                turnLabels.add(turns.get(k).label);
            }
            boolean warnedNoDate = false;

            for (int k = 0; k < turns.size(); k++) {
                PendingTurn pending = turns.get(k);
                turns.set(k, null); // what was collected goes as each turn is made: a large page is not held twice
                LocalDateTime time = pending.at;
                if (time != null) {
                    timedRoles.add(pending.speaker.role());
                } else if (pending.stamp != null) {
                    if (!pending.stamp.hasDate() && broadcastDate == null && !warnedNoDate) {
                        warn(pending.line, "times have no date and the page names no day;"
                                + " they are kept on " + LocalDate.EPOCH);
                        warnedNoDate = true;
                    }
                    time = pending.stamp.resolve(broadcastDate == null ? LocalDate.EPOCH : broadcastDate);
                    if (time == null) {
                        warn(pending.stampLine + 1, "no such time:" + stampText(pending) + "; kept as text");
                        restoreStampAsText(pending);
                    } else {
                        timedRoles.add(pending.speaker.role());
                        time = sharingTheDay(time);
                    }
                }
                // Numbered here, so that the transcript holds these very turns and the source finds them unchanged.
                built.add(new Turn(pending.speaker.id(), pending.paragraphs(),
                        clock == PrintedClock.SPOKEN ? time : null, clock == PrintedClock.PUBLISHED ? time : null, false,
                        "t" + (built.size() + 1)));
            }
            int[] chrome = pageChrome();
            Header header = header(chrome, broadcastDate);
            Transcript transcript = new Transcript(header, List.copyOf(speakers.values()), built);
            PortalProfile profile = profile(chrome != null, timedRoles);
            if (warningsNotListed > 0) {
                warnings.add(new ReadWarning(firstWarningNotListed, warningsNotListed + " more warnings like these, from this line on"));
            }
            return new PortalReadResult(new Project(transcript, profile, source(header, built, starts, turnLabels)), warnings);
        }

        /** The text as read, so that what is not edited is written back byte for byte. */
        private PortalSource source(Header header, List<Turn> built, int[] starts, List<String> labels) {
            int headEnd = starts.length == 0 ? input.text().length() : starts[0];
            return new PortalSource(input.text(), charset, byteOrderMark, header, headEnd, built, labels, starts);
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

        /**
         * The preamble positions of the page chrome's heading, programme, section label and order
         * switch: the switch and the three lines with text before it, whatever blank lines stand
         * between; null when the page has no switch with three such lines above it.
         */
        private int[] pageChrome() {
            for (int k = 0; k < preamble.size(); k++) {
                if (PageChrome.isOrderSwitch(line(preamble.get(k)))) {
                    int[] at = {-1, -1, -1, k};
                    int field = 2;
                    for (int j = k - 1; j >= 0 && field >= 0; j--) {
                        if (!PageChrome.isBlank(line(preamble.get(j)))) {
                            at[field--] = j;
                        }
                    }
                    return field < 0 ? at : null;
                }
            }
            return null;
        }

        /** The header, from the chrome lines (null: none) and the rest of the preamble. */
        private Header header(int[] chrome, LocalDate broadcastDate) {
            List<String> introduction = new ArrayList<>();
            String[] fields = {"", "", ""};
            for (int k = 0; k < preamble.size(); k++) {
                String line = line(preamble.get(k));
                int field = chrome == null ? -1 : indexOf(chrome, k);
                if (field >= 0) {
                    if (field < fields.length) {
                        fields[field] = PageChrome.stripPage(line);
                    }
                } else if (!PageChrome.isBlank(line)) {
                    introduction.add(line);
                    warn(preamble.get(k) + 1, "text before the first turn is kept as the introduction");
                }
            }
            return new Header(fields[0], fields[1], fields[2], broadcastDate, introduction);
        }

        private static int indexOf(int[] values, int value) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == value) {
                    return i;
                }
            }
            return -1;
        }

        /** The first full date among the times, else a date written in the header text. */
        private LocalDate broadcastDate() {
            Integer year = null;
            for (PendingTurn turn : turns) {
                if (turn.at != null) {
                    return turn.at.toLocalDate();
                }
                if (turn.stamp != null && turn.stamp.year() != null) {
                    LocalDateTime at = turn.stamp.resolve(LocalDate.EPOCH);
                    if (at != null) {
                        return at.toLocalDate();
                    }
                }
            }
            for (int index : preamble) {
                Matcher full = FULL_DATE.matcher(line(index));
                if (full.find()) {
                    try {
                        return LocalDate.of(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)),
                                Integer.parseInt(full.group(3)));
                    } catch (java.time.DateTimeException e) {
                        warn(index + 1, "no such date: " + full.group());
                    }
                }
                Matcher y = YEAR.matcher(line(index));
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
