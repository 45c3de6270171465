package org.shilu.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.shilu.format.BadInputException;
import org.shilu.format.JournalCodec;
import org.shilu.format.JournalCodec.Base;
import org.shilu.format.JournalCodec.Change;
import org.shilu.format.JournalCodec.DraftEntry;
import org.shilu.format.JournalCodec.Entry;
import org.shilu.format.Project;
import org.shilu.format.ProjectJson;
import org.shilu.model.Draft;
import org.shilu.model.Transcript;

/**
 * What a journal holds: its base replayed with every change up to the first torn or corrupt line,
 * the last draft, and notices about anything skipped.
 *
 * @param baseEntry  the journal's first line: what its changes build on
 * @param base       that base as a project
 * @param project    the programme as the journal last saw it
 * @param draft      the draft being typed then
 * @param changes    how many changes the journal holds beyond its base
 * @param validLines the journal's lines up to the first bad one, to carry on writing after
 * @param notices    what was skipped, naming the line
 */
public record Recovery(Base baseEntry, Project base, Project project, Draft draft, int changes, List<String> validLines,
                       List<Notice> notices) {

    /** Whether the journal holds more than its project file: changes not saved, or a draft. */
    public boolean holdsMore() {
        return changes > 0 || !draft.isBlank() || draft.isCorrection() || draft.inPlace() != null;
    }

    /**
     * Whether the journal's last line was cut off as it was written (a crash mid-write, a full
     * disk): then the draft that comes back may hold a turn that had been committed.
     */
    public boolean lastWriteTorn() {
        return notices.stream().anyMatch(notice -> notice.key().equals("notice.journalLineSkipped")
                && notice.values().size() > 1 && Integer.valueOf(0).equals(notice.values().get(1)));
    }

    /** The project file a journal beside it belongs to. */
    public static Path projectOf(Path journal) {
        String name = journal.getFileName().toString();
        return journal.resolveSibling(name.substring(0, name.length() - Journal.SUFFIX.length()));
    }

    /**
     * Reads a journal. A bad first line (no base to build on) is a refusal; a bad later line ends
     * the replay there, with a notice.
     */
    public static Recovery read(Path journal) throws IOException, BadInputException {
        String source = journal.toString();
        long size = Files.size(journal);
        if (size > TranscriptFiles.MAX_BYTES) {
            throw BadInputException.atByte(source, TranscriptFiles.MAX_BYTES, "the journal is too large to read")
                    .because("input.journalTooLarge");
        }
        byte[] bytes = Files.readAllBytes(journal);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] == 0) {
            end--; // the space the journal reserved ahead, not yet written
        }
        String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        JournalCodec codec = new JournalCodec();
        List<String> valid = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        Entry first = codec.decode(lines[0], 1, source);
        if (!(first instanceof Base base)) {
            throw BadInputException.atLine(source, 1, "the journal does not start with its base").because("input.journalNoBase");
        }
        valid.add(lines[0]);
        Project start = base.project() != null ? base.project() : savedProject(journal, base, source);
        Transcript transcript = start.transcript();
        Draft draft = Draft.NONE;
        int changes = 0;
        // The text ends with a line break, so the last piece is empty unless the last write was torn.
        int last = lines.length - 1;
        for (int i = 1; i < lines.length; i++) {
            if (i == last && lines[i].isEmpty()) {
                break;
            }
            try {
                Entry entry = codec.decode(lines[i], i + 1, source);
                if (entry instanceof Change change) {
                    transcript = change.applyTo(transcript);
                    draft = change.draft();
                    changes++;
                } else if (entry instanceof DraftEntry typed) {
                    draft = typed.draft();
                } else {
                    throw BadInputException.atLine(source, i + 1, "a second base in the middle of the journal")
                            .because("input.journalNoBase");
                }
                valid.add(lines[i]);
            } catch (BadInputException | IllegalArgumentException e) {
                int later = last - i + (lines[last].isEmpty() ? 0 : 1) - 1;
                BadInputException bad = e instanceof BadInputException input ? input
                        : BadInputException.atLine(source, i + 1, e.getMessage()).because("input.journalEntry", e.getMessage());
                notices.add(Notice.of("notice.journalLineSkipped", bad.getMessage()
                        + (later > 0 ? " (" + later + " later lines not replayed)" : ""), bad, later));
                break;
            }
        }
        return new Recovery(base, start, new Project(transcript, start.profile()), draft, changes, List.copyOf(valid),
                List.copyOf(notices));
    }

    /** The project file the base names, as saved then: the file itself, or its backup after a later save. */
    private static Project savedProject(Path journal, Base base, String source) throws IOException, BadInputException {
        Path file = journal.resolveSibling(base.projectFile());
        for (Path candidate : List.of(file, AtomicFile.backupOf(file))) {
            if (Files.isRegularFile(candidate)) {
                byte[] bytes = Files.readAllBytes(candidate);
                if (Checksums.sha256(bytes).equals(base.sha256())) {
                    return new ProjectJson().read(bytes, candidate.toString());
                }
            }
        }
        throw BadInputException.atLine(source, 1, "the journal builds on " + file.getFileName()
                + " as it was saved, but neither it nor its .bak holds that version any more")
                .because("input.journalBaseGone", file.getFileName());
    }
}
