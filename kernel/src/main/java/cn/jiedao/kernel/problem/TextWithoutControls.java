package cn.jiedao.kernel.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every text of a JSON body is refused, naming its field, when it holds a control character other than tab,
 * line feed and carriage return: U+0000 would otherwise reach PostgreSQL, which refuses it only at the
 * insert (a 500 after the work is done), and the others have no place in a record of the street.
 */
@Singleton
public class TextWithoutControls implements ObjectMapperCustomizer {

    /** The refusal; the problem mappers answer it as a 400 naming the field, without echoing the value. */
    public static final class ControlCharacterException extends MismatchedInputException {
        ControlCharacterException(JsonParser parser, int codePoint) {
            super(parser, String.format("must not contain the control character U+%04X", codePoint), String.class);
        }

        /** The reason without the location Jackson appends. */
        public String reason() {
            return getOriginalMessage();
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("text-without-controls").addDeserializer(String.class, new Strict()));
    }

    /** The first control character of {@code text} that is refused, or -1. */
    public static int firstRefused(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return c;
            }
        }
        return -1;
    }

    private static final class Strict extends StdScalarDeserializer<String> {
        Strict() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            int refused = text == null ? -1 : firstRefused(text);
            if (refused >= 0) {
                throw new ControlCharacterException(parser, refused);
            }
            return text;
        }
    }
}
