package org.shilu.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String TEXT = "[主持人]:各位听众朋友们上午好,这里是《行风热线》栏目。\n[陆华副局长]:主持人好!";

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8WithoutAndWithAByteOrderMark() throws Exception {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        assertEquals(TEXT, TextDecoder.decode(plain, "a.txt").text().toString());
        TextDecoder.DecodedText withBom = TextDecoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain), "a.txt");
        assertEquals(TEXT, withBom.text().toString());
        assertTrue(withBom.byteOrderMark());
    }

    @Test
    void utf16WithEitherByteOrderMark() throws Exception {
        assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16), "a.txt").text().toString());
        byte[] little = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        TextDecoder.DecodedText decoded = TextDecoder.decode(little, "a.txt");
        assertEquals(TEXT, decoded.text().toString());
        assertEquals(StandardCharsets.UTF_16LE, decoded.charset());
    }

    @Test
    void gb18030AndGbkFilesAreRecognised() throws Exception {
        for (String name : new String[] {"GB18030", "GBK"}) {
            TextDecoder.DecodedText decoded = TextDecoder.decode(TEXT.getBytes(Charset.forName(name)), "old.txt");
            assertEquals(TEXT, decoded.text().toString(), name);
            assertEquals(TextDecoder.GB18030, decoded.charset());
        }
    }

    @Test
    void aGenuineReplacementCharacterIsKept() throws Exception {
        String text = "[主持人]:\uFFFD";
        assertEquals(text, TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), "a.txt").text().toString());
    }

    @Test
    void undecodableBytesAreRefusedWithFileLineAndOffset() {
        byte[] good = "[主持人]:好\n第二行\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = concat(good, new byte[] {(byte) 0x81, (byte) 0xFF, '\n'});
        BadInputException e = assertThrows(BadInputException.class, () -> TextDecoder.decode(bad, "broken.txt"));
        assertEquals(3, e.line());
        assertEquals(good.length, e.byteOffset());
        assertTrue(e.getMessage().startsWith("broken.txt, line 3, byte " + good.length + ": "), e.getMessage());
    }

    @Test
    void badUtf16IsRefused() {
        byte[] lone = {(byte) 0xFE, (byte) 0xFF, (byte) 0xD8, 0x00, 0x00, 0x41};
        BadInputException e = assertThrows(BadInputException.class, () -> TextDecoder.decode(lone, "u16.txt"));
        assertEquals(2, e.byteOffset());
    }

    @Test
    void aNulByteIsRefused() {
        byte[] bytes = "ab\ncd\0".getBytes(StandardCharsets.UTF_8);
        BadInputException e = assertThrows(BadInputException.class, () -> TextDecoder.decode(bytes, "bin"));
        assertEquals(5, e.byteOffset());
        assertEquals(2, e.line());
    }
}
