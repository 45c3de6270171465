package org.shilu.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shilu.model.Role;

/** Projects are read as strictly as pages, and written the same way every time. */
class ProjectStrictnessTest {
    private final ProjectJson json = new ProjectJson();

    private byte[] sampleProject() throws Exception {
        return json.write(SampleRoundTripTest.readSample().project());
    }

    private static byte[] spliced(byte[] project, String before, byte[] inserted) {
        String text = new String(project, StandardCharsets.UTF_8);
        int at = text.substring(0, text.indexOf(before)).getBytes(StandardCharsets.UTF_8).length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(project, 0, at);
        out.writeBytes(inserted);
        out.write(project, at, project.length - at);
        return out.toByteArray();
    }

    @Test
    void invalidUtf8IsRefusedWithItsByteOffset() throws Exception {
        byte[] project = sampleProject();
        byte[][] bad = {{(byte) 0xC0, (byte) 0xA2}, {(byte) 0xE0, (byte) 0x80, (byte) 0xA2}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF}};
        for (byte[] sequence : bad) {
            byte[] input = spliced(project, "各位听众", sequence);
            int offset = new String(project, StandardCharsets.UTF_8).substring(0,
                    new String(project, StandardCharsets.UTF_8).indexOf("各位听众")).getBytes(StandardCharsets.UTF_8).length;
            BadInputException refused = assertThrows(BadInputException.class, () -> json.read(input, "p.shilu"));
            assertEquals(offset, refused.byteOffset(), refused.getMessage());
            assertTrue(refused.getMessage().contains("UTF-8"), refused.getMessage());
        }
    }

    @Test
    void anEscapedLoneSurrogateIsRefusedWithItsPlace() throws Exception {
        byte[] input = spliced(sampleProject(), "各位听众", "\\ud800".getBytes(StandardCharsets.UTF_8));
        BadInputException refused = assertThrows(BadInputException.class, () -> json.read(input, "p.shilu"));
        assertTrue(refused.getMessage().contains("turns[0].paragraphs[0]") && refused.line() > 1, refused.getMessage());
        // a pair written as two escapes is one character, and fine
        byte[] pair = spliced(sampleProject(), "各位听众", "\\ud83d\\ude00".getBytes(StandardCharsets.UTF_8));
        assertTrue(json.read(pair, "p.shilu").transcript().turns().get(0).text().startsWith("\uD83D\uDE00"));
    }

    @Test
    void theSameProjectIsWrittenAsTheSameBytes() throws Exception {
        Project sample = SampleRoundTripTest.readSample().project();
        PortalProfile p = sample.profile();
        byte[] first = null;
        for (Set<Role> roles : List.of(Set.of(Role.NETIZEN, Role.GUEST, Role.CALLER, Role.OTHER),
                Set.of(Role.OTHER, Role.CALLER, Role.GUEST, Role.NETIZEN), EnumSet.of(Role.GUEST, Role.CALLER, Role.NETIZEN, Role.OTHER))) {
            PortalProfile same = new PortalProfile(p.labelStyle(), p.separator(), p.labelOnOwnLine(), p.timePlacement(),
                    p.timePattern(), roles, p.printedClock(), p.pageChrome(), p.blankLineBetweenTurns(), p.lineSeparator(),
                    p.finalNewline());
            byte[] written = json.write(new Project(sample.transcript(), same));
            if (first == null) {
                first = written;
            }
            assertArrayEquals(first, written);
        }
        assertTrue(new String(first, StandardCharsets.UTF_8).contains("\"GUEST\", \"CALLER\", \"NETIZEN\", \"OTHER\"")
                || new String(first, StandardCharsets.UTF_8).replaceAll("\\s", "").contains("[\"GUEST\",\"CALLER\",\"NETIZEN\",\"OTHER\"]"));
    }

    @Test
    void fieldsOfANewerMinorVersionAreKeptAndWrittenBack() throws Exception {
        String project = new String(sampleProject(), StandardCharsets.UTF_8);
        String newer = project.replaceFirst("\\{", "{\n  \"glossary\" : [ {\n    \"term\" : \"陆华\"\n  } ],");
        Project read = json.read(newer.getBytes(StandardCharsets.UTF_8), "newer.shilu");
        String written = new String(json.write(read), StandardCharsets.UTF_8);
        assertTrue(written.contains("\"glossary\" : [ {") && written.contains("\"term\" : \"陆华\""), written);
        assertArrayEquals(json.write(read), json.write(json.read(json.write(read), "again.shilu")));
    }

    @Test
    void aRefusalOfOneLineJsonNamesLineAndColumn() throws Exception {
        String oneLine = new String(sampleProject(), StandardCharsets.UTF_8).replace("\n", "");
        String broken = oneLine.replaceFirst("\"turns\" :", "\"turns\" ::");
        BadInputException refused = assertThrows(BadInputException.class,
                () -> json.read(broken.getBytes(StandardCharsets.UTF_8), "one.shilu"));
        assertEquals(1, refused.line());
        assertTrue(refused.column() > 100, refused.getMessage());
        assertTrue(refused.getMessage().startsWith("one.shilu, line 1, column " + refused.column() + ":"), refused.getMessage());
    }
}
