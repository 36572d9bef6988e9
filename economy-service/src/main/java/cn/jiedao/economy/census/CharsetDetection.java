package cn.jiedao.economy.census;

import java.io.IOException;
import java.io.Reader;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;

/**
 * The census platform sends UTF-8 or GB18030. A file that decodes as strict UTF-8 is UTF-8 (Chinese text in
 * GB18030 practically never does); otherwise it is GB18030. Streams the file, never holds it in memory.
 */
public final class CharsetDetection {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private CharsetDetection() {
    }

    /** UTF-8 or GB18030 from a name (also "GBK"/"GB2312", which GB18030 extends); empty for anything else. */
    public static Optional<Charset> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return switch (name.strip().toUpperCase(Locale.ROOT).replace("_", "-")) {
            case "UTF-8", "UTF8" -> Optional.of(StandardCharsets.UTF_8);
            case "GB18030", "GBK", "GB2312" -> Optional.of(GB18030);
            default -> Optional.empty();
        };
    }

    public static Charset detect(Path file) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                Reader reader = Channels.newReader(channel, strict, 64 * 1024)) {
            CharBuffer buffer = CharBuffer.allocate(64 * 1024);
            while (reader.read(buffer) >= 0) {
                buffer.clear();
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return GB18030;
        }
    }
}
